#include "probedb/ProbeDbLog.h"

Q_LOGGING_CATEGORY(lcProbeDb, "mirrordeck.probedb", QtWarningMsg)

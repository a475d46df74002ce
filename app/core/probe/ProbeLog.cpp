#include "probe/ProbeLog.h"

Q_LOGGING_CATEGORY(lcProbe, "mirrordeck.probe", QtWarningMsg)

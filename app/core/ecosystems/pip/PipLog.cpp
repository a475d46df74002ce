#include "ecosystems/pip/PipLog.h"

Q_LOGGING_CATEGORY(lcPip, "mirrordeck.eco.pip", QtWarningMsg)

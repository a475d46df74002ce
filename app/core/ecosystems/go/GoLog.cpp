#include "ecosystems/go/GoLog.h"

Q_LOGGING_CATEGORY(lcGo, "mirrordeck.eco.go", QtWarningMsg)

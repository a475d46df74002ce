#include "AppLog.h"

Q_LOGGING_CATEGORY(lcApp, "mirrordeck.app", QtWarningMsg)

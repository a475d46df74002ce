#include "UiLog.h"

Q_LOGGING_CATEGORY(lcUi, "mirrordeck.ui", QtWarningMsg)

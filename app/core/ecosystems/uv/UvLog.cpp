#include "ecosystems/uv/UvLog.h"

Q_LOGGING_CATEGORY(lcUv, "mirrordeck.eco.uv", QtWarningMsg)

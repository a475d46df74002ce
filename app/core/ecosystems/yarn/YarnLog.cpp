#include "ecosystems/yarn/YarnLog.h"

Q_LOGGING_CATEGORY(lcYarn, "mirrordeck.eco.yarn", QtWarningMsg)

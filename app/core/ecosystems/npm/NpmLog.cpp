#include "ecosystems/npm/NpmLog.h"

Q_LOGGING_CATEGORY(lcNpm, "mirrordeck.eco.npm", QtWarningMsg)

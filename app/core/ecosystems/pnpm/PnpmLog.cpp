#include "ecosystems/pnpm/PnpmLog.h"

Q_LOGGING_CATEGORY(lcPnpm, "mirrordeck.eco.pnpm", QtWarningMsg)

#include "CliLog.h"

Q_LOGGING_CATEGORY(lcCli, "mirrordeck.cli", QtWarningMsg)

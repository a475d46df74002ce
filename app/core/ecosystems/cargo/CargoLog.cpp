#include "ecosystems/cargo/CargoLog.h"

Q_LOGGING_CATEGORY(lcCargo, "mirrordeck.eco.cargo", QtWarningMsg)

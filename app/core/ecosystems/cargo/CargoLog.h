#pragma once

// "mirrordeck.eco.cargo", the log category of the Cargo ecosystem: silent unless QT_LOGGING_RULES
// or mirrordeck-cli --verbose turns it on. Log paths, key names and decisions; never a value or
// file contents, which may hold a token.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcCargo)

#pragma once

// "mirrordeck.settings", the log category of the preferences: silent unless QT_LOGGING_RULES or
// mirrordeck-cli --verbose turns it on. Log paths, key names and decisions; never a value or file
// contents, which may hold a token.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSettings)

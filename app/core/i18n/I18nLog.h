#pragma once

// "mirrordeck.i18n", the log category of the translation loader: silent unless QT_LOGGING_RULES or
// mirrordeck-cli --verbose turns it on. Log paths, key names and decisions; never a value or file
// contents, which may hold a token.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcI18n)

#pragma once

// "mirrordeck.eco.uv", the log category of the uv ecosystem: silent unless QT_LOGGING_RULES or
// mirrordeck-cli --verbose turns it on. Log paths, key names and decisions; never a value or file
// contents, which may hold credentials in an index URL.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcUv)

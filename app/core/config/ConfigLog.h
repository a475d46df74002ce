#pragma once

// "mirrordeck.config", the log category of the config machinery: silent unless QT_LOGGING_RULES or
// mirrordeck-cli --verbose turns it on. Log paths, key names and decisions; never a value or file
// contents, which may hold a token.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcConfig)

struct EffectiveSetting;

// One line saying which layer won for a key: its name, the kind of source, the file and line or
// the variable's name — never the value.
void logEffectiveSetting(const QLoggingCategory &category, const EffectiveSetting &setting);

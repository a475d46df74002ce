#pragma once

// "mirrordeck.probedb", the log category of the measured history (the SQLite store of probe
// results): silent unless QT_LOGGING_RULES or mirrordeck-cli --verbose turns it on. Logs paths,
// row counts and decisions; never URLs' credentials or error bodies.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcProbeDb)

#pragma once

// "mirrordeck.credentials": keychain jobs, entry metadata and the edits handing credentials to the
// tools. Logs URLs, uses and decisions — never a secret, and never a username next to a secret.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcCredentials)

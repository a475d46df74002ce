#include "credentials/CredentialsLog.h"

Q_LOGGING_CATEGORY(lcCredentials, "mirrordeck.credentials", QtWarningMsg)

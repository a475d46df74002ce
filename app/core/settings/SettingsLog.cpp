#include "settings/SettingsLog.h"

Q_LOGGING_CATEGORY(lcSettings, "mirrordeck.settings", QtWarningMsg)

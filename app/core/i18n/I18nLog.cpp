#include "i18n/I18nLog.h"

Q_LOGGING_CATEGORY(lcI18n, "mirrordeck.i18n", QtWarningMsg)

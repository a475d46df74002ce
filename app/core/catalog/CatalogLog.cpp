#include "catalog/CatalogLog.h"

Q_LOGGING_CATEGORY(lcCatalog, "mirrordeck.catalog", QtWarningMsg)

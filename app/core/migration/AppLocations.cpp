#include "migration/AppLocations.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>

namespace {

// QStandardPaths has no "for another application name" form; every platform ends the app
// locations with "/<application name>", so the other name's folder is that folder's sibling.
QString sibling(const QString &path, const QString &applicationName)
{
    const QString current = QLatin1Char('/') + QCoreApplication::applicationName();
    if (!path.endsWith(current))
        return path;
    return path.left(path.size() - current.size() + 1) + applicationName;
}

} // namespace

AppLocations AppLocations::forApplication(const QString &applicationName)
{
    const QSettings settings(QSettings::NativeFormat, QSettings::UserScope,
                             QCoreApplication::organizationName(), applicationName);
    return {
        sibling(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation), applicationName),
        sibling(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
                applicationName),
        settings.fileName(),
    };
}

#include "AppServices.h"

#include "AppIdentity.h"
#include "AppLog.h"
#include "migration/AppLocations.h"
#include "migration/LegacyDataMerge.h"
#include "settings/AppSettings.h"

#include <QDir>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>

AppServices::AppServices(ToolEnvironment environment)
    : m_environment(std::move(environment))
{
    AppIdentity::apply();
    // Before anything opens the settings or reads the history, so both see the merged data.
    QList<AppLocations> legacy;
    for (const QString &name : AppIdentity::legacyApplicationNames())
        legacy << AppLocations::forApplication(name);
    m_startupWarnings =
        LegacyDataMerge(AppLocations::forApplication(AppIdentity::applicationName()), legacy).run();

    m_settings = std::make_unique<AppSettings>(std::make_unique<QSettings>());
    m_userMirrors = std::make_unique<UserMirrorStore>(QSet<QString>(), configDirectory());
    m_diskPool.setMaxThreadCount(1);
    qCDebug(lcApp) << "data" << dataDirectory() << "config" << configDirectory() << "settings"
                   << m_settings->fileName();
}

AppServices::~AppServices()
{
    // Workers must not outlive the objects they report to.
    m_diskPool.waitForDone();
}

QString AppServices::dataDirectory() const
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString AppServices::configDirectory() const
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
}

QString AppServices::historyDirectory() const
{
    return QDir(dataDirectory()).filePath(QStringLiteral("history"));
}

QString AppServices::probeDatabasePath() const
{
    return QDir(dataDirectory()).filePath(QStringLiteral("probes.sqlite"));
}

Expected<AppServices::Catalog> AppServices::loadCatalog(const QString &catalogPath)
{
    Expected<QList<Mirror>> base =
        catalogPath.isEmpty() ? MirrorCatalog::builtIn() : MirrorCatalog::loadFile(catalogPath);
    if (!base)
        return base.error();
    Catalog catalog{*base, MirrorCatalog(*base), {}};
    QSet<QString> ids;
    for (const Mirror &mirror : std::as_const(catalog.base))
        ids.insert(mirror.id);
    m_userMirrors->setCatalogIds(ids);
    if (const Expected<QList<Mirror>> own = m_userMirrors->load()) {
        for (const CoreError &skipped :
             catalog.merged.addUserMirrors(*own, m_userMirrors->filePath()))
            catalog.warnings << skipped.toString();
    } else {
        catalog.warnings << own.error().toString();
    }
    qCDebug(lcApp) << "catalog"
                   << (catalogPath.isEmpty() ? MirrorCatalog::kBuiltInPath : catalogPath) << "with"
                   << catalog.merged.size() - catalog.base.size() << "user mirrors";
    return catalog;
}

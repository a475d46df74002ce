#include "NpmConfigPaths.h"

#include "ecosystems/npm/NpmIniSyntax.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    if (slash <= 0)
        return slash == 0 ? QStringLiteral("/") : path;
    // "C:/nodejs" → "C:/"; never strip the root of a drive.
    if (slash == 2 && path.at(1) == QLatin1Char(':'))
        return path.left(3);
    return path.left(slash);
}

} // namespace

NpmConfigPaths::NpmConfigPaths(const ToolEnvironment &environment)
    : NpmConfigPaths(environment, QString(), QString())
{
    const bool windows = m_environment.os() == ToolEnvironment::Os::Windows;
    QString node = findOnPath(windows ? QStringList{QStringLiteral("node.exe")}
                                      : QStringList{QStringLiteral("node")});
    // process.execPath has symlinks resolved.
    const QString canonicalNode = QFileInfo(node).canonicalFilePath();
    m_nodeExecutable = canonicalNode.isEmpty() ? node : canonicalNode;

    const QString npm = findOnPath(windows ? QStringList{QStringLiteral("npm.cmd")}
                                           : QStringList{QStringLiteral("npm")});
    const QString npmTarget = QFileInfo(npm).canonicalFilePath();
    if (npmTarget.endsWith(QLatin1String("/bin/npm-cli.js"))) {
        m_npmDirectory = parentOf(parentOf(npmTarget));
    } else if (!m_nodeExecutable.isEmpty()) {
        const QString nodeDir = parentOf(m_nodeExecutable);
        const QString candidate = windows
                                      ? nodeDir + QStringLiteral("/node_modules/npm")
                                      : parentOf(nodeDir) + QStringLiteral("/lib/node_modules/npm");
        if (QFileInfo(candidate).isDir())
            m_npmDirectory = candidate;
    }
}

NpmConfigPaths::NpmConfigPaths(const ToolEnvironment &environment, QString nodeExecutable,
                               QString npmDirectory)
    : m_environment(environment)
    , m_nodeExecutable(normalized(nodeExecutable))
    , m_npmDirectory(normalized(npmDirectory))
{
    const QProcessEnvironment &variables = m_environment.variables();
    const QStringList names = variables.keys();
    for (const QString &name : names) {
        if (!name.startsWith(QLatin1String("npm_config_"), Qt::CaseInsensitive))
            continue;
        const QString value = variables.value(name);
        if (value.isEmpty())
            continue;
        QString key = name.mid(int(qstrlen("npm_config_")));
        if (!key.startsWith(QLatin1String("//"))) {
            // key.replace(/(?!^)_/g, '-').toLowerCase()
            for (qsizetype i = 1; i < key.size(); ++i) {
                if (key.at(i) == QLatin1Char('_'))
                    key[i] = QLatin1Char('-');
            }
            key = key.toLower();
        }
        m_settings.append({name, key, value});
    }
}

QString NpmConfigPaths::normalized(const QString &path) const
{
    QString result = path;
    if (m_environment.os() == ToolEnvironment::Os::Windows)
        result.replace(QLatin1Char('\\'), QLatin1Char('/'));
    return result;
}

bool NpmConfigPaths::isAbsolute(const QString &path) const
{
    if (m_environment.os() == ToolEnvironment::Os::Windows)
        return path.startsWith(QLatin1Char('/')) ||
               (path.size() >= 3 && path.at(1) == QLatin1Char(':') &&
                path.at(2) == QLatin1Char('/'));
    return path.startsWith(QLatin1Char('/'));
}

QString NpmConfigPaths::findOnPath(const QStringList &names) const
{
    const bool windows = m_environment.os() == ToolEnvironment::Os::Windows;
    QString pathValue;
    const QStringList keys = m_environment.variables().keys();
    for (const QString &key : keys) {
        if (key.compare(QLatin1String("PATH"), windows ? Qt::CaseInsensitive : Qt::CaseSensitive) ==
            0)
            pathValue = m_environment.value(key);
    }
    const QStringList directories =
        pathValue.split(QLatin1Char(windows ? ';' : ':'), Qt::SkipEmptyParts);
    for (const QString &directory : directories) {
        for (const QString &name : names) {
            const QString candidate = ToolEnvironment::joinPath(normalized(directory), name);
            const QFileInfo info(candidate);
            if (info.exists() && !info.isDir())
                return candidate;
        }
    }
    return {};
}

QList<NpmConfigPaths::EnvironmentSetting> NpmConfigPaths::environmentSettings() const
{
    return m_settings;
}

const NpmConfigPaths::EnvironmentSetting *
NpmConfigPaths::environmentSetting(const QString &key) const
{
    const EnvironmentSetting *found = nullptr;
    for (const EnvironmentSetting &setting : m_settings) {
        if (setting.key == key)
            found = &setting;
    }
    return found;
}

QString NpmConfigPaths::home() const
{
    const QString home = m_environment.value(QStringLiteral("HOME"));
    return normalized(home.isEmpty() ? m_environment.homeDir() : home);
}

QString NpmConfigPaths::resolvePath(const QString &value) const
{
    QString path = NpmIniSyntax::expand(NpmIniSyntax::jsTrim(value), m_environment.variables());
    path = normalized(path);
    if (path.startsWith(QLatin1String("~/")))
        return QDir::cleanPath(ToolEnvironment::joinPath(home(), path.mid(2)));
    if (isAbsolute(path))
        return QDir::cleanPath(path);
    return QDir::cleanPath(ToolEnvironment::joinPath(normalized(m_environment.workingDir()), path));
}

QString NpmConfigPaths::builtinConfigPath() const
{
    return m_npmDirectory.isEmpty()
               ? QString()
               : ToolEnvironment::joinPath(m_npmDirectory, QStringLiteral("npmrc"));
}

namespace {

// Whether a glob from package.json "workspaces" (relative, '/'-separated, `**` for any depth)
// matches a relative directory path, the way @npmcli/map-workspaces finds workspaces.
bool globMatches(const QStringList &pattern, int p, const QStringList &path, int q)
{
    if (p == pattern.size())
        return q == path.size();
    if (pattern.at(p) == QLatin1String("**")) {
        for (int skip = q; skip <= path.size(); ++skip) {
            if (globMatches(pattern, p + 1, path, skip))
                return true;
        }
        return false;
    }
    if (q == path.size())
        return false;
    const QRegularExpression segment(
        QRegularExpression::wildcardToRegularExpression(pattern.at(p)));
    return segment.match(path.at(q)).hasMatch() && globMatches(pattern, p + 1, path, q + 1);
}

QStringList workspacePatterns(const QString &packageJson)
{
    QFile file(packageJson);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 1024 * 1024)
        return {};
    const QJsonObject package = QJsonDocument::fromJson(file.readAll()).object();
    QJsonValue workspaces = package.value(QLatin1String("workspaces"));
    if (workspaces.isObject())
        workspaces = workspaces.toObject().value(QLatin1String("packages"));
    QStringList patterns;
    const QJsonArray array = workspaces.toArray();
    for (const QJsonValue &value : array) {
        if (value.isString())
            patterns << value.toString();
    }
    return patterns;
}

} // namespace

QString NpmConfigPaths::projectDirectory() const
{
    // @npmcli/config loadLocalPrefix(): the nearest directory with package.json or
    // node_modules; then, unless workspaces are off or npm is in global mode, an ancestor whose
    // package.json lists it as a workspace becomes the project instead.
    const QString start = normalized(m_environment.workingDir());
    const EnvironmentSetting *workspaces = environmentSetting(QStringLiteral("workspaces"));
    const bool lookForRoot =
        !globalMode() &&
        !(workspaces && NpmIniSyntax::jsTrim(workspaces->value) == QLatin1String("false"));
    QString localPrefix;
    QString directory = start;
    for (int depth = 0; depth < 256; ++depth) {
        const QString packageJson =
            ToolEnvironment::joinPath(directory, QStringLiteral("package.json"));
        const bool hasPackageJson = QFileInfo(packageJson).isFile();
        if (localPrefix.isEmpty()) {
            if (hasPackageJson ||
                QFileInfo(ToolEnvironment::joinPath(directory, QStringLiteral("node_modules")))
                    .isDir()) {
                localPrefix = directory;
                if (!lookForRoot)
                    return localPrefix;
            }
        } else if (hasPackageJson) {
            const QString relative = QDir(directory).relativeFilePath(localPrefix);
            const QStringList relativeParts = relative.split(QLatin1Char('/'), Qt::SkipEmptyParts);
            const bool isWorkspace =
                QFileInfo(ToolEnvironment::joinPath(localPrefix, QStringLiteral("package.json")))
                    .isFile();
            const QStringList patterns = workspacePatterns(packageJson);
            for (QString pattern : patterns) {
                if (pattern.startsWith(QLatin1String("./")))
                    pattern = pattern.mid(2);
                if (isWorkspace && !pattern.startsWith(QLatin1Char('!')) &&
                    globMatches(pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), 0,
                                relativeParts, 0))
                    return directory;
            }
        }
        const QString parent = parentOf(directory);
        if (parent == directory)
            break;
        directory = parent;
    }
    return localPrefix.isEmpty() ? start : localPrefix;
}

bool NpmConfigPaths::globalMode() const
{
    // #get('global') === true: only a value parsed as boolean true counts.
    const EnvironmentSetting *global = environmentSetting(QStringLiteral("global"));
    const EnvironmentSetting *location = environmentSetting(QStringLiteral("location"));
    return (global && NpmIniSyntax::jsTrim(global->value) == QLatin1String("true")) ||
           (location && NpmIniSyntax::jsTrim(location->value) == QLatin1String("global"));
}

QString NpmConfigPaths::userConfigPath(const QString &fromFiles) const
{
    if (const EnvironmentSetting *setting = environmentSetting(QStringLiteral("userconfig")))
        return resolvePath(setting->value);
    if (!fromFiles.isEmpty())
        return fromFiles;
    return ToolEnvironment::joinPath(home(), QStringLiteral(".npmrc"));
}

QString NpmConfigPaths::defaultGlobalPrefix() const
{
    const QString prefix = m_environment.value(QStringLiteral("PREFIX"));
    if (!prefix.isEmpty())
        return normalized(prefix);
    if (m_nodeExecutable.isEmpty())
        return {};
    if (m_environment.os() == ToolEnvironment::Os::Windows)
        return parentOf(m_nodeExecutable);                 // c:\node\node.exe → c:\node
    QString result = parentOf(parentOf(m_nodeExecutable)); // /usr/local/bin/node → /usr/local
    const QString destdir = m_environment.value(QStringLiteral("DESTDIR"));
    if (!destdir.isEmpty())
        result = QDir::cleanPath(destdir + QLatin1Char('/') + result);
    return result;
}

QString NpmConfigPaths::globalConfigPath(const QString &globalconfigFromFiles,
                                         const QString &prefixFromFiles) const
{
    if (const EnvironmentSetting *setting = environmentSetting(QStringLiteral("globalconfig")))
        return resolvePath(setting->value);
    if (!globalconfigFromFiles.isEmpty())
        return globalconfigFromFiles;
    QString prefix;
    if (const EnvironmentSetting *setting = environmentSetting(QStringLiteral("prefix")))
        prefix = resolvePath(setting->value);
    else if (!prefixFromFiles.isEmpty())
        prefix = prefixFromFiles;
    else
        prefix = defaultGlobalPrefix();
    if (prefix.isEmpty())
        return {};
    return QDir::cleanPath(ToolEnvironment::joinPath(prefix, QStringLiteral("etc/npmrc")));
}

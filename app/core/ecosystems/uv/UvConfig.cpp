#include "ecosystems/uv/UvConfig.h"

#include "config/ConfigFile.h"
#include "config/ConfigLog.h"
#include "config/ShellStartupScanner.h"
#include "ecosystems/uv/UvLog.h"
#include "ecosystems/uv/UvValueValidator.h"

#include <QRegularExpression>

namespace {

const QString kDefaultIndex = QStringLiteral("default-index");
const QString kIndexUrl = QStringLiteral("index-url");
const QString kExtraIndexUrl = QStringLiteral("extra-index-url");
const QString kPypi = QStringLiteral("https://pypi.org/simple");

// The variables that set each key, highest first.
QStringList variablesFor(const QString &key)
{
    if (key == kDefaultIndex)
        return {QStringLiteral("UV_DEFAULT_INDEX"), QStringLiteral("UV_INDEX_URL")};
    if (key == kIndexUrl)
        return {QStringLiteral("UV_INDEX_URL")};
    return {QStringLiteral("UV_EXTRA_INDEX_URL")};
}

// uv's boolean variables: "1", "true", "yes", "on" (any case) are true.
bool isTrue(const QString &value)
{
    static const QStringList yes = {QStringLiteral("1"), QStringLiteral("true"),
                                    QStringLiteral("yes"), QStringLiteral("on")};
    return yes.contains(value.trimmed().toLower());
}

} // namespace

UvConfig::UvConfig(const ToolEnvironment &environment)
    : EcosystemConfig(environment)
    , m_paths(environment)
{}

QList<ConfigKeyInfo> UvConfig::keys() const
{
    return {
        {kDefaultIndex,
         tr("The index uv uses instead of PyPI: the [[index]] entry with default = true."), false},
        {kIndexUrl, tr("The deprecated top-level index-url (uv prefers [[index]] entries)."),
         false},
        {kExtraIndexUrl, tr("Further indexes uv also searches (deprecated top-level list)."), true},
    };
}

Expected<void> UvConfig::checkKnown(const QString &key) const
{
    if (isKnownKey(key))
        return {};
    return makeError(CoreError::Kind::UnknownKey,
                     tr("MirrorDeck does not manage the uv key “%1”. Known keys: default-index, "
                        "index-url, extra-index-url.")
                         .arg(key));
}

Expected<QString> UvConfig::userConfigPath() const
{
    return m_paths.userFile().path;
}

Expected<void> UvConfig::validate(const QString &key, const QString &value) const
{
    MIRRORDECK_TRY(checkKnown(key));
    return UvValueValidator::validate(key, value);
}

QString UvConfig::urlOfIndexArgument(const QString &argument)
{
    static const QRegularExpression named(QStringLiteral("^[A-Za-z0-9._-]+=(.+)$"));
    const QRegularExpressionMatch match = named.match(argument.trimmed());
    if (match.hasMatch() && !argument.left(argument.indexOf(QLatin1Char('='))).contains(':'))
        return match.captured(1);
    return argument.trimmed();
}

Expected<QList<UvConfig::LoadedFile>> UvConfig::loadFiles() const
{
    QList<UvConfigLocation> order;
    const QString configFile = m_environment.value(QStringLiteral("UV_CONFIG_FILE"));
    const UvConfigLocation user = m_paths.userFile();
    if (isTrue(m_environment.value(QStringLiteral("UV_NO_CONFIG")))) {
        order << user; // still listed, so status shows where MirrorDeck writes
    } else if (!configFile.isEmpty()) {
        order << UvConfigLocation{configFile, QStringLiteral("UV_CONFIG_FILE"), false} << user;
    } else {
        const UvConfigLocation project = m_paths.projectFile();
        if (!project.path.isEmpty())
            order << project;
        order << user;
        const UvConfigLocation system = m_paths.systemFile();
        if (!system.path.isEmpty())
            order << system;
    }
    QList<LoadedFile> files;
    for (const UvConfigLocation &location : std::as_const(order)) {
        LoadedFile loaded{location, std::nullopt};
        Expected<std::optional<QByteArray>> read = ConfigFileReader::readBytes(location.path);
        if (!read && read.error().kind != CoreError::Kind::Io)
            return read.error();
        if (read && read->has_value()) {
            const QByteArray bytes = **read;
            if (bytes.size() > ConfigFileReader::kMaxFileSize)
                return makeError(CoreError::Kind::BadFile,
                                 tr("The file is larger than 1 MB, which no uv configuration "
                                    "needs."),
                                 location.path);
            MIRRORDECK_TRY_ASSIGN(settings,
                                  UvSettingsFile::parse(bytes, location.path, location.prefix()));
            loaded.settings = std::move(settings);
        }
        qCDebug(lcUv) << "read" << location.level << location.path
                      << (loaded.settings ? "present" : "absent");
        files.append(loaded);
    }
    return files;
}

Expected<EffectiveSetting> UvConfig::effectiveSetting(const QString &key) const
{
    MIRRORDECK_TRY(checkKnown(key));
    MIRRORDECK_TRY_ASSIGN(files, loadFiles());
    const QString userPath = m_paths.userFile().path;
    const bool ignoresFiles = isTrue(m_environment.value(QStringLiteral("UV_NO_CONFIG")));

    EffectiveSetting setting;
    setting.key = key;
    setting.userFilePath = userPath;
    if (key == kDefaultIndex)
        setting.value = kPypi;

    auto fromFile = [&](const LoadedFile &file, const UvSettingsFile::Setting &found) {
        setting.value = found.value;
        setting.values = found.values;
        setting.isDefault = false;
        setting.source.kind = SettingSource::Kind::File;
        setting.source.filePath = file.location.path;
        setting.source.line = found.line;
        setting.source.level = file.location.level;
    };
    for (const LoadedFile &file : std::as_const(files)) {
        if (file.settings && file.location.path == userPath) {
            if (const auto found = file.settings->find(key))
                setting.userFileLine = found->line;
        }
    }
    // The files: [[index]] defaults (nearest file first) before any index-url.
    const QStringList fileKeys =
        key == kDefaultIndex ? QStringList{kDefaultIndex, kIndexUrl} : QStringList{key};
    bool found = false;
    for (const QString &fileKey : fileKeys) {
        for (const LoadedFile &file : std::as_const(files)) {
            if (found || !file.settings || (ignoresFiles && file.location.path == userPath))
                continue;
            if (const auto value = file.settings->find(fileKey)) {
                fromFile(file, *value);
                found = true;
            }
        }
    }
    for (const QString &variable : variablesFor(key)) {
        const QString value = m_environment.value(variable);
        if (value.trimmed().isEmpty())
            continue;
        setting.isDefault = false;
        setting.source = SettingSource{};
        setting.source.kind = SettingSource::Kind::Environment;
        setting.source.variable = variable;
        if (key == kExtraIndexUrl) {
            setting.values = UvValueValidator::splitValues(value);
            setting.value = setting.values.join(QLatin1Char(' '));
        } else {
            setting.value = urlOfIndexArgument(value);
            setting.values = {setting.value};
        }
        break;
    }
    // Only list keys carry entries.
    if (key != kExtraIndexUrl)
        setting.values.clear();
    setting.shadows = shadowsFor(key, files);
    logEffectiveSetting(lcUv(), setting);
    return setting;
}

QList<Shadow> UvConfig::shadowsFor(const QString &key, const QList<LoadedFile> &files) const
{
    QList<Shadow> shadows;
    const bool windows = m_environment.os() == ToolEnvironment::Os::Windows;
    const QStringList variables = variablesFor(key);
    for (const QString &variable : variables) {
        const QString value = m_environment.value(variable);
        if (!value.trimmed().isEmpty())
            shadows.append(Shadow::fromEnvironment(variable, value));
    }
    for (const char *name : {"UV_CONFIG_FILE", "UV_NO_CONFIG"}) {
        const QString variable = QString::fromLatin1(name);
        const QString value = m_environment.value(variable);
        if (!value.isEmpty() && (variable == QLatin1String("UV_CONFIG_FILE") || isTrue(value)))
            shadows.append(Shadow::fromEnvironment(variable, value));
    }
    shadows += ShellStartupScanner(m_environment)
                   .findShadows(variables + QStringList{QStringLiteral("UV_CONFIG_FILE")}, windows);

    // Files uv prefers to the user file: the project file (or UV_CONFIG_FILE's).
    const QString userPath = m_paths.userFile().path;
    const QStringList fileKeys =
        key == kDefaultIndex ? QStringList{kDefaultIndex, kIndexUrl} : QStringList{key};
    for (const LoadedFile &file : files) {
        if (file.location.path == userPath)
            break;
        if (!file.settings)
            continue;
        for (const QString &fileKey : fileKeys) {
            if (const auto found = file.settings->find(fileKey)) {
                Shadow shadow;
                shadow.kind = Shadow::Kind::HigherLevelFile;
                shadow.variable = fileKey;
                shadow.value = found->value;
                shadow.filePath = file.location.path;
                shadow.line = found->line;
                shadows.append(shadow);
            }
        }
    }
    return shadows;
}

Expected<QByteArray> UvConfig::applyEdit(const QByteArray &bytes, const KeyEdit &edit,
                                         const EditInput &input, EditOutcome *outcome) const
{
    if (edit.unset)
        MIRRORDECK_TRY(checkKnown(edit.key));
    else
        MIRRORDECK_TRY(validate(edit.key, edit.value));
    MIRRORDECK_TRY_ASSIGN(file, UvSettingsFile::parse(bytes, input.path));
    const auto before = file.find(edit.key);

    if (edit.key == kDefaultIndex) {
        if (edit.unset)
            MIRRORDECK_TRY(file.removeDefaultIndex());
        else
            MIRRORDECK_TRY(file.setDefaultIndex(edit.value));
    } else if (edit.unset) {
        MIRRORDECK_TRY(file.removeTopLevel(edit.key));
    } else {
        const bool list = edit.key == kExtraIndexUrl;
        MIRRORDECK_TRY(file.setTopLevel(
            edit.key, list ? UvValueValidator::splitValues(edit.value) : QStringList{edit.value},
            list));
    }
    const QByteArray after = file.toBytes();
    if (after == bytes)
        return bytes;
    const auto now = file.find(edit.key);
    outcome->keyChanges.append(
        {edit.key, before ? before->value : QString(), now ? now->value : QString()});
    if (edit.key == kDefaultIndex && !edit.unset) {
        if (const auto legacy = file.topLevel(kIndexUrl))
            outcome->notes << tr("This file also sets the deprecated index-url (line %1). Remove "
                                 "it (unset uv index-url) so that only one default index is "
                                 "configured.")
                                  .arg(legacy->line);
    }
    qCDebug(lcUv) << "planned" << (edit.unset ? "unset" : "set") << edit.key << "in" << input.path;
    return after;
}

#include "PipConfig.h"

#include "config/ConfigFile.h"
#include "config/ConfigLog.h"
#include "config/ShellStartupScanner.h"
#include "ecosystems/pip/PipLog.h"
#include "ecosystems/pip/PipValueValidator.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>

namespace {

const QString kGlobal = QStringLiteral("global");

// pip options that are the same option under another name (cli/cmdoptions.py).
QStringList aliasesOf(const QString &name)
{
    if (name == QLatin1String("index-url"))
        return {QStringLiteral("pypi-url")};
    if (name == QLatin1String("timeout"))
        return {QStringLiteral("default-timeout")};
    return {};
}

// The pip commands whose [section] can carry the package-index options and beat [global].
const QStringList &commandSections()
{
    static const QStringList sections = {QStringLiteral("install"), QStringLiteral("download"),
                                         QStringLiteral("wheel"),   QStringLiteral("index"),
                                         QStringLiteral("list"),    QStringLiteral("lock")};
    return sections;
}

bool isMultiValued(const QString &name)
{
    return name == QLatin1String("extra-index-url") || name == QLatin1String("trusted-host");
}

QString defaultValue(const QString &name)
{
    if (name == QLatin1String("index-url"))
        return QStringLiteral("https://pypi.org/simple");
    if (name == QLatin1String("timeout"))
        return QStringLiteral("15");
    return {};
}

} // namespace

PipConfig::PipConfig(const ToolEnvironment &environment)
    : EcosystemConfig(environment)
    , m_paths(environment)
{}

QString PipConfig::canonicalKey(const QString &key)
{
    const qsizetype dot = key.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return key;
    return key.left(dot) + QLatin1Char('.') + PipConf::normalizeName(key.mid(dot + 1));
}

QList<ConfigKeyInfo> PipConfig::keys() const
{
    return {
        {QStringLiteral("global.index-url"), tr("The package index pip installs from."), false},
        {QStringLiteral("global.extra-index-url"),
         tr("Further indexes pip also searches, separated by spaces."), true},
        {QStringLiteral("global.trusted-host"),
         tr("Hosts pip may use over plain HTTP or with an unverified certificate."), true},
        {QStringLiteral("global.timeout"), tr("Network timeout in seconds."), false},
    };
}

bool PipConfig::isKnownKey(const QString &key) const
{
    return EcosystemConfig::isKnownKey(canonicalKey(key));
}

Expected<void> PipConfig::checkKnown(const QString &key) const
{
    if (isKnownKey(key))
        return {};
    return makeError(CoreError::Kind::UnknownKey,
                     tr("MirrorDeck does not manage the pip key “%1”. Known keys: "
                        "global.index-url, global.extra-index-url, global.trusted-host, "
                        "global.timeout.")
                         .arg(key));
}

Expected<QString> PipConfig::userConfigPath() const
{
    Expected<PipConfigLocation> location = m_paths.fileToEdit();
    if (!location)
        return location.error();
    return location->path;
}

Expected<void> PipConfig::validate(const QString &key, const QString &value) const
{
    if (Expected<void> known = checkKnown(key); !known)
        return known;
    return PipValueValidator::validate(canonicalKey(key), value);
}

Expected<QList<PipConfig::LoadedFile>> PipConfig::loadFiles() const
{
    QList<LoadedFile> files;
    const QList<PipConfigLocation> order = m_paths.readOrder();
    for (const PipConfigLocation &location : order) {
        LoadedFile loaded{location, std::nullopt};
        const QFileInfo info(location.path);
        QFile file(location.path);
        // Like pip: a missing or unopenable file (also a directory) is silently skipped.
        if (!info.exists() || info.isDir() || !file.open(QIODevice::ReadOnly)) {
            files.append(loaded);
            continue;
        }
        const QByteArray bytes = file.read(ConfigFileReader::kMaxFileSize + 1);
        if (bytes.size() > ConfigFileReader::kMaxFileSize)
            return makeError(CoreError::Kind::BadFile,
                             tr("The file is larger than 1 MB, which no pip configuration needs."),
                             location.path);
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        (void)QString(decoder.decode(bytes));
        if (decoder.hasError())
            return makeError(CoreError::Kind::BadFile,
                             tr("pip refuses this file: it is not valid UTF-8 text (“contains "
                                "invalid utf-8 characters”). Save it as UTF-8."),
                             location.path);
        Expected<PipConf> conf = PipConf::parse(bytes, location.path);
        if (!conf)
            return conf.error();
        loaded.conf = std::move(conf).value();
        files.append(loaded);
    }
    return files;
}

Expected<EffectiveSetting> PipConfig::effectiveSetting(const QString &key) const
{
    if (Expected<void> known = checkKnown(key); !known)
        return known.error();
    const QString canonical = canonicalKey(key);
    const QString name = canonical.section(QLatin1Char('.'), 1);

    Expected<QList<LoadedFile>> files = loadFiles();
    if (!files)
        return files.error();
    Expected<PipConfigLocation> edited = m_paths.fileToEdit();
    const QString editedPath = edited ? edited->path : QString();

    EffectiveSetting setting;
    setting.key = canonical;
    setting.value = defaultValue(name);
    setting.userFilePath = editedPath;
    for (const LoadedFile &file : std::as_const(*files)) {
        if (!file.conf)
            continue;
        const PipConf::Option *option = file.conf->find(kGlobal, name);
        if (!option)
            continue;
        setting.value = option->value;
        setting.isDefault = false;
        setting.source.kind = SettingSource::Kind::File;
        setting.source.filePath = file.location.path;
        setting.source.line = option->lineNumber();
        setting.source.level = file.location.level;
        if (file.location.path == editedPath)
            setting.userFileLine = option->lineNumber();
    }
    // A non-empty PIP_* variable overrides every file for every pip command; an alias
    // (PIP_DEFAULT_TIMEOUT for --timeout) sets the same option. When both are set pip's winner
    // depends on the environment's order, so the exact name is preferred here.
    const QStringList variables = m_environment.variables().keys();
    const bool windows = m_environment.os() == ToolEnvironment::Os::Windows;
    const QStringList aliases = aliasesOf(name);
    QString chosen;
    for (const QString &variable : variables) {
        if (!variable.startsWith(QLatin1String("PIP_"),
                                 windows ? Qt::CaseInsensitive : Qt::CaseSensitive) ||
            m_environment.value(variable).isEmpty())
            continue;
        const QString option = PipConf::normalizeName(variable.mid(4));
        if (option == name || (aliases.contains(option) && chosen.isEmpty()))
            chosen = variable;
    }
    if (!chosen.isEmpty()) {
        setting.value = m_environment.value(chosen);
        setting.isDefault = false;
        setting.source = SettingSource{};
        setting.source.kind = SettingSource::Kind::Environment;
        setting.source.variable = chosen;
    }
    if (isMultiValued(name))
        setting.values = PipConf::splitValues(setting.value);
    setting.shadows = shadowsFor(name, *files, editedPath);
    logEffectiveSetting(lcPip(), setting);
    return setting;
}

QList<Shadow> PipConfig::shadowsFor(const QString &name, const QList<LoadedFile> &files,
                                    const QString &editedPath) const
{
    QList<Shadow> shadows;
    const QStringList names = QStringList{name} + aliasesOf(name);
    const bool windows = m_environment.os() == ToolEnvironment::Os::Windows;

    QStringList exportNames;
    for (const QString &option : names)
        exportNames << QStringLiteral("PIP_") +
                           option.toUpper().replace(QLatin1Char('-'), QLatin1Char('_'));

    const QStringList variables = m_environment.variables().keys();
    for (const QString &variable : variables) {
        if (!variable.startsWith(QLatin1String("PIP_"),
                                 windows ? Qt::CaseInsensitive : Qt::CaseSensitive))
            continue;
        const QString value = m_environment.value(variable);
        if (!value.isEmpty() && names.contains(PipConf::normalizeName(variable.mid(4)))) {
            Shadow shadow;
            shadow.kind = Shadow::Kind::ProcessEnvironment;
            shadow.variable = variable;
            shadow.value = value;
            shadows.append(shadow);
        }
    }
    const QList<ShellExport> exports =
        ShellStartupScanner(m_environment).findExports(exportNames, windows);
    for (const ShellExport &found : exports) {
        Shadow shadow;
        shadow.kind = Shadow::Kind::ShellStartup;
        shadow.variable = found.variable;
        shadow.value = found.value;
        shadow.filePath = found.filePath;
        shadow.line = found.line;
        shadows.append(shadow);
    }

    // Files pip reads after the edited one.
    bool afterEdited = false;
    for (const LoadedFile &file : files) {
        if (file.location.path == editedPath) {
            afterEdited = true;
            continue;
        }
        if (!afterEdited || !file.conf)
            continue;
        if (const PipConf::Option *option = file.conf->find(kGlobal, name)) {
            Shadow shadow;
            shadow.kind = Shadow::Kind::HigherLevelFile;
            shadow.variable = QStringLiteral("global.") + name;
            shadow.value = option->value;
            shadow.filePath = file.location.path;
            shadow.line = option->lineNumber();
            shadows.append(shadow);
        }
    }

    // Sections beat files: the merged [install] (…) value beats [global] wherever it is, and an
    // alias in [global] (default-timeout, pypi-url) is the same pip option.
    QStringList sections = commandSections();
    sections.prepend(kGlobal);
    for (const QString &section : std::as_const(sections)) {
        const QStringList optionNames = section == kGlobal ? aliasesOf(name) : names;
        for (const QString &option : optionNames) {
            const LoadedFile *winnerFile = nullptr;
            const PipConf::Option *winner = nullptr;
            for (const LoadedFile &file : files) {
                if (!file.conf)
                    continue;
                if (const PipConf::Option *found = file.conf->find(section, option)) {
                    winnerFile = &file;
                    winner = found;
                }
            }
            if (!winner || winner->value.isEmpty()) // pip ignores empty values
                continue;
            Shadow shadow;
            shadow.kind = Shadow::Kind::HigherLevelFile;
            shadow.variable = section + QLatin1Char('.') + option;
            shadow.value = QStringLiteral("[%1] %2 = %3").arg(section, winner->name, winner->value);
            shadow.filePath = winnerFile->location.path;
            shadow.line = winner->lineNumber();
            shadows.append(shadow);
        }
    }
    return shadows;
}

QStringList PipConfig::trustedHostsBelow(const QString &editedPath) const
{
    // Best effort: a broken file below only means fewer hosts are carried over.
    Expected<QList<LoadedFile>> files = loadFiles();
    if (!files)
        return {};
    QStringList hosts;
    for (const LoadedFile &file : std::as_const(*files)) {
        if (file.location.path == editedPath)
            break;
        if (!file.conf)
            continue;
        if (const PipConf::Option *option =
                file.conf->find(kGlobal, QStringLiteral("trusted-host")))
            hosts = PipConf::splitValues(option->value);
    }
    return hosts;
}

Expected<PipConfig::EditStart> PipConfig::startEdit() const
{
    Expected<PipConfigLocation> location = m_paths.fileToEdit();
    if (!location)
        return location.error();
    Expected<ConfigFile> file = ConfigFileReader::read(location->path);
    if (!file)
        return file.error();
    Expected<PipConf> conf = PipConf::parse(file->bytes, location->path);
    if (!conf)
        return conf.error();

    ConfigChange change;
    change.ecosystem = id();
    change.filePath = location->path;
    change.targetPath = file->targetPath;
    change.existedBefore = file->exists;
    change.before = file->bytes;
    return EditStart{location->path, std::move(conf).value(), change};
}

Expected<ConfigChange> PipConfig::planSet(const QString &key, const QString &value) const
{
    if (Expected<void> ok = validate(key, value); !ok)
        return ok.error();
    const QString canonical = canonicalKey(key);
    const QString section = canonical.section(QLatin1Char('.'), 0, 0);
    const QString name = canonical.section(QLatin1Char('.'), 1);
    Expected<EditStart> start = startEdit();
    if (!start)
        return start.error();
    const QString &editedPath = start->path;
    const PipConf *conf = &start->conf;
    ConfigChange change = start->change;

    const bool multi = isMultiValued(name);
    const QStringList values = multi ? PipConf::splitValues(value) : QStringList{value};
    const PipConf::Option *old = conf->find(section, name);
    change.after = conf->withValues(section, name, values, multi);
    if (change.after != change.before)
        change.keyChanges.append(
            {canonical, old ? old->value : QString(), values.join(QLatin1Char(' '))});

    const QString host =
        name == QLatin1String("index-url") ? PipValueValidator::trustedHostFor(value) : QString();
    if (!host.isEmpty()) {
        Expected<PipConf> edited = PipConf::parse(change.after, editedPath);
        if (!edited)
            return edited.error();
        const QString trustedKey = QStringLiteral("global.trusted-host");
        const PipConf::Option *trusted = edited->find(kGlobal, QStringLiteral("trusted-host"));
        const QStringList hosts =
            trusted ? PipConf::splitValues(trusted->value) : trustedHostsBelow(editedPath);
        const bool covered = std::any_of(hosts.begin(), hosts.end(), [&](const QString &entry) {
            return PipValueValidator::trustedHostCovers(entry, host);
        });
        if (!covered) {
            const QStringList newHosts = hosts + QStringList{host};
            change.after =
                edited->withValues(kGlobal, QStringLiteral("trusted-host"), newHosts, true);
            change.keyChanges.append({trustedKey, trusted ? trusted->value : QString(),
                                      newHosts.join(QLatin1Char(' '))});
        }
    }
    if (change.after == change.before)
        change.keyChanges.clear();
    return change;
}

Expected<ConfigChange> PipConfig::planUnset(const QString &key) const
{
    if (Expected<void> known = checkKnown(key); !known)
        return known.error();
    const QString canonical = canonicalKey(key);
    const QString section = canonical.section(QLatin1Char('.'), 0, 0);
    const QString name = canonical.section(QLatin1Char('.'), 1);
    Expected<EditStart> start = startEdit();
    if (!start)
        return start.error();
    const QString &editedPath = start->path;
    const PipConf *conf = &start->conf;
    ConfigChange change = start->change;
    const PipConf::Option *old = conf->find(section, name);
    change.after = conf->withoutKey(section, name);

    Expected<PipConf> after = PipConf::parse(change.after, editedPath);
    if (!after)
        return after.error();
    if (const PipConf::Option *left = after->find(section, name)) {
        // Only [DEFAULT] can still provide it; removing that line would change every section.
        return makeError(CoreError::Kind::InvalidValue,
                         tr("%1 comes from the [DEFAULT] section, which pip applies to every "
                            "section of the file; MirrorDeck does not remove it there. Edit the "
                            "line by hand, or set another value instead.")
                             .arg(canonical),
                         editedPath, left->lineNumber());
    }
    if (change.after != change.before)
        change.keyChanges.append({canonical, old ? old->value : QString(), QString()});
    return change;
}

Expected<ConfigChange> PipConfig::planUseMirror(const Mirror &mirror) const
{
    if (!mirror.ecosystem.isEmpty() && mirror.ecosystem != id())
        return makeError(CoreError::Kind::Usage,
                         tr("The mirror “%1” is a %2 mirror, not a pip mirror.")
                             .arg(mirror.id, mirror.ecosystem));
    return planSet(mirrorKey(), mirror.url);
}

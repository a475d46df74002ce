#include "PipConfig.h"

#include "config/ConfigFile.h"
#include "config/ConfigLog.h"
#include "config/ShellStartupScanner.h"
#include "ecosystems/pip/PipLog.h"
#include "ecosystems/pip/PipValueValidator.h"

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

QString PipConfig::canonicalPipKey(const QString &key)
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
    return EcosystemConfig::isKnownKey(canonicalPipKey(key));
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
        Expected<std::optional<QByteArray>> read = ConfigFileReader::readBytes(location.path);
        // Like pip: a missing or unopenable file (also a directory) is silently skipped. A pipe or
        // device is not: pip would hang on it or read garbage.
        if (!read && read.error().kind != CoreError::Kind::Io)
            return read.error();
        if (!read || !read->has_value()) {
            files.append(loaded);
            continue;
        }
        const QByteArray bytes = **read;
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
        if (!value.isEmpty() && names.contains(PipConf::normalizeName(variable.mid(4))))
            shadows.append(Shadow::fromEnvironment(variable, value));
    }
    shadows += ShellStartupScanner(m_environment).findShadows(exportNames, windows);

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

namespace {

const QString kTrustedHost = QStringLiteral("trusted-host");

// What pip reads besides the edited file that decides which hosts it trusts.
class PipEditContext : public EditContext
{
public:
    QStringList trustedBelow; // global.trusted-host of the last file below the edited one
    // Hosts that other files' indexes reach over plain HTTP: still needed there.
    QStringList httpHostsElsewhere;
    // "[install] trusted-host" and the like in other files: they beat [global] for that command.
    struct SectionOverride
    {
        QString section;
        QString filePath;
        int line = 0;
    };
    QList<SectionOverride> sectionOverrides;
};

// The hosts that the file's [global] indexes reach over plain HTTP.
QStringList httpIndexHosts(const PipConf &conf)
{
    QStringList hosts;
    for (const QString &name : {QStringLiteral("index-url"), QStringLiteral("extra-index-url")}) {
        const PipConf::Option *option = conf.find(kGlobal, name);
        if (!option)
            continue;
        for (const QString &url : PipConf::splitValues(option->value)) {
            const QString host = PipValueValidator::trustedHostFor(url);
            if (!host.isEmpty() && !hosts.contains(host))
                hosts << host;
        }
    }
    return hosts;
}

bool covers(const QStringList &entries, const QString &host)
{
    return std::any_of(entries.begin(), entries.end(), [&](const QString &entry) {
        return PipValueValidator::trustedHostCovers(entry, host);
    });
}

} // namespace

std::shared_ptr<const EditContext> PipConfig::readEditContext() const
{
    auto context = std::make_shared<PipEditContext>();
    // Best effort: a broken file elsewhere only means fewer hosts are carried over; the edited
    // file's own problems are reported when it is read for the edit.
    Expected<QList<LoadedFile>> files = loadFiles();
    Expected<PipConfigLocation> edited = m_paths.fileToEdit();
    if (!files || !edited)
        return context;
    bool below = true;
    for (const LoadedFile &file : std::as_const(*files)) {
        if (file.location.path == edited->path) {
            below = false;
            continue;
        }
        if (!file.conf)
            continue;
        if (below) {
            if (const PipConf::Option *option = file.conf->find(kGlobal, kTrustedHost))
                context->trustedBelow = PipConf::splitValues(option->value);
        }
        context->httpHostsElsewhere += httpIndexHosts(*file.conf);
        for (const QString &section : commandSections()) {
            if (const PipConf::Option *option = file.conf->find(section, kTrustedHost))
                context->sectionOverrides.append(
                    {section, file.location.path, option->lineNumber()});
        }
    }
    return context;
}

Expected<QByteArray> PipConfig::syncTrustedHosts(const QByteArray &before, const QByteArray &after,
                                                 const EditInput &input, EditOutcome *outcome) const
{
    MIRRORDECK_TRY_ASSIGN(oldConf, PipConf::parse(before, input.path));
    MIRRORDECK_TRY_ASSIGN(newConf, PipConf::parse(after, input.path));
    const auto *context = dynamic_cast<const PipEditContext *>(input.context.get());
    const QStringList trustedBelow = context ? context->trustedBelow : QStringList();
    const QStringList neededBefore = httpIndexHosts(oldConf);
    const QStringList neededAfter = httpIndexHosts(newConf);

    const PipConf::Option *trusted = newConf.find(kGlobal, kTrustedHost);
    const QStringList hosts = trusted ? PipConf::splitValues(trusted->value) : trustedBelow;
    QStringList newHosts = hosts;
    for (const QString &host : neededAfter) {
        if (!covers(newHosts, host))
            newHosts << host;
    }
    QStringList dropped;
    for (const QString &host : neededBefore) {
        if (neededAfter.contains(host) || covers(trustedBelow, host) ||
            (context && context->httpHostsElsewhere.contains(host)))
            continue;
        if (newHosts.removeAll(host) > 0)
            dropped << host;
    }
    if (newHosts == hosts)
        return after;

    QByteArray synced;
    if (newHosts.isEmpty() || (!trusted && newHosts == trustedBelow))
        synced = newConf.withoutKey(kGlobal, kTrustedHost);
    else
        synced = newConf.withValues(kGlobal, kTrustedHost, newHosts, true);
    outcome->keyChanges.append({QStringLiteral("global.trusted-host"),
                                trusted ? trusted->value : QString(),
                                newHosts.join(QLatin1Char(' '))});
    if (!dropped.isEmpty())
        outcome->notes << tr("%1 is no longer trusted (global.trusted-host): no index of this file "
                             "reaches it over plain HTTP any more, so pip checks its certificate "
                             "again.")
                              .arg(dropped.join(QStringLiteral(", ")));

    // A command section's list replaces [global]'s for that command.
    QList<PipEditContext::SectionOverride> overrides =
        context ? context->sectionOverrides : QList<PipEditContext::SectionOverride>();
    for (const QString &section : commandSections()) {
        if (const PipConf::Option *option = newConf.find(section, kTrustedHost))
            overrides.append({section, input.path, option->lineNumber()});
    }
    for (const auto &override : std::as_const(overrides))
        outcome->notes << tr("[%1] trusted-host in %2 (line %3) replaces [global] trusted-host "
                             "for “pip %1”, so the hosts trusted here do not apply to that "
                             "command. Add them there too, or remove that line.")
                              .arg(override.section, override.filePath)
                              .arg(override.line);
    return synced;
}

Expected<QByteArray> PipConfig::applyEdit(const QByteArray &bytes, const KeyEdit &edit,
                                          const EditInput &input, EditOutcome *outcome) const
{
    if (edit.unset)
        MIRRORDECK_TRY(checkKnown(edit.key));
    else
        MIRRORDECK_TRY(validate(edit.key, edit.value));
    const QString canonical = canonicalPipKey(edit.key);
    const QString section = canonical.section(QLatin1Char('.'), 0, 0);
    const QString name = canonical.section(QLatin1Char('.'), 1);
    MIRRORDECK_TRY_ASSIGN(conf, PipConf::parse(bytes, input.path));
    const PipConf::Option *old = conf.find(section, name);
    const QString oldValue = old ? old->value : QString();

    QByteArray after;
    QString newValue;
    if (edit.unset) {
        after = conf.withoutKey(section, name);
        MIRRORDECK_TRY_ASSIGN(edited, PipConf::parse(after, input.path));
        if (const PipConf::Option *left = edited.find(section, name)) {
            // Only [DEFAULT] can still provide it; removing that line would change every section.
            return makeError(CoreError::Kind::InvalidValue,
                             tr("%1 comes from the [DEFAULT] section, which pip applies to every "
                                "section of the file; MirrorDeck does not remove it there. Edit "
                                "the line by hand, or set another value instead.")
                                 .arg(canonical),
                             input.path, left->lineNumber());
        }
    } else {
        const bool multi = isMultiValued(name);
        const QStringList values =
            multi ? PipConf::splitValues(edit.value) : QStringList{edit.value};
        after = conf.withValues(section, name, values, multi);
        newValue = values.join(QLatin1Char(' '));
    }
    if (after == bytes)
        return bytes;
    outcome->keyChanges.append({canonical, oldValue, newValue});
    if (section == kGlobal &&
        (name == QLatin1String("index-url") || name == QLatin1String("extra-index-url")))
        return syncTrustedHosts(bytes, after, input, outcome);
    return after;
}

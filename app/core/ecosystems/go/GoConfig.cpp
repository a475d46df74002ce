#include "GoConfig.h"

#include "config/ConfigLog.h"
#include "config/ShellStartupScanner.h"
#include "ecosystems/go/GoConfigPaths.h"
#include "ecosystems/go/GoLog.h"
#include "ecosystems/go/GoProxyList.h"
#include "ecosystems/go/GoValueValidator.h"

#include <QRegularExpression>
#include <QUrl>

namespace {

const QString kGoproxy = QStringLiteral("GOPROXY");
const QString kGosumdb = QStringLiteral("GOSUMDB");
const QString kGoprivate = QStringLiteral("GOPRIVATE");

QString decode(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

// "name URL" where URL is some proxy's /sumdb/<name> endpoint: written for one particular mirror.
bool isThroughMirrorProxy(const QString &gosumdb)
{
    const QStringList fields =
        gosumdb.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (fields.size() != 2)
        return false;
    const QUrl url(fields.at(1));
    return url.path().contains(QLatin1String("/sumdb/"));
}

} // namespace

GoConfig::GoConfig(const ToolEnvironment &environment)
    : EcosystemConfig(environment)
{}

QList<ConfigKeyInfo> GoConfig::keys() const
{
    return {
        {kGoproxy, tr("Module proxies, tried in order (\"direct\" means the origin)."), false},
        {kGosumdb, tr("Checksum database that verifies downloaded modules."), false},
        {kGoprivate, tr("Module path patterns that are private (no proxy, no checksum database)."),
         false},
        {QStringLiteral("GONOPROXY"), tr("Module path patterns fetched directly, not via a proxy."),
         false},
        {QStringLiteral("GONOSUMDB"),
         tr("Module path patterns not checked against the checksum "
            "database."),
         false},
        {QStringLiteral("GOINSECURE"),
         tr("Module path patterns that may be fetched over plain "
            "HTTP or without certificate checks."),
         false},
    };
}

QString GoConfig::compiledDefault(const QString &key, bool goEnvEra)
{
    if (goEnvEra)
        return {};
    if (key == kGoproxy)
        return QStringLiteral("https://proxy.golang.org,direct");
    if (key == kGosumdb)
        return QStringLiteral("sum.golang.org");
    return {};
}

Expected<void> GoConfig::checkKnown(const QString &key) const
{
    if (isKnownKey(key))
        return {};
    return makeError(CoreError::Kind::UnknownKey,
                     tr("%1 is not a Go setting MirrorDeck manages (GOPROXY, GOSUMDB, GOPRIVATE, "
                        "GONOPROXY, GONOSUMDB, GOINSECURE).")
                         .arg(key));
}

Expected<QString> GoConfig::userConfigPath() const
{
    return GoConfigPaths(m_environment).envFilePath();
}

Expected<GoConfig::Layers> GoConfig::readLayers() const
{
    Layers layers;
    const GoConfigPaths paths(m_environment);
    Expected<QString> userPath = paths.envFilePath();
    if (userPath) {
        layers.userPath = *userPath;
        Expected<ConfigFile> file =
            ConfigFileReader::read(layers.userPath, GoEnvFile::textPolicy());
        if (!file)
            return file.error();
        layers.userFile = std::move(file).value();
        layers.user = GoEnvFile(layers.userFile.document);
    }
    // Otherwise (GOENV=off, no usable config dir) the go command silently reads no user file, and
    // so do we; only writing reports the reason.
    QString userGoroot;
    if (const auto entry = layers.user.effectiveEntry(QStringLiteral("GOROOT")))
        userGoroot = decode(entry->value);
    const QString goroot = paths.gorootDir(userGoroot);
    layers.gorootEnvPath = GoConfigPaths::gorootEnvFile(goroot);
    if (!layers.gorootEnvPath.isEmpty()) {
        // Not the user's file: if it is unreadable, the go command ignores it, and so do we.
        Expected<ConfigFile> file =
            ConfigFileReader::read(layers.gorootEnvPath, GoEnvFile::textPolicy());
        if (file && file->exists) {
            layers.goroot = GoEnvFile(file->document);
            layers.goEnvEra = true;
        }
    }
    layers.goEnvEra = layers.goEnvEra || GoConfigPaths::gorootMinorVersion(goroot) >= 21;
    return layers;
}

QList<Shadow> GoConfig::shadowsFor(const QString &key) const
{
    QList<Shadow> shadows;
    if (m_environment.hasNonEmpty(key))
        shadows.append(Shadow::fromEnvironment(key, m_environment.value(key)));
    // GOENV in a terminal points the go command at another file altogether.
    shadows += ShellStartupScanner(m_environment).findShadows({key, QStringLiteral("GOENV")});
    return shadows;
}

EffectiveSetting GoConfig::resolve(const QString &key, const Layers &layers) const
{
    EffectiveSetting setting;
    setting.key = key;
    setting.userFilePath = layers.userPath;
    const std::optional<GoEnvFile::Entry> userEntry = layers.user.effectiveEntry(key);
    if (userEntry)
        setting.userFileLine = userEntry->lineIndex + 1;

    // cfg.Getenv: a non-empty environment variable, else the env files; then envOr /
    // EnvOrAndChanged turn an empty result into the default.
    const auto rootEntry = layers.goroot.effectiveEntry(key);
    const bool userHidesGoroot = userEntry && layers.goEnvEra;
    if (m_environment.hasNonEmpty(key)) {
        setting.value = m_environment.value(key);
        setting.isDefault = false;
        setting.source.kind = SettingSource::Kind::Environment;
        setting.source.variable = key;
    } else if (userEntry && !userEntry->value.isEmpty()) {
        setting.value = decode(userEntry->value);
        setting.isDefault = false;
        setting.source.kind = SettingSource::Kind::File;
        setting.source.filePath = layers.userPath;
        setting.source.line = userEntry->lineIndex + 1;
        setting.source.level = QStringLiteral("user");
    } else if (!userHidesGoroot && rootEntry && !rootEntry->value.isEmpty()) {
        setting.value = decode(rootEntry->value);
        setting.isDefault = true; // shipped with Go, not chosen by the user
        setting.source.kind = SettingSource::Kind::File;
        setting.source.filePath = layers.gorootEnvPath;
        setting.source.line = rootEntry->lineIndex + 1;
        setting.source.level = QStringLiteral("GOROOT");
    } else if (key == QLatin1String("GONOPROXY") || key == QLatin1String("GONOSUMDB")) {
        // Default: GOPRIVATE, wherever that comes from.
        const EffectiveSetting privateSetting = resolve(kGoprivate, layers);
        setting.value = privateSetting.value;
        setting.isDefault = true;
        setting.source = privateSetting.source;
        if (!privateSetting.isDefault)
            setting.source.level = kGoprivate;
    } else {
        setting.value = compiledDefault(key, layers.goEnvEra);
        setting.isDefault = true;
        setting.source.kind = SettingSource::Kind::Default;
    }
    if (!setting.value.isEmpty())
        setting.values = QStringList{setting.value};
    setting.shadows = shadowsFor(key);
    logEffectiveSetting(lcGo(), setting);
    return setting;
}

Expected<EffectiveSetting> GoConfig::effectiveSetting(const QString &key) const
{
    if (Expected<void> known = checkKnown(key); !known)
        return known.error();
    Expected<Layers> layers = readLayers();
    if (!layers)
        return layers.error();
    return resolve(key, *layers);
}

Expected<QList<int>> GoConfig::ignoredDuplicateLines(const QString &key) const
{
    Expected<Layers> layers = readLayers();
    if (!layers)
        return layers.error();
    QList<int> lines = layers->user.ignoredDuplicateLines(key);
    for (int &line : lines)
        ++line;
    return lines;
}

Expected<QList<int>> GoConfig::ignoredLookalikeLines(const QString &key) const
{
    Expected<Layers> layers = readLayers();
    if (!layers)
        return layers.error();
    QList<int> lines = layers->user.ignoredLookalikeLines(key);
    for (int &line : lines)
        ++line;
    return lines;
}

Expected<void> GoConfig::validate(const QString &key, const QString &value) const
{
    if (Expected<void> known = checkKnown(key); !known)
        return known;
    return GoValueValidator::validate(key, value);
}

namespace {

// What Go reads below the user file, for planning a switch: the chain $GOROOT/go.env ships.
class GoEditContext : public EditContext
{
public:
    explicit GoEditContext(QString gorootProxy)
        : gorootProxy(std::move(gorootProxy))
    {}
    QString gorootProxy;
};

} // namespace

Expected<EditInput> GoConfig::readEditInput() const
{
    MIRRORDECK_TRY(userConfigPath()); // GOENV=off: nothing to edit, and the reason why
    MIRRORDECK_TRY_ASSIGN(layers, readLayers());
    EditInput input;
    input.path = layers.userFile.path;
    input.targetPath = layers.userFile.targetPath;
    input.exists = layers.userFile.exists;
    input.bytes = layers.userFile.bytes;
    const auto rootEntry = layers.goroot.effectiveEntry(kGoproxy);
    input.context =
        std::make_shared<GoEditContext>(rootEntry ? decode(rootEntry->value) : QString());
    return input;
}

Expected<QByteArray> GoConfig::applyEdit(const QByteArray &bytes, const KeyEdit &edit,
                                         const EditInput &input, EditOutcome *outcome) const
{
    Q_UNUSED(input);
    const GoEnvFile file = GoEnvFile::fromBytes(bytes);
    const auto entry = file.effectiveEntry(edit.key);
    const QString oldValue = entry ? decode(entry->value) : QString();
    if (edit.unset) {
        MIRRORDECK_TRY(checkKnown(edit.key));
        if (!entry)
            return bytes;
        outcome->keyChanges.append({edit.key, oldValue, QString()});
        return file.withoutKey(edit.key);
    }
    MIRRORDECK_TRY(validate(edit.key, edit.value));
    if (entry && oldValue == edit.value)
        return bytes;
    outcome->keyChanges.append({edit.key, oldValue, edit.value});
    if (edit.key == kGoproxy) {
        // A switch inside the user's chain says which entries change and that the rest stays.
        const QStringList changes = GoProxyList::describeChange(oldValue, edit.value);
        if (!changes.isEmpty())
            outcome->notes << tr("GOPROXY keeps your chain and its separators; %1.")
                                  .arg(changes.join(QStringLiteral("; ")));
    }
    return file.withValue(edit.key, edit.value);
}

Expected<KeyEdits> GoConfig::mirrorEdits(const Mirror &mirror, const EditInput &input) const
{
    MIRRORDECK_TRY(checkMirrorIsFor(mirror));
    MIRRORDECK_TRY(GoValueValidator::validateProxyList(kGoproxy, mirror.url));
    if (!mirror.option(QStringLiteral("sumdb")).isEmpty())
        MIRRORDECK_TRY(
            GoValueValidator::validateSumdb(kGosumdb, mirror.option(QStringLiteral("sumdb"))));

    const GoEnvFile file = GoEnvFile::fromBytes(input.bytes);
    // The chain the user has (file, else what Go ships), ignoring the process environment: the
    // file is what we edit.
    const auto proxyEntry = file.effectiveEntry(kGoproxy);
    QString chain = proxyEntry ? decode(proxyEntry->value) : QString();
    if (GoProxyList::parse(chain).isEmpty()) {
        const auto *context = dynamic_cast<const GoEditContext *>(input.context.get());
        chain = context ? context->gorootProxy : QString();
    }
    if (GoProxyList::parse(chain).isEmpty())
        chain = compiledDefault(kGoproxy);
    const GoProxyList list = GoProxyList::parse(chain);
    const QString newProxy = (!list.isEmpty() && list.entries().first().text == mirror.url)
                                 ? list.toString()
                                 : list.withFirstProxy(mirror.url);
    MIRRORDECK_TRY(GoValueValidator::validateProxyList(kGoproxy, newProxy));

    KeyEdits edits{KeyEdit::set(kGoproxy, newProxy)};
    const auto sumdbEntry = file.effectiveEntry(kGosumdb);
    const QString oldSumdb = sumdbEntry ? decode(sumdbEntry->value) : QString();
    if (!mirror.option(QStringLiteral("sumdb")).isEmpty())
        edits.append(KeyEdit::set(kGosumdb, mirror.option(QStringLiteral("sumdb"))));
    else if (sumdbEntry && isThroughMirrorProxy(oldSumdb))
        // Checksums were fetched through the previous mirror; this one has no such proxy, so go
        // back to the default database rather than keep depending on the old mirror.
        edits.append(KeyEdit::remove(kGosumdb));
    return edits;
}

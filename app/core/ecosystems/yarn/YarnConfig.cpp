#include "ecosystems/yarn/YarnConfig.h"

#include "config/ConfigFile.h"
#include "config/ConfigLog.h"
#include "config/ShellStartupScanner.h"
#include "ecosystems/yarn/YarnLog.h"
#include "ecosystems/yarn/YarnValues.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace {

const QString kUserRc = QStringLiteral(".yarnrc.yml");

QString itemsText(const Yarnrc::Node &node)
{
    return node.items.join(QLatin1Char('\n'));
}

// What Yarn allows over plain http, files merged (the default when no file lists any).
class YarnEditContext : public EditContext
{
public:
    QStringList whitelist = {QStringLiteral("localhost")};
    bool whitelistFromFiles = false;
};

} // namespace

YarnConfig::YarnConfig(const ToolEnvironment &environment)
    : EcosystemConfig(environment)
{}

QList<ConfigKeyInfo> YarnConfig::keys() const
{
    return {
        {YarnValues::kRegistry, tr("The registry Yarn installs packages from"), false},
        {YarnValues::kWhitelist,
         tr("Hosts Yarn may reach over plain http (one per line; globs allowed)"), true},
    };
}

bool YarnConfig::isKnownKey(const QString &key) const
{
    return YarnValues::isKnownKey(key);
}

Expected<QString> YarnConfig::userConfigPath() const
{
    return ToolEnvironment::joinPath(m_environment.homeDir(), kUserRc);
}

QStringList YarnConfig::projectPaths() const
{
    QString name = m_environment.value(QStringLiteral("YARN_RC_FILENAME"));
    if (name.isEmpty())
        name = kUserRc;
    const QString user = QDir::cleanPath(*userConfigPath());
    QStringList paths;
    QDir dir(m_environment.workingDir());
    while (true) {
        const QString path = QDir::cleanPath(dir.absoluteFilePath(name));
        if (path != user)
            paths << path;
        if (!dir.cdUp())
            break;
    }
    return paths;
}

Expected<QList<YarnConfig::Layer>> YarnConfig::layers() const
{
    QList<Layer> result;
    auto load = [&](const QString &level, const QString &path, bool required) -> Expected<void> {
        Layer layer;
        layer.level = level;
        layer.path = path;
        Expected<ConfigFile> file = ConfigFileReader::read(path);
        if (!file) {
            if (!required && file.error().kind == CoreError::Kind::Io)
                return {};
            return file.error();
        }
        if (file->exists) {
            // Yarn stops on any rc file it cannot parse: so does every effective value.
            MIRRORDECK_TRY_ASSIGN(rc, Yarnrc::parse(file->bytes, path));
            layer.rc = std::move(rc);
            layer.loaded = true;
        }
        result << layer;
        return {};
    };
    const QStringList projects = projectPaths();
    for (const QString &path : projects)
        MIRRORDECK_TRY(load(QStringLiteral("project"), path, false));
    MIRRORDECK_TRY(load(QStringLiteral("user"), *userConfigPath(), true));
    return result;
}

QString YarnConfig::valueIn(const Yarnrc &rc, const QString &key, int *line) const
{
    const Yarnrc::Node *node = rc.find(YarnValues::pathOf(key));
    if (!node)
        return QString();
    *line = node->line + 1;
    if (key == YarnValues::kWhitelist)
        return itemsText(*node);
    return node->text;
}

Expected<EffectiveSetting> YarnConfig::effectiveSetting(const QString &key) const
{
    if (!isKnownKey(key))
        return YarnValues::validate(key, QString(), m_environment.variables()).error();
    MIRRORDECK_TRY_ASSIGN(loaded, layers());
    const QProcessEnvironment &env = m_environment.variables();
    EffectiveSetting setting;
    setting.key = key;
    setting.userFilePath = *userConfigPath();
    const bool isList = key == YarnValues::kWhitelist;
    if (key == YarnValues::kRegistry)
        setting.value = YarnValues::kDefaultRegistry;
    else if (isList)
        setting.values = {QStringLiteral("localhost")};

    const QString variable = YarnValues::overridingVariable(key, env);
    if (!variable.isEmpty()) {
        setting.shadows << Shadow::fromEnvironment(variable, env.value(variable));
        setting.value = env.value(variable);
        setting.isDefault = false;
        setting.source.kind = SettingSource::Kind::Environment;
        setting.source.variable = variable;
        setting.source.level = QStringLiteral("env");
    }
    bool found = !variable.isEmpty();
    QStringList merged;
    for (const Layer &layer : std::as_const(loaded)) {
        if (!layer.loaded)
            continue;
        const Yarnrc::Node *node = layer.rc.find(YarnValues::pathOf(key));
        if (node && node->kind == Yarnrc::Kind::Null && key == YarnValues::kRegistry)
            return makeError(CoreError::Kind::BadFile,
                             tr("npmRegistryServer has no value on this line, and Yarn stops on "
                                "it (“cannot be set to null”). Give it a registry URL or remove "
                                "the line."),
                             layer.path, node->line + 1);
        if (!node || node->kind == Yarnrc::Kind::Null)
            continue;
        int line = node->line + 1;
        const QString written = valueIn(layer.rc, key, &line);
        QString missing;
        const QString value = YarnValues::expand(written, env, &missing);
        if (layer.level == QLatin1String("user"))
            setting.userFileLine = line;
        if (layer.level == QLatin1String("project")) {
            Shadow shadow;
            shadow.kind = Shadow::Kind::HigherLevelFile;
            shadow.filePath = layer.path;
            shadow.line = line;
            shadow.value = key + QStringLiteral(": ") + value;
            setting.shadows << shadow;
        }
        if (isList) {
            // Yarn concatenates lists from every rc file; the environment replaces them.
            if (!found || setting.source.kind != SettingSource::Kind::Environment)
                merged += node->items;
        }
        if (found)
            continue;
        found = true;
        // Shown as Yarn uses it; `${VAR}` references are expanded (kept as written when Yarn
        // would stop on a missing variable).
        setting.value = value;
        setting.isDefault = false;
        setting.source.kind = SettingSource::Kind::File;
        setting.source.filePath = layer.path;
        setting.source.line = line;
        setting.source.level = layer.level;
        if (written != value)
            setting.source.level += QStringLiteral(", written as ") + written;
    }
    if (isList) {
        if (setting.source.kind == SettingSource::Kind::Environment)
            setting.values = setting.value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        else if (found)
            setting.values = merged;
        setting.value = setting.values.join(QLatin1Char('\n'));
    }
    const QString snake = YarnValues::environmentVariable(key);
    if (!snake.isEmpty())
        setting.shadows << ShellStartupScanner(m_environment).findShadows({snake}, true);
    logEffectiveSetting(lcYarn(), setting);
    return setting;
}

Expected<QList<EffectiveSetting>> YarnConfig::effectiveSettings() const
{
    MIRRORDECK_TRY_ASSIGN(base, EcosystemConfig::effectiveSettings());
    MIRRORDECK_TRY_ASSIGN(loaded, layers());
    QStringList scopes;
    for (const Layer &layer : std::as_const(loaded)) {
        if (!layer.loaded)
            continue;
        for (const QString &scope : layer.rc.childKeys({QStringLiteral("npmScopes")})) {
            if (layer.rc.find(YarnValues::pathOf(YarnValues::scopeKey(scope))))
                scopes << scope;
        }
    }
    scopes.removeDuplicates();
    scopes.sort();
    for (const QString &scope : std::as_const(scopes)) {
        MIRRORDECK_TRY_ASSIGN(setting, effectiveSetting(YarnValues::scopeKey(scope)));
        base.append(std::move(setting));
    }
    return base;
}

Expected<void> YarnConfig::validate(const QString &key, const QString &value) const
{
    return YarnValues::validate(key, value, m_environment.variables());
}

std::shared_ptr<const EditContext> YarnConfig::readEditContext() const
{
    auto context = std::make_shared<YarnEditContext>();
    // The project files' lists: the user file's own list is read from the planned bytes.
    if (Expected<QList<Layer>> loaded = layers()) {
        QStringList merged;
        for (const Layer &layer : std::as_const(*loaded)) {
            if (!layer.loaded || layer.level != QLatin1String("project"))
                continue;
            if (const Yarnrc::Node *node = layer.rc.find({YarnValues::kWhitelist})) {
                merged += node->items;
                context->whitelistFromFiles = true;
            }
        }
        if (context->whitelistFromFiles)
            context->whitelist = merged;
    }
    return context;
}

namespace {

QStringList whitelistWith(const YarnEditContext *context, const Yarnrc &user)
{
    const Yarnrc::Node *own = user.find({YarnValues::kWhitelist});
    const bool fromFiles = (context && context->whitelistFromFiles) || own;
    if (!fromFiles)
        return {QStringLiteral("localhost")};
    QStringList list = context && context->whitelistFromFiles ? context->whitelist : QStringList();
    if (own)
        list += own->items;
    return list;
}

} // namespace

Expected<KeyEdits> YarnConfig::mirrorEdits(const Mirror &mirror, const EditInput &input) const
{
    MIRRORDECK_TRY(checkMirrorIsFor(mirror));
    KeyEdits edits{KeyEdit::set(mirrorKey(), mirror.url)};
    const QUrl url(YarnValues::expand(mirror.url, m_environment.variables()));
    if (url.scheme() != QLatin1String("http"))
        return edits;
    MIRRORDECK_TRY_ASSIGN(user, Yarnrc::parse(input.bytes, input.path));
    const auto *context = dynamic_cast<const YarnEditContext *>(input.context.get());
    if (YarnValues::hostMatches(url.host(), whitelistWith(context, user)))
        return edits;
    QStringList list;
    if (const Yarnrc::Node *own = user.find({YarnValues::kWhitelist})) {
        if (!own->itemsKnown)
            return edits; // the note of the set says what to add by hand
        list = own->items;
    } else if (!context || !context->whitelistFromFiles) {
        // The first list replaces Yarn's default: keep localhost allowed.
        list << QStringLiteral("localhost");
    }
    list << url.host();
    // First, so that the registry's step already sees the host allowed.
    edits.prepend(KeyEdit::set(YarnValues::kWhitelist, list.join(QLatin1Char('\n'))));
    return edits;
}

QStringList YarnConfig::notesForSet(const QString &key, const QString &value,
                                    const QStringList &whitelist) const
{
    QStringList notes;
    if (key == YarnValues::kWhitelist)
        return notes;
    QString missing;
    const QString expanded = YarnValues::expand(value, m_environment.variables(), &missing);
    if (!missing.isEmpty())
        notes << tr("%1 is not set here and the reference has no fallback (${%1:-…}): Yarn "
                    "stops with “Environment variable not found” wherever it is not set.")
                     .arg(missing);
    const QUrl url(expanded);
    if (missing.isEmpty() && url.scheme() == QLatin1String("http") &&
        !YarnValues::hostMatches(url.host(), whitelist))
        notes << tr("Yarn refuses plain-http registries whose host is not in "
                    "unsafeHttpWhitelist; add %1 to it (“use” does that for you).")
                     .arg(url.host());
    return notes;
}

Expected<QByteArray> YarnConfig::applyEdit(const QByteArray &bytes, const KeyEdit &edit,
                                           const EditInput &input, EditOutcome *outcome) const
{
    const QProcessEnvironment &env = m_environment.variables();
    if (edit.unset) {
        if (!isKnownKey(edit.key))
            return YarnValues::validate(edit.key, QString(), env).error();
    } else {
        MIRRORDECK_TRY(validate(edit.key, edit.value));
    }
    MIRRORDECK_TRY_ASSIGN(rc, Yarnrc::parse(bytes, input.path));
    const QStringList path = YarnValues::pathOf(edit.key);
    const bool isList = edit.key == YarnValues::kWhitelist;
    QStringList items;
    // One host a line (the editor), or separated by commas (history entries, the shell).
    static const QRegularExpression separators(QStringLiteral("[\\n,]"));
    for (const QString &item : edit.value.split(separators, Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty())
            items << item.trimmed();
    }
    Expected<QByteArray> after = edit.unset ? rc.without(path)
                                 : isList   ? rc.withSequence(path, items)
                                            : rc.withScalar(path, edit.value);
    if (!after)
        return after.error();
    if (*after == bytes)
        return bytes;
    QString old;
    if (const Yarnrc::Node *node = rc.find(path))
        old = isList ? node->items.join(QStringLiteral(", ")) : node->text;
    outcome->keyChanges.append(
        {edit.key, old,
         edit.unset ? QString() : (isList ? items.join(QStringLiteral(", ")) : edit.value)});
    if (!edit.unset) {
        Expected<Yarnrc> planned = Yarnrc::parse(*after, input.path);
        const auto *context = dynamic_cast<const YarnEditContext *>(input.context.get());
        outcome->notes += notesForSet(edit.key, edit.value,
                                      planned ? whitelistWith(context, *planned) : QStringList());
    }
    qCDebug(lcYarn) << "planned" << (edit.unset ? "unset" : "set") << edit.key << "in"
                    << input.path;
    return after;
}

#include "catalog/MirrorJson.h"

#include "ecosystems/EcosystemRegistry.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>
#include <QUrl>

namespace {

const QLatin1String kId("id");
const QLatin1String kEcosystem("ecosystem");
const QLatin1String kUrl("url");
const QLatin1String kName("name");
const QLatin1String kNameZh("name_zh");
const QLatin1String kOfficial("official");
const QLatin1String kProtocol("protocol");
const QLatin1String kHomepage("homepage");
const QLatin1String kProvider("provider");
const QLatin1String kProviderZh("provider_zh");
const QLatin1String kNotes("notes");
// "user_defined" is never read from a file: whether a mirror is the user's own depends on which
// file it came from, not on what the file claims.

int lineOfOffset(const QByteArray &text, int offset)
{
    offset = qBound(0, offset, int(text.size()));
    return int(text.left(offset).count('\n')) + 1;
}

// JSON parsers do not report positions of values, so find where the `occurrence`-th
// `"id": "<id>"` sits in the raw text (the second one for a duplicate); good enough to point an
// editor at the entry. 0 when it cannot be found.
int lineOfId(const QByteArray &text, const QString &id, int occurrence)
{
    if (id.isEmpty())
        return 0;
    const QRegularExpression re(
        QStringLiteral("\"id\"\\s*:\\s*\"%1\"").arg(QRegularExpression::escape(id)));
    const QString str = QString::fromUtf8(text);
    QRegularExpressionMatchIterator it = re.globalMatch(str);
    for (int seen = 1; it.hasNext(); ++seen) {
        const QRegularExpressionMatch match = it.next();
        if (seen == occurrence)
            return int(str.left(match.capturedStart()).count(QLatin1Char('\n'))) + 1;
    }
    return 0;
}

bool isHttpUrl(const QString &text, bool requireHost = true)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return false;
    return !requireHost || !url.host().isEmpty();
}

// The display names of the ecosystems whose descriptors accept the catalog field `key`.
QStringList ecosystemsWithOption(const QString &key)
{
    QStringList names;
    for (const QString &id : EcosystemRegistry::ids()) {
        const Ecosystem *ecosystem = EcosystemRegistry::find(id);
        if (ecosystem->mirrorOption(key))
            names << ecosystem->displayName();
    }
    return names;
}

} // namespace

Expected<void> MirrorJson::validate(const Mirror &m, const QString &filePath, int line)
{
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    const QString who = m.id.isEmpty() ? tr("A mirror") : tr("Mirror \"%1\"").arg(m.id);
    auto fail = [&](const QString &message) {
        return makeError(CoreError::Kind::InvalidValue, message, filePath, line);
    };

    if (m.id.isEmpty())
        return fail(tr("A mirror has no \"id\"."));
    if (!idPattern.match(m.id).hasMatch())
        return fail(tr("%1: the id may contain only letters, digits, \".\", \"_\" and \"-\", "
                       "and must start with a letter or digit.")
                        .arg(who));
    if (m.ecosystem.isEmpty())
        return fail(tr("%1 has no \"ecosystem\".").arg(who));
    const Ecosystem *ecosystem = EcosystemRegistry::find(m.ecosystem);
    if (!ecosystem)
        return fail(tr("%1: unknown ecosystem \"%2\"; expected one of: %3.")
                        .arg(who, m.ecosystem, EcosystemRegistry::ids().join(QLatin1String(", "))));
    if (!m.protocol.isEmpty() && m.protocol != ecosystem->protocol)
        return fail(tr("%1: %2 reads mirrors that speak \"%3\", not \"%4\".")
                        .arg(who, ecosystem->displayName(), ecosystem->protocol, m.protocol));
    if (m.url.isEmpty())
        return fail(tr("%1 has no \"url\".").arg(who));
    // What must be http(s) is the address inside any wrapping the protocol gives its URLs.
    if (!isHttpUrl(EcosystemRegistry::probedUrl(ecosystem->protocol, m.url).toString()))
        return fail(tr("%1: the URL \"%2\" is not an http:// or https:// address with a host name.")
                        .arg(who, m.url));
    if (m.name.trimmed().isEmpty())
        return fail(tr("%1 has no \"name\".").arg(who));
    if (m.nameZh.trimmed().isEmpty())
        return fail(tr("%1 has no Chinese name (\"name_zh\").").arg(who));
    for (auto it = m.options.cbegin(); it != m.options.cend(); ++it) {
        const MirrorOptionDescription *option = ecosystem->mirrorOption(it.key());
        if (!option)
            return fail(
                tr("%1: \"%2\" applies to %3 mirrors only.")
                    .arg(who, it.key(), ecosystemsWithOption(it.key()).join(QLatin1String(", "))));
        if (it.value().isEmpty() || !option->validate)
            continue;
        if (Expected<void> valid = option->validate(it.value()); !valid)
            return fail(tr("%1: \"%2\": %3").arg(who, it.key(), valid.error().message));
    }
    if (!m.homepage.isEmpty() && !isHttpUrl(m.homepage))
        return fail(tr("%1: the homepage \"%2\" is not an http:// or https:// address.")
                        .arg(who, m.homepage));
    return {};
}

Expected<QList<Mirror>> MirrorJson::parseDocument(const QByteArray &json, const QString &filePath,
                                                  bool userDefined)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(CoreError::Kind::BadFile,
                         tr("The mirror list is not valid JSON: %1.").arg(parseError.errorString()),
                         filePath, lineOfOffset(json, parseError.offset));
    if (!doc.isObject() || !doc.object().value(QLatin1String("mirrors")).isArray())
        return makeError(CoreError::Kind::BadFile,
                         tr("The mirror list must be a JSON object with a \"mirrors\" array."),
                         filePath);
    const QJsonObject root = doc.object();
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isUndefined() && version.toInt(-1) > kFormatVersion)
        return makeError(CoreError::Kind::BadFile,
                         tr("The mirror list has format version %1, but this version of MirrorDeck "
                            "reads version %2 at most. Update MirrorDeck.")
                             .arg(version.toInt())
                             .arg(kFormatVersion),
                         filePath);

    const QJsonArray entries = root.value(QLatin1String("mirrors")).toArray();
    QList<Mirror> mirrors;
    mirrors.reserve(entries.size());
    QHash<QString, int> seen; // id → how many entries used it so far
    QStringList optionKeys;   // the catalog fields some ecosystem's descriptor accepts
    for (const QString &id : EcosystemRegistry::ids()) {
        for (const MirrorOptionDescription &option : EcosystemRegistry::find(id)->mirrorOptions)
            optionKeys << option.key;
    }
    for (int i = 0; i < entries.size(); ++i) {
        const int number = i + 1;
        if (!entries.at(i).isObject())
            return makeError(CoreError::Kind::BadFile,
                             tr("Entry %1 of \"mirrors\" is not a JSON object.").arg(number),
                             filePath);
        const QJsonObject obj = entries.at(i).toObject();
        const QString rawId = obj.value(kId).toString();
        // Only computed for an error: it scans the whole text.
        const auto line = [&] { return lineOfId(json, rawId, seen.value(rawId) + 1); };
        const QString who = rawId.isEmpty() ? tr("Entry %1").arg(number)
                                            : tr("Entry %1 (\"%2\")").arg(number).arg(rawId);

        // Types first: a number where a string belongs would otherwise read as "missing".
        // Every ecosystem's own fields (Go's "sumdb") are strings too.
        QStringList stringFields = {kId,     kEcosystem, kProtocol, kUrl,        kName,
                                    kNameZh, kHomepage,  kProvider, kProviderZh, kNotes};
        stringFields += optionKeys;
        for (const QString &key : std::as_const(stringFields)) {
            if (obj.contains(key) && !obj.value(key).isString())
                return makeError(CoreError::Kind::BadFile,
                                 tr("%1: \"%2\" must be a string.").arg(who, key), filePath,
                                 line());
        }
        if (obj.contains(kOfficial) && !obj.value(kOfficial).isBool())
            return makeError(CoreError::Kind::BadFile,
                             tr("%1: \"official\" must be true or false.").arg(who), filePath,
                             line());
        for (const QLatin1String key : {kId, kEcosystem, kUrl, kName, kNameZh}) {
            if (!obj.contains(key))
                return makeError(CoreError::Kind::BadFile,
                                 tr("%1: the field \"%2\" is missing.").arg(who, key), filePath,
                                 line());
        }

        Mirror m;
        m.id = rawId;
        m.ecosystem = obj.value(kEcosystem).toString();
        m.url = obj.value(kUrl).toString();
        m.name = obj.value(kName).toString();
        m.nameZh = obj.value(kNameZh).toString();
        m.official = obj.value(kOfficial).toBool(false);
        m.protocol = obj.value(kProtocol).toString();
        m.homepage = obj.value(kHomepage).toString();
        m.provider = obj.value(kProvider).toString();
        m.providerZh = obj.value(kProviderZh).toString();
        m.notes = obj.value(kNotes).toString();
        m.userDefined = userDefined;
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            static const QStringList known = {
                kId,       kEcosystem,  kProtocol, kUrl,
                kName,     kNameZh,     kOfficial, kHomepage,
                kProvider, kProviderZh, kNotes,    QStringLiteral("user_defined")};
            if (optionKeys.contains(it.key()))
                m.setOption(it.key(), it.value().toString());
            else if (!known.contains(it.key()))
                m.extra.insert(it.key(), it.value());
        }

        if (m.protocol.isEmpty())
            m.protocol = EcosystemRegistry::protocolOf(m.ecosystem);
        if (auto valid = validate(m, filePath); !valid) {
            CoreError error = valid.error();
            error.line = line();
            error.kind = CoreError::Kind::BadFile;
            error.message = tr("Entry %1: %2").arg(number).arg(error.message);
            return error;
        }
        if (seen.contains(m.id))
            return makeError(
                CoreError::Kind::BadFile,
                tr("%1: the id \"%2\" is used by an earlier entry; ids must be unique.")
                    .arg(who, m.id),
                filePath, line());
        seen[m.id] += 1;
        mirrors.append(m);
    }
    return mirrors;
}

QJsonObject MirrorJson::toJson(const Mirror &m)
{
    QJsonObject obj = m.extra;
    obj.insert(kId, m.id);
    obj.insert(kEcosystem, m.ecosystem);
    obj.insert(kUrl, m.url);
    obj.insert(kName, m.name);
    obj.insert(kNameZh, m.nameZh);
    obj.insert(kOfficial, m.official);
    auto insertIfSet = [&obj](QLatin1String key, const QString &value) {
        if (!value.isEmpty())
            obj.insert(key, value);
    };
    const Ecosystem *ecosystem = EcosystemRegistry::find(m.ecosystem);
    // The ecosystem's default protocol is implied, as in the files written before protocols.
    if (!m.protocol.isEmpty() && (!ecosystem || m.protocol != ecosystem->protocol))
        obj.insert(kProtocol, m.protocol);
    if (ecosystem) {
        // Written even when empty, as the format always had Go's "sumdb".
        for (const MirrorOptionDescription &option : ecosystem->mirrorOptions)
            obj.insert(option.key, m.option(option.key));
    }
    insertIfSet(kHomepage, m.homepage);
    insertIfSet(kProvider, m.provider);
    insertIfSet(kProviderZh, m.providerZh);
    insertIfSet(kNotes, m.notes);
    return obj;
}

QByteArray MirrorJson::toDocument(const QList<Mirror> &mirrors)
{
    QJsonArray array;
    for (const Mirror &m : mirrors)
        array.append(toJson(m));
    QJsonObject root;
    root.insert(QLatin1String("version"), kFormatVersion);
    root.insert(QLatin1String("mirrors"), array);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

#include "credentials/CredentialEntry.h"

#include <QDir>
#include <QJsonArray>

namespace {

QString shortPath(const QString &path)
{
    const QString home = QDir::homePath();
    if (!home.isEmpty() && path.startsWith(home + QLatin1Char('/')))
        return QStringLiteral("~") + path.mid(home.size());
    return QDir::toNativeSeparators(path);
}

} // namespace

QString CredentialSetupStep::describe() const
{
    const QString where = shortPath(filePath);
    if (holdsSecret)
        return CredentialEntry::tr("secret stored in %1 as well (%2)").arg(where, key);
    if (listElement)
        return CredentialEntry::tr("%1 += %2 in %3").arg(key, value, where);
    return CredentialEntry::tr("%1 = %2 in %3").arg(key, value, where);
}

QJsonObject CredentialSetupStep::toJson() const
{
    return {{QStringLiteral("ecosystem"), ecosystem},
            {QStringLiteral("file"), filePath},
            {QStringLiteral("key"), key},
            {QStringLiteral("value"), value},
            {QStringLiteral("previous"), previousValue},
            {QStringLiteral("listElement"), listElement},
            {QStringLiteral("holdsSecret"), holdsSecret},
            {QStringLiteral("historyEntry"), historyEntry}};
}

CredentialSetupStep CredentialSetupStep::fromJson(const QJsonObject &object)
{
    CredentialSetupStep step;
    step.ecosystem = object.value(QStringLiteral("ecosystem")).toString();
    step.filePath = object.value(QStringLiteral("file")).toString();
    step.key = object.value(QStringLiteral("key")).toString();
    step.value = object.value(QStringLiteral("value")).toString();
    step.previousValue = object.value(QStringLiteral("previous")).toString();
    step.listElement = object.value(QStringLiteral("listElement")).toBool();
    step.holdsSecret = object.value(QStringLiteral("holdsSecret")).toBool();
    step.historyEntry = object.value(QStringLiteral("historyEntry")).toString();
    return step;
}

Expected<QString> CredentialEntry::normaliseUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")) ||
        url.host().isEmpty())
        return makeError(CoreError::Kind::InvalidValue,
                         tr("“%1” is not an http or https URL with a host, e.g. "
                            "https://git.corp.example/team/.")
                             .arg(url.toDisplayString(QUrl::RemoveUserInfo)));
    if (!url.userInfo().isEmpty())
        return makeError(CoreError::Kind::InvalidValue,
                         tr("Leave the user name and password out of the URL: give the user name "
                            "with --username; the secret is read from standard input."));
    if (url.hasQuery() || url.hasFragment())
        return makeError(CoreError::Kind::InvalidValue,
                         tr("The URL must not have a query or a fragment (“?…”, “#…”)."));
    QString path = url.path(QUrl::FullyEncoded);
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    QString result = scheme + QStringLiteral("://") + url.host(QUrl::FullyEncoded).toLower();
    if (url.port() >= 0)
        result += QLatin1Char(':') + QString::number(url.port());
    return result + path;
}

Expected<CredentialUse> CredentialEntry::parseUse(const QString &text)
{
    for (CredentialUse use :
         {CredentialUse::Git, CredentialUse::GoProxy, CredentialUse::Npm, CredentialUse::Pip}) {
        if (text == useName(use))
            return use;
    }
    return makeError(CoreError::Kind::Usage,
                     tr("“%1” is not a use; give one of git, goproxy, npm, pip.").arg(text));
}

QString CredentialEntry::useName(CredentialUse use)
{
    switch (use) {
    case CredentialUse::Git:
        return QStringLiteral("git");
    case CredentialUse::GoProxy:
        return QStringLiteral("goproxy");
    case CredentialUse::Npm:
        return QStringLiteral("npm");
    case CredentialUse::Pip:
        return QStringLiteral("pip");
    }
    return {};
}

QString CredentialEntry::useDescription(CredentialUse use)
{
    switch (use) {
    case CredentialUse::Git:
        return tr("Git host (git clone, go get of private modules)");
    case CredentialUse::GoProxy:
        return tr("Private Go module proxy");
    case CredentialUse::Npm:
        return tr("npm registry");
    case CredentialUse::Pip:
        return tr("pip package index");
    }
    return {};
}

QString CredentialEntry::scheme() const
{
    return qurl().scheme();
}

QString CredentialEntry::host() const
{
    return qurl().host(QUrl::FullyEncoded);
}

QString CredentialEntry::hostPort() const
{
    const QUrl parsed = qurl();
    QString result = parsed.host(QUrl::FullyEncoded);
    if (parsed.port() >= 0)
        result += QLatin1Char(':') + QString::number(parsed.port());
    return result;
}

QString CredentialEntry::pathPrefix() const
{
    return qurl().path(QUrl::FullyEncoded);
}

QString CredentialEntry::tokenVariable() const
{
    QString name = QStringLiteral("MIRRORDECK_TOKEN_");
    const QString tail = hostPort() + pathPrefix();
    bool lastWasUnderscore = true;
    for (const QChar c : tail) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            name += c.toUpper();
            lastWasUnderscore = false;
        } else if (!lastWasUnderscore) {
            name += QLatin1Char('_');
            lastWasUnderscore = true;
        }
    }
    while (name.endsWith(QLatin1Char('_')))
        name.chop(1);
    return name;
}

bool CredentialEntry::matches(const QString &protocol, const QString &requestHostPort,
                              const QString &path) const
{
    if (protocol.compare(scheme(), Qt::CaseInsensitive) != 0 ||
        requestHostPort.compare(hostPort(), Qt::CaseInsensitive) != 0)
        return false;
    const QString prefix = pathPrefix();
    if (prefix == QLatin1String("/") || path.isNull())
        return true; // git sends no path unless credential.useHttpPath is set
    QString requested = path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path;
    if (!requested.endsWith(QLatin1Char('/')))
        requested += QLatin1Char('/');
    return requested.startsWith(prefix);
}

QStringList CredentialEntry::filesHoldingSecret() const
{
    QStringList files;
    for (const CredentialSetupStep &step : setup) {
        if (step.holdsSecret)
            files.append(step.filePath);
    }
    return files;
}

QJsonObject CredentialEntry::toJson() const
{
    QJsonArray steps;
    for (const CredentialSetupStep &step : setup)
        steps.append(step.toJson());
    QJsonObject object{{QStringLiteral("url"), url},
                       {QStringLiteral("use"), useName(use)},
                       {QStringLiteral("username"), username},
                       {QStringLiteral("added"), added.toString(Qt::ISODate)},
                       {QStringLiteral("setup"), steps}};
    if (!npmScope.isEmpty())
        object.insert(QStringLiteral("npmScope"), npmScope);
    return object;
}

Expected<CredentialEntry> CredentialEntry::fromJson(const QJsonObject &object)
{
    CredentialEntry entry;
    MIRRORDECK_TRY_ASSIGN(url, normaliseUrl(object.value(QStringLiteral("url")).toString()));
    MIRRORDECK_TRY_ASSIGN(use, parseUse(object.value(QStringLiteral("use")).toString()));
    entry.url = url;
    entry.use = use;
    entry.username = object.value(QStringLiteral("username")).toString();
    entry.npmScope = object.value(QStringLiteral("npmScope")).toString();
    entry.added =
        QDateTime::fromString(object.value(QStringLiteral("added")).toString(), Qt::ISODate);
    const QJsonArray steps = object.value(QStringLiteral("setup")).toArray();
    for (const QJsonValue &step : steps)
        entry.setup.append(CredentialSetupStep::fromJson(step.toObject()));
    return entry;
}

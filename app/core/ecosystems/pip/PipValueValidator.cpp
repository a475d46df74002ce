#include "PipValueValidator.h"

#include "ecosystems/pip/PipConf.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace {

const QString kIndexExample = QStringLiteral("https://pypi.tuna.tsinghua.edu.cn/simple");

bool hasWhitespace(const QString &value)
{
    for (const QChar c : value) {
        if (PipConf::isPythonSpace(c))
            return true;
    }
    return false;
}

// host or host:port, IPv6 in brackets (or bare, which pip wraps in brackets itself).
bool splitHostPort(const QString &entry, QString *host, int *port)
{
    *port = -1;
    QString rest = entry;
    if (rest.startsWith(QLatin1Char('['))) {
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        if (close < 0)
            return false;
        *host = rest.mid(1, close - 1);
        rest = rest.mid(close + 1);
        if (QHostAddress(*host).protocol() != QAbstractSocket::IPv6Protocol)
            return false;
    } else if (rest.count(QLatin1Char(':')) >= 2) {
        *host = rest;
        return QHostAddress(rest).protocol() == QAbstractSocket::IPv6Protocol;
    } else {
        const qsizetype colon = rest.indexOf(QLatin1Char(':'));
        *host = colon < 0 ? rest : rest.left(colon);
        rest = colon < 0 ? QString() : rest.mid(colon);
        static const QRegularExpression hostPattern(
            QStringLiteral("^(?=.{1,253}$)[A-Za-z0-9_]([A-Za-z0-9_-]{0,62})(\\.[A-Za-z0-9_]([A-Za-"
                           "z0-9_-]{0,62}))*\\.?$"));
        if (!hostPattern.match(*host).hasMatch())
            return false;
    }
    if (rest.isEmpty())
        return true;
    if (!rest.startsWith(QLatin1Char(':')))
        return false;
    bool ok = false;
    const QString digits = rest.mid(1);
    *port = digits.toInt(&ok);
    static const QRegularExpression allDigits(QStringLiteral("^[0-9]{1,5}$"));
    return ok && allDigits.match(digits).hasMatch() && *port >= 1 && *port <= 65535;
}

} // namespace

Expected<void> PipValueValidator::validate(const QString &key, const QString &value)
{
    const QString name = key.section(QLatin1Char('.'), 1);
    const QString normalized = PipConf::normalizeName(name);
    if (normalized == QLatin1String("index-url"))
        return validateIndexUrl(key, value);
    if (normalized == QLatin1String("extra-index-url") ||
        normalized == QLatin1String("trusted-host")) {
        const QStringList entries = PipConf::splitValues(value);
        if (entries.isEmpty())
            return makeError(CoreError::Kind::InvalidValue,
                             tr("%1 needs at least one entry; separate several with spaces, "
                                "for example: %2. To remove the key, unset it instead.")
                                 .arg(key, normalized == QLatin1String("trusted-host")
                                               ? QStringLiteral("mirrors.example.com")
                                               : kIndexExample));
        for (const QString &entry : entries) {
            Expected<void> ok = normalized == QLatin1String("trusted-host")
                                    ? validateTrustedHost(key, entry)
                                    : validateIndexUrl(key, entry);
            if (!ok)
                return ok;
        }
        return {};
    }
    if (normalized == QLatin1String("timeout")) {
        static const QRegularExpression number(QStringLiteral("^([0-9]+(\\.[0-9]*)?|\\.[0-9]+)$"));
        if (!number.match(value).hasMatch() || value.toDouble() <= 0)
            return makeError(CoreError::Kind::InvalidValue,
                             tr("%1 must be a positive number of seconds, such as 15 or 60.5; "
                                "“%2” is not.")
                                 .arg(key, value));
        return {};
    }
    return makeError(CoreError::Kind::UnknownKey,
                     tr("MirrorDeck does not manage the pip key “%1”. Known keys: "
                        "global.index-url, global.extra-index-url, global.trusted-host, "
                        "global.timeout.")
                         .arg(key));
}

Expected<void> PipValueValidator::validateIndexUrl(const QString &key, const QString &url)
{
    if (url.isEmpty())
        return makeError(CoreError::Kind::InvalidValue,
                         tr("%1 cannot be empty; give the index's full URL, for example %2. To "
                            "go back to PyPI, unset the key.")
                             .arg(key, kIndexExample));
    if (hasWhitespace(url))
        return makeError(CoreError::Kind::InvalidValue,
                         tr("%1 must be a single URL without spaces (“%2”); for example %3.")
                             .arg(key, url, kIndexExample));
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || scheme.isEmpty() || !url.contains(QLatin1String("://")))
        return makeError(CoreError::Kind::InvalidValue,
                         tr("%1 must be an absolute URL starting with https://, http:// or "
                            "file://; “%2” is not (pip would take it for a local path). For "
                            "example %3.")
                             .arg(key, url, kIndexExample));
    if (scheme == QLatin1String("file")) {
        if (parsed.path().isEmpty())
            return makeError(CoreError::Kind::InvalidValue,
                             tr("%1: the file URL “%2” names no directory; for example "
                                "file:///srv/simple.")
                                 .arg(key, url));
        return {};
    }
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return makeError(CoreError::Kind::InvalidValue,
                         tr("%1: pip cannot read an index over “%2”; use https:// (or http:// "
                            "or file://), for example %3.")
                             .arg(key, scheme, kIndexExample));
    if (parsed.host().isEmpty())
        return makeError(
            CoreError::Kind::InvalidValue,
            tr("%1: “%2” has no host name; for example %3.").arg(key, url, kIndexExample));
    if (!parsed.fragment().isNull())
        return makeError(CoreError::Kind::InvalidValue,
                         tr("%1: “%2” has a #fragment, which an index URL never has; for "
                            "example %3.")
                             .arg(key, url, kIndexExample));
    return {};
}

Expected<void> PipValueValidator::validateTrustedHost(const QString &key, const QString &host)
{
    if (host.contains(QLatin1String("://")) || host.contains(QLatin1Char('/')))
        return makeError(CoreError::Kind::InvalidValue,
                         tr("%1 takes host names, not URLs: write “%2” without scheme or path, "
                            "for example mirrors.aliyun.com or 10.0.0.5:8080.")
                             .arg(key, host));
    QString hostName;
    int port = -1;
    if (!splitHostPort(host, &hostName, &port))
        return makeError(CoreError::Kind::InvalidValue,
                         tr("%1: “%2” is not a host name or host:port; for example "
                            "mirrors.aliyun.com or 10.0.0.5:8080.")
                             .arg(key, host));
    return {};
}

QString PipValueValidator::trustedHostFor(const QString &indexUrl)
{
    const QUrl url(indexUrl);
    if (url.scheme().toLower() != QLatin1String("http") || url.host().isEmpty())
        return {};
    QString host = url.host(QUrl::FullyEncoded);
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return url.port() > 0 ? host + QLatin1Char(':') + QString::number(url.port()) : host;
}

bool PipValueValidator::trustedHostCovers(const QString &entry, const QString &needed)
{
    QString entryHost, neededHost;
    int entryPort = -1, neededPort = -1;
    if (!splitHostPort(entry, &entryHost, &entryPort) ||
        !splitHostPort(needed, &neededHost, &neededPort))
        return false;
    if (entryHost.compare(neededHost, Qt::CaseInsensitive) != 0)
        return false;
    return entryPort < 0 || entryPort == neededPort;
}

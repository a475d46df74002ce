#include "NpmValueValidator.h"

#include "ecosystems/npm/NpmIniSyntax.h"

#include <QRegularExpression>
#include <QUrl>

namespace {

const QString kRegistry = QStringLiteral("registry");
const QString kStrictSsl = QStringLiteral("strict-ssl");
const QString kScopedSuffix = QStringLiteral(":registry");

} // namespace

bool NpmValueValidator::isValidScope(const QString &scope)
{
    // validate-npm-package-name, for new packages: URL-friendly, lowercase, none of ~'!()*,
    // not starting with '.' or '_' — and at most 214 characters for the whole name.
    static const QRegularExpression pattern(QStringLiteral("^@[a-z0-9-][a-z0-9._-]{0,212}$"));
    return pattern.match(scope).hasMatch();
}

bool NpmValueValidator::isScopedRegistryKey(const QString &key)
{
    return key.endsWith(kScopedSuffix) && isValidScope(key.chopped(kScopedSuffix.size()));
}

bool NpmValueValidator::isRegistryKey(const QString &key)
{
    return key == kRegistry || isScopedRegistryKey(key);
}

Expected<void> NpmValueValidator::validate(const QString &key, const QString &value,
                                           const QProcessEnvironment &environment)
{
    if (key == kStrictSsl) {
        if (value == QLatin1String("true") || value == QLatin1String("false"))
            return {};
        return makeError(CoreError::Kind::InvalidValue,
                         tr("strict-ssl must be true or false, not \"%1\" (npm reads anything "
                            "else unpredictably: \"no\" counts as true). Example: "
                            "strict-ssl=false")
                             .arg(value));
    }
    if (!isRegistryKey(key)) {
        if (key.startsWith(QLatin1Char('@')) && key.endsWith(kScopedSuffix))
            return makeError(CoreError::Kind::UnknownKey,
                             tr("\"%1\" is not a valid npm scope: a scope is @ followed by "
                                "lowercase letters, digits, '-', '.' or '_'. Example: "
                                "@mycompany:registry")
                                 .arg(key.chopped(kScopedSuffix.size())));
        return makeError(CoreError::Kind::UnknownKey,
                         tr("MirrorDeck does not manage the npm key \"%1\"; it manages registry, "
                            "@scope:registry and strict-ssl.")
                             .arg(key));
    }

    const QString example = tr("Example: %1=https://registry.npmmirror.com/").arg(key);
    const QString expanded = NpmIniSyntax::expand(value, environment);
    if (expanded.contains(QLatin1String("${")))
        return makeError(CoreError::Kind::InvalidValue,
                         tr("%1 refers to an environment variable that is not set (%2), so npm "
                            "would read it literally. %3")
                             .arg(key, value, example));
    if (expanded.isEmpty())
        return makeError(
            CoreError::Kind::InvalidValue,
            tr("%1 must not be empty; unset it to use the default. %2").arg(key, example));
    for (const QChar c : expanded) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return makeError(CoreError::Kind::InvalidValue,
                             tr("%1 must be a URL without spaces or control characters, not "
                                "\"%2\". %3")
                                 .arg(key, value, example));
    }
    const QUrl url(expanded, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        url.host().isEmpty())
        return makeError(CoreError::Kind::InvalidValue,
                         tr("%1 must be an absolute http:// or https:// URL with a host name, "
                            "not \"%2\". %3")
                             .arg(key, value, example));
    if (url.hasQuery() || url.hasFragment())
        return makeError(CoreError::Kind::InvalidValue,
                         tr("%1 must not contain a query (?…) or fragment (#…): npm appends "
                            "package paths to it. %2")
                             .arg(key, example));
    return {};
}

QStringList NpmValueValidator::hints(const QString &key, const QString &value,
                                     const QProcessEnvironment &environment)
{
    QStringList result;
    if (!isRegistryKey(key))
        return result;
    const QString expanded = NpmIniSyntax::expand(value, environment);
    const QUrl url(expanded);
    if (url.isValid() && !url.host().isEmpty() && !url.path().endsWith(QLatin1Char('/')) &&
        !url.path().isEmpty()) {
        result << tr("%1 has no trailing slash. npm keeps credentials per \"nerf dart\": for %2 "
                     "that is %3, not %4, so “npm login” stores its token under %3 and "
                     "npm's own commands look for it there. MirrorDeck writes "
                     "the URL exactly as given; add a trailing slash unless this is intended.")
                      .arg(key, value, nerfDart(expanded), nerfDart(expanded + QLatin1Char('/')));
    }
    if (url.scheme() == QLatin1String("http"))
        result << tr("%1 uses plain http://: packages and tokens travel unencrypted.").arg(key);
    return result;
}

QString NpmValueValidator::nerfDart(const QString &url)
{
    // new URL('.', protocol//host/pathname): the directory part of the path, host with port.
    const QUrl parsed(url);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return {};
    QString path = parsed.path(QUrl::FullyEncoded);
    if (path.isEmpty())
        path = QStringLiteral("/");
    path = path.left(path.lastIndexOf(QLatin1Char('/')) + 1);
    QString host = parsed.host(QUrl::FullyEncoded);
    const int port = parsed.port();
    const bool defaultPort = (parsed.scheme() == QLatin1String("https") && port == 443) ||
                             (parsed.scheme() == QLatin1String("http") && port == 80);
    if (port >= 0 && !defaultPort)
        host += QLatin1Char(':') + QString::number(port);
    return QStringLiteral("//") + host + path;
}

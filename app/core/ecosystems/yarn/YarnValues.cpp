#include "ecosystems/yarn/YarnValues.h"

#include <QRegularExpression>
#include <QUrl>

const QString YarnValues::kRegistry = QStringLiteral("npmRegistryServer");
const QString YarnValues::kWhitelist = QStringLiteral("unsafeHttpWhitelist");
const QString YarnValues::kDefaultRegistry = QStringLiteral("https://registry.yarnpkg.com");

namespace {

const QString kScopesPrefix = QStringLiteral("npmScopes.");
const QString kScopeSuffix = QStringLiteral(".npmRegistryServer");

} // namespace

QString YarnValues::expand(const QString &text, const QProcessEnvironment &env, QString *missing)
{
    // Yarn: /\${(?<variableName>[\d\w_]+)(?<colon>:)?(?:-(?<fallback>[^}]*))?}/g
    static const QRegularExpression reference(
        QStringLiteral("\\$\\{([\\d\\w_]+)(:)?(?:-([^}]*))?\\}"));
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = reference.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += text.mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const QString name = match.captured(1);
        const bool exists = env.contains(name);
        const QString value = env.value(name);
        if (!value.isEmpty() || (exists && !match.hasCaptured(2)))
            out += value;
        else if (match.hasCaptured(3))
            out += match.captured(3);
        else {
            if (missing && missing->isEmpty())
                *missing = name;
            out += match.captured(0);
        }
    }
    return out + text.mid(last);
}

QString YarnValues::scopeOf(const QString &key)
{
    if (!key.startsWith(kScopesPrefix) || !key.endsWith(kScopeSuffix))
        return {};
    return key.mid(kScopesPrefix.size(), key.size() - kScopesPrefix.size() - kScopeSuffix.size());
}

QString YarnValues::scopeKey(const QString &scope)
{
    return kScopesPrefix + scope + kScopeSuffix;
}

bool YarnValues::isKnownKey(const QString &key)
{
    return key == kRegistry || key == kWhitelist || !scopeOf(key).isEmpty();
}

QStringList YarnValues::pathOf(const QString &key)
{
    const QString scope = scopeOf(key);
    if (!scope.isEmpty())
        return {QStringLiteral("npmScopes"), scope, kRegistry};
    return {key};
}

QString YarnValues::environmentVariable(const QString &key)
{
    if (!scopeOf(key).isEmpty())
        return {};
    QString snake = QStringLiteral("YARN_");
    for (const QChar c : key) {
        if (c.isUpper())
            snake += QLatin1Char('_');
        snake += c.toUpper();
    }
    return snake;
}

QString YarnValues::overridingVariable(const QString &key, const QProcessEnvironment &env)
{
    const QString wanted = environmentVariable(key);
    if (wanted.isEmpty())
        return {};
    const QStringList names = env.keys();
    for (const QString &name : names) {
        if (name.compare(wanted, Qt::CaseInsensitive) == 0)
            return name;
    }
    return {};
}

bool YarnValues::hostMatches(const QString &host, const QStringList &patterns)
{
    for (const QString &pattern : patterns) {
        QString regex;
        for (const QChar c : pattern) {
            if (c == QLatin1Char('*'))
                regex += QStringLiteral("[^/]*");
            else if (c == QLatin1Char('?'))
                regex += QStringLiteral("[^/]");
            else
                regex += QRegularExpression::escape(QString(c));
        }
        const QRegularExpression re(QRegularExpression::anchoredPattern(regex),
                                    QRegularExpression::CaseInsensitiveOption);
        if (re.match(host).hasMatch())
            return true;
    }
    return false;
}

Expected<void> YarnValues::validate(const QString &key, const QString &value,
                                    const QProcessEnvironment &env)
{
    if (!isKnownKey(key))
        return makeError(CoreError::Kind::UnknownKey,
                         tr("MirrorDeck does not manage the Yarn key \"%1\"; it manages "
                            "npmRegistryServer, npmScopes.<scope>.npmRegistryServer and "
                            "unsafeHttpWhitelist.")
                             .arg(key));
    auto invalid = [&](const QString &why) {
        return makeError(CoreError::Kind::InvalidValue,
                         tr("\"%1\" is not a valid value for %2: %3").arg(value, key, why));
    };
    if (value.contains(QLatin1Char('\n')) && key != kWhitelist)
        return invalid(tr("it must be on one line."));
    const QString scope = scopeOf(key);
    if (!scope.isEmpty()) {
        static const QRegularExpression scopeName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._~-]*$"));
        if (scope.startsWith(QLatin1Char('@')))
            return makeError(CoreError::Kind::InvalidValue,
                             tr("Yarn names scopes without the \"@\": use "
                                "npmScopes.%1.npmRegistryServer.")
                                 .arg(scope.mid(1)));
        if (!scopeName.match(scope).hasMatch())
            return makeError(CoreError::Kind::InvalidValue,
                             tr("\"%1\" is not a valid npm scope name (letters, digits, \"-\", "
                                "\".\", \"_\" and \"~\").")
                                 .arg(scope));
    }
    if (key == kWhitelist) {
        static const QRegularExpression host(QStringLiteral("^[A-Za-z0-9*?_.-]+$"));
        static const QRegularExpression separators(QStringLiteral("[\\n,]"));
        QStringList hosts;
        for (const QString &entry : value.split(separators, Qt::SkipEmptyParts)) {
            if (!entry.trimmed().isEmpty())
                hosts << entry.trimmed();
        }
        if (hosts.isEmpty())
            return invalid(tr("give at least one host name, such as 127.0.0.1 or "
                              "*.example.com."));
        for (const QString &entry : hosts) {
            if (!host.match(entry).hasMatch())
                return invalid(tr("\"%1\" is not a host name or a host glob (no scheme, port "
                                  "or path: Yarn compares the host name alone).")
                                   .arg(entry));
        }
        return {};
    }
    QString missing;
    const QString expanded = expand(value, env, &missing);
    if (!missing.isEmpty())
        return {}; // checked when the variable is known; planning notes it
    const QUrl url(expanded, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return invalid(tr("a registry is an http:// or https:// URL with a host, such as "
                          "https://registry.npmmirror.com."));
    if (url.hasQuery() || url.hasFragment())
        return invalid(tr("Yarn appends package paths to the registry URL, so it cannot carry "
                          "a query or a fragment."));
    return {};
}

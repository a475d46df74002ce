#include "GoValueValidator.h"

#include "ecosystems/go/GoProxyList.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace {

const char kProxyExample[] = "https://goproxy.cn,direct";
const char kSumdbExample[] = "sum.golang.org https://goproxy.cn/sumdb/sum.golang.org";
const char kGlobExample[] = "*.corp.example.com,github.com/my-org";

// The one checksum database the go command knows by name (modfetch/key.go).
const char kSumGolangOrgKey[] =
    "sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8";

bool hasWhitespace(const QString &text)
{
    for (const QChar c : text) {
        if (c.isSpace())
            return true;
    }
    return false;
}

} // namespace

CoreError GoValueValidator::invalid(const QString &key, const QString &problem,
                                    const QString &example)
{
    return makeError(
        CoreError::Kind::InvalidValue,
        tr("Invalid %1: %2 Example of a valid value: %1=%3").arg(key, problem, example));
}

Expected<void> GoValueValidator::validate(const QString &key, const QString &value)
{
    if (key == QLatin1String("GOPROXY"))
        return validateProxyList(key, value);
    if (key == QLatin1String("GOSUMDB"))
        return validateSumdb(key, value);
    if (key == QLatin1String("GOPRIVATE") || key == QLatin1String("GONOPROXY") ||
        key == QLatin1String("GONOSUMDB") || key == QLatin1String("GOINSECURE"))
        return validateGlobList(key, value);
    return makeError(CoreError::Kind::UnknownKey,
                     tr("%1 is not a Go setting MirrorDeck manages (GOPROXY, GOSUMDB, GOPRIVATE, "
                        "GONOPROXY, GONOSUMDB, GOINSECURE).")
                         .arg(key));
}

Expected<void> GoValueValidator::checkCharacters(const QString &key, const QString &value)
{
    const QString example = exampleFor(key);
    if (value.endsWith(QLatin1Char('\r')))
        return invalid(key,
                       tr("the value ends with a carriage return (\\r). The file probably has "
                          "Windows (CRLF) line endings; the go command reads the \\r as part of "
                          "the value."),
                       example);
    // The characters `go env -w` refuses: they cannot be stored on one line of the env file.
    for (const QChar c : value) {
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n') || c == QLatin1Char('\v') ||
            c == QChar(0))
            return invalid(key, tr("the value contains a line break or NUL character."), example);
    }
    return {};
}

QString GoValueValidator::exampleFor(const QString &key)
{
    if (key == QLatin1String("GOPROXY"))
        return QString::fromLatin1(kProxyExample);
    if (key == QLatin1String("GOSUMDB"))
        return QString::fromLatin1(kSumdbExample);
    return QString::fromLatin1(kGlobExample);
}

Expected<void> GoValueValidator::validateProxyList(const QString &key, const QString &value)
{
    const QString example = exampleFor(key);
    if (Expected<void> ok = checkCharacters(key, value); !ok)
        return ok;
    if (value.isEmpty())
        return invalid(key, tr("the value is empty (to go back to the default, unset the key)."),
                       example);
    const GoProxyList list = GoProxyList::parse(value);
    if (list.isEmpty())
        return invalid(key, tr("the list contains no entries."), example);
    for (const GoProxyList::Entry &entry : list.entries()) {
        if (GoProxyList::isKeyword(entry.text))
            break; // "off" and "direct" end the list; the go command ignores what follows
        const QString url = GoProxyList::effectiveUrl(entry.text);
        if (hasWhitespace(url))
            return invalid(key, tr("the entry \"%1\" contains white space.").arg(entry.text),
                           example);
        const QUrl parsed(url, QUrl::StrictMode);
        const QString scheme = parsed.scheme().toLower();
        if (!parsed.isValid())
            return invalid(key, tr("the entry \"%1\" is not a valid URL.").arg(entry.text),
                           example);
        if (scheme.isEmpty())
            return invalid(key,
                           tr("the entry \"%1\" has no scheme; use https://host/path, or the "
                              "keywords direct or off.")
                               .arg(entry.text),
                           example);
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https")) {
            if (parsed.host().isEmpty())
                return invalid(key, tr("the entry \"%1\" has no host name.").arg(entry.text),
                               example);
        } else if (scheme == QLatin1String("file")) {
            if (!parsed.host().isEmpty() || !parsed.userInfo().isEmpty() || parsed.hasQuery() ||
                parsed.hasFragment() || parsed.port() != -1)
                return invalid(
                    key, tr("the file:// entry \"%1\" may only contain a path.").arg(entry.text),
                    example);
        } else {
            return invalid(key,
                           tr("the entry \"%1\" uses the scheme \"%2\"; the go command accepts "
                              "only https, http and file.")
                               .arg(entry.text, scheme),
                           example);
        }
    }
    return {};
}

bool GoValueValidator::isVerifierKey(const QString &key, QString *name)
{
    // note.NewVerifier: name+hash16+base64(alg byte + key), hash = first 4 bytes (big endian) of
    // SHA-256(name + "\n" + alg+key).
    const QStringList parts = key.split(QLatin1Char('+'));
    if (parts.size() < 3)
        return false;
    const QString keyName = parts.at(0);
    const QString hash16 = parts.at(1);
    const QString key64 = parts.mid(2).join(QLatin1Char('+'));
    if (keyName.isEmpty() || hasWhitespace(keyName) || hash16.size() != 8)
        return false;
    bool hexOk = false;
    const quint32 hash = hash16.toUInt(&hexOk, 16);
    if (!hexOk || key64.isEmpty() || key64.size() % 4 != 0)
        return false;
    const auto decoded =
        QByteArray::fromBase64Encoding(key64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return false;
    const QByteArray keyBytes = decoded.decoded;
    const QByteArray digest =
        QCryptographicHash::hash(keyName.toUtf8() + '\n' + keyBytes, QCryptographicHash::Sha256);
    const quint32 expected = (quint32(quint8(digest[0])) << 24) |
                             (quint32(quint8(digest[1])) << 16) |
                             (quint32(quint8(digest[2])) << 8) | quint32(quint8(digest[3]));
    if (hash != expected)
        return false;
    // Algorithm 1 is Ed25519 with a 32-byte public key; the go command knows no other.
    if (keyBytes.at(0) != 1 || keyBytes.size() != 33)
        return false;
    if (name)
        *name = keyName;
    return true;
}

Expected<void> GoValueValidator::validateSumdb(const QString &key, const QString &value)
{
    const QString example = exampleFor(key);
    if (Expected<void> ok = checkCharacters(key, value); !ok)
        return ok;
    if (value == QLatin1String("off") || value == QLatin1String("sum.golang.google.cn"))
        return {};
    const QStringList fields =
        value.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (fields.isEmpty())
        return invalid(key, tr("the value is empty (to go back to the default, unset the key)."),
                       example);
    if (fields.size() > 2)
        return invalid(key,
                       tr("too many fields; the form is \"name\", \"name+key\" or followed by "
                          "one URL."),
                       example);
    QString name;
    if (fields.at(0) == QLatin1String("sum.golang.org")) {
        isVerifierKey(QString::fromLatin1(kSumGolangOrgKey), &name);
    } else if (!isVerifierKey(fields.at(0), &name)) {
        return invalid(key,
                       tr("\"%1\" is neither sum.golang.org nor a verifier key of the form "
                          "name+hash+key (the go command knows other databases only by their "
                          "full key).")
                           .arg(fields.at(0)),
                       example);
    }
    // The database name must be host[/path], nothing else.
    const QUrl direct(QStringLiteral("https://") + name, QUrl::StrictMode);
    if (!direct.isValid() || direct.host().isEmpty() || name.endsWith(QLatin1Char('/')) ||
        name.contains(QLatin1Char('?')) || name.contains(QLatin1Char('#')) ||
        name.contains(QLatin1Char('@')) || name.contains(QLatin1Char('%')))
        return invalid(key, tr("the database name \"%1\" must be host[/path].").arg(name), example);
    if (fields.size() == 2) {
        const QUrl url(fields.at(1), QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() ||
            (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
            return invalid(key,
                           tr("\"%1\" is not an http(s) URL of a checksum database or its proxy.")
                               .arg(fields.at(1)),
                           example);
    }
    return {};
}

bool GoValueValidator::isWellFormedGlob(const QString &pattern)
{
    // Mirrors path.Match's scanChunk/matchChunk/getEsc error cases.
    const qsizetype n = pattern.size();
    qsizetype i = 0;
    auto getEsc = [&](qsizetype &pos) {
        if (pos >= n || pattern.at(pos) == QLatin1Char('-') || pattern.at(pos) == QLatin1Char(']'))
            return false;
        if (pattern.at(pos) == QLatin1Char('\\')) {
            ++pos;
            if (pos >= n)
                return false;
        }
        ++pos;
        return pos < n; // a class must still be closed
    };
    while (i < n) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('\\')) {
            if (i + 1 >= n)
                return false;
            i += 2;
        } else if (c == QLatin1Char('[')) {
            ++i;
            if (i < n && pattern.at(i) == QLatin1Char('^'))
                ++i;
            int ranges = 0;
            for (;;) {
                if (i < n && pattern.at(i) == QLatin1Char(']') && ranges > 0) {
                    ++i;
                    break;
                }
                if (!getEsc(i))
                    return false;
                if (pattern.at(i) == QLatin1Char('-')) {
                    ++i;
                    if (!getEsc(i))
                        return false;
                }
                ++ranges;
            }
        } else {
            ++i;
        }
    }
    return true;
}

Expected<void> GoValueValidator::validateGlobList(const QString &key, const QString &value)
{
    const QString example = exampleFor(key);
    if (Expected<void> ok = checkCharacters(key, value); !ok)
        return ok;
    if (value.isEmpty())
        return invalid(key, tr("the value is empty (to go back to the default, unset the key)."),
                       example);
    const QStringList globs = value.split(QLatin1Char(','));
    for (const QString &glob : globs) {
        if (glob.isEmpty())
            continue; // the go command skips empty patterns
        if (hasWhitespace(glob))
            return invalid(key,
                           tr("the pattern \"%1\" contains white space; the go command does not "
                              "trim spaces around commas, so this pattern never matches.")
                               .arg(glob),
                           example);
        if (glob.contains(QLatin1String("://")))
            return invalid(key,
                           tr("the pattern \"%1\" contains a URL scheme; patterns match module "
                              "paths such as example.com/org, without https://.")
                               .arg(glob),
                           example);
        if (!isWellFormedGlob(glob))
            return invalid(key,
                           tr("the pattern \"%1\" is not a valid glob (check \"[...]\" classes "
                              "and backslashes).")
                               .arg(glob),
                           example);
    }
    return {};
}

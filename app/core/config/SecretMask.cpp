#include "SecretMask.h"

#include "config/LineDocument.h"

#include <QRegularExpression>

namespace {

const QByteArray kMarkerBytes(SecretMask::kMarker);

bool isVariableReference(const QString &value)
{
    static const QRegularExpression reference(QStringLiteral("^\\$\\{[^}]+\\}$"));
    return reference.match(value.trimmed()).hasMatch();
}

// Replaces capture group `group` of every match by the marker, unless it is already one or a
// ${VAR} reference (which names a secret but is none).
QString replaceGroup(const QString &text, const QRegularExpression &pattern, int group)
{
    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    bool changed = false;
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString secret = match.captured(group);
        if (secret.isEmpty() || secret == QLatin1String(SecretMask::kMarker) ||
            isVariableReference(secret))
            continue;
        result += text.mid(last, match.capturedStart(group) - last);
        result += QLatin1String(SecretMask::kMarker);
        last = match.capturedEnd(group);
        changed = true;
    }
    if (!changed)
        return text;
    result += text.mid(last);
    return result;
}

QString maskString(const QString &text)
{
    // npm: `//host/:_authToken=…`, `_auth=…`, `//host/:_password=…` (any key ending so).
    static const QRegularExpression npmAuth(
        QStringLiteral(
            "^(\\s*(?:[^\\s=;#][^=]*?)?(?:_authToken|_auth|_password)\\s*=\\s*)(.*?)(\\s*)$"),
        QRegularExpression::CaseInsensitiveOption);
    // URL user info: the password of user:password@, or a lone token before @ in http(s) URLs.
    static const QRegularExpression urlPassword(
        QStringLiteral("([A-Za-z][A-Za-z0-9+.-]*://[^/\\s:@]*:)([^/\\s@]+)(@)"));
    static const QRegularExpression urlToken(QStringLiteral("(https?://)([^/\\s:@]+)(@)"),
                                             QRegularExpression::CaseInsensitiveOption);
    // .netrc: `password SECRET` (also `machine h login u password SECRET` on one line).
    static const QRegularExpression netrcPassword(
        QStringLiteral("(^|\\s)(?:password|passwd)\\s+([^\\s=]\\S*)"));

    // YAML `key: value` and TOML `key = "value"` whose key names a secret (a registry token in
    // a tool's YAML or TOML settings file): …AuthToken, …AuthIdent, …Password, token,
    // password. `tokenHelper=` and `npmAlwaysAuth:` are no secrets and do not match.
    static const QRegularExpression keyedSecret(
        QStringLiteral("^(\\s*(?:[A-Za-z0-9_.-]*?)(?:AuthToken|AuthIdent|Password|\\btoken|"
                       "\\bpassword)[\"']?\\s*[:=]\\s*)(.*?)(\\s*)$"));

    QString result = replaceGroup(text, npmAuth, 2);
    result = replaceGroup(result, keyedSecret, 2);
    result = replaceGroup(result, urlPassword, 2);
    result = replaceGroup(result, urlToken, 2);
    result = replaceGroup(result, netrcPassword, 2);
    return result;
}

} // namespace

namespace SecretMask {

QByteArray maskLine(const QByteArray &line)
{
    const QString text = QString::fromUtf8(line);
    const QString masked = maskString(text);
    return masked == text ? line : masked.toUtf8();
}

QByteArray mask(const QByteArray &bytes)
{
    LineDocument document = LineDocument::fromBytes(bytes);
    bool changed = false;
    for (int index = 0; index < document.lineCount(); ++index) {
        const QByteArray masked = maskLine(document.line(index));
        if (masked != document.line(index)) {
            document.replaceLine(index, masked);
            changed = true;
        }
    }
    return changed ? document.toBytes() : bytes;
}

QString maskText(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = maskString(line);
    return lines.join(QLatin1Char('\n'));
}

bool isMasked(const QByteArray &bytes)
{
    return bytes.contains(kMarkerBytes);
}

bool isMasked(const QString &text)
{
    return text.contains(QLatin1String(kMarker));
}

QByteArray unmask(const QByteArray &masked, const QByteArray &current, QStringList *lost)
{
    if (!isMasked(masked))
        return masked;
    const LineDocument now = LineDocument::fromBytes(current);
    QList<bool> used(now.lineCount(), false);
    LineDocument document = LineDocument::fromBytes(masked);
    // In file order, so twin lines (two tokens with the same key shape) keep their order.
    for (int index = 0; index < document.lineCount();) {
        const QByteArray line = document.line(index);
        if (!line.contains(kMarkerBytes)) {
            ++index;
            continue;
        }
        int found = -1;
        for (int candidate = 0; candidate < now.lineCount(); ++candidate) {
            if (!used.at(candidate) && maskLine(now.line(candidate)) == line) {
                found = candidate;
                break;
            }
        }
        if (found >= 0) {
            used[found] = true;
            document.replaceLine(index, now.line(found));
            ++index;
        } else {
            if (lost)
                lost->append(QString::fromUtf8(line));
            document.removeLine(index);
        }
    }
    return document.toBytes();
}

} // namespace SecretMask

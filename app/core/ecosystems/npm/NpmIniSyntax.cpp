#include "NpmIniSyntax.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>

#include <cmath>

namespace {

// JSON.parse(text), or nullopt-like (ok = false) when it would throw.
QJsonValue jsonParse(const QString &text, bool *ok)
{
    QJsonParseError error{};
    // Qt's JSON parser drops a U+FEFF inside a string, which JSON.parse keeps. Its escape reads
    // the same to both; outside a string both refuse it, as JSON.parse refuses the raw one.
    QString escaped = text;
    escaped.replace(QChar(0xFEFF), QLatin1String("\\ufeff"));
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray("[") + escaped.toUtf8() + QByteArray("]"), &error);
    *ok = error.error == QJsonParseError::NoError && document.isArray() &&
          document.array().size() == 1;
    return *ok ? document.array().at(0) : QJsonValue();
}

QString jsNumberToString(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (value == std::floor(value) && std::fabs(value) < 1e21)
        return QString::number(value, 'f', 0);
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

// String(value) in JavaScript.
QString jsToString(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Double:
        return jsNumberToString(value.toDouble());
    case QJsonValue::Array: {
        QStringList parts;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            parts << (item.isNull() || item.isUndefined() ? QString() : jsToString(item));
        return parts.join(QLatin1Char(','));
    }
    case QJsonValue::Object:
        return QStringLiteral("[object Object]");
    case QJsonValue::Undefined:
        return QStringLiteral("undefined");
    }
    return {};
}

bool jsTruthy(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return !value.toString().isEmpty();
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double:
        return value.toDouble() != 0 && !std::isnan(value.toDouble());
    case QJsonValue::Array:
    case QJsonValue::Object:
        return true;
    default:
        return false;
    }
}

bool isQuoted(const QString &value)
{
    return (value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"'))) ||
           (value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\'')));
}

} // namespace

bool NpmIniSyntax::isJsWhitespace(QChar c)
{
    // ECMAScript WhiteSpace + LineTerminator: what trim() removes and what `\s` matches.
    const char16_t u = c.unicode();
    return u == 0x09 || u == 0x0A || u == 0x0B || u == 0x0C || u == 0x0D || u == 0x20 ||
           u == 0xA0 || u == 0x1680 || (u >= 0x2000 && u <= 0x200A) || u == 0x2028 || u == 0x2029 ||
           u == 0x202F || u == 0x205F || u == 0x3000 || u == 0xFEFF;
}

QString NpmIniSyntax::jsTrim(const QString &text)
{
    qsizetype start = 0;
    qsizetype end = text.size();
    while (start < end && isJsWhitespace(text.at(start)))
        ++start;
    while (end > start && isJsWhitespace(text.at(end - 1)))
        --end;
    return text.mid(start, end - start);
}

bool NpmIniSyntax::isBlank(const QString &text)
{
    for (const QChar c : text) {
        if (!isJsWhitespace(c))
            return false;
    }
    return true;
}

NpmIniSyntax::Decoded NpmIniSyntax::unsafe(const QString &raw)
{
    Decoded result;
    QString value = jsTrim(raw);
    if (isQuoted(value)) {
        result.quote = value.startsWith(QLatin1Char('\'')) ? Quote::Single : Quote::Double;
        if (result.quote == Quote::Single)
            value = value.size() >= 2 ? value.mid(1, value.size() - 2) : QString();
        bool ok = false;
        const QJsonValue parsed = jsonParse(value, &ok);
        if (ok) {
            result.text = jsToString(parsed);
            result.isString = parsed.isString();
            result.truthy = jsTruthy(parsed);
            result.isObject = parsed.isObject() || parsed.isArray();
            result.isArray = parsed.isArray();
            if (result.isArray) {
                const QJsonArray array = parsed.toArray();
                for (const QJsonValue &item : array)
                    result.items << (item.isNull() ? QString() : jsToString(item));
            }
            return result;
        }
        result.text = value;
        result.truthy = !value.isEmpty();
        return result;
    }
    // Walk to the first unescaped ';' or '#'; `\;`, `\#` and `\\` are escapes, any other
    // backslash stays as it is.
    QString unescaped;
    bool escaping = false;
    for (const QChar c : value) {
        if (escaping) {
            if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char('#'))
                unescaped += c;
            else
                unescaped += QLatin1Char('\\') + QString(c);
            escaping = false;
        } else if (c == QLatin1Char(';') || c == QLatin1Char('#')) {
            break;
        } else if (c == QLatin1Char('\\')) {
            escaping = true;
        } else {
            unescaped += c;
        }
    }
    if (escaping)
        unescaped += QLatin1Char('\\');
    result.text = jsTrim(unescaped);
    result.truthy = !result.text.isEmpty();
    return result;
}

NpmIniSyntax::Decoded NpmIniSyntax::decodeValue(const QString &raw)
{
    Decoded result = unsafe(raw);
    if (result.isString &&
        (result.text == QLatin1String("true") || result.text == QLatin1String("false") ||
         result.text == QLatin1String("null"))) {
        result.isString = false;
        result.truthy = result.text == QLatin1String("true");
    }
    return result;
}

QString NpmIniSyntax::expand(const QString &text, const QProcessEnvironment &environment)
{
    static const QRegularExpression pattern(
        QStringLiteral("(?<!\\\\)(\\\\*)\\$\\{([^${}?]+)(\\?)?\\}"));
    if (!text.contains(QLatin1String("${")))
        return text;
    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += text.mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const QString original = match.captured(0);
        const QString escapes = match.captured(1);
        const QString name = match.captured(2);
        const bool optional = match.capturedLength(3) > 0;
        if (escapes.size() % 2) {
            result += original.mid((escapes.size() + 1) / 2);
            continue;
        }
        const QString fallback =
            optional ? QString() : QStringLiteral("${") + name + QLatin1Char('}');
        result += escapes.left(escapes.size() / 2) +
                  (environment.contains(name) ? environment.value(name) : fallback);
    }
    result += text.mid(last);
    return result;
}

QString NpmIniSyntax::jsonQuote(const QString &value)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        switch (u) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            // U+2028/U+2029 would make npm/ini's line regex fail, so they are escaped too.
            // U+FEFF is invisible in an editor: written escaped.
            if (u < 0x20 || u == 0x2028 || u == 0x2029 || u == 0xFEFF)
                out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString NpmIniSyntax::encodeValue(const QString &value, Quote preferred)
{
    QString candidate;
    if (preferred == Quote::Double)
        return jsonQuote(value);
    if (preferred == Quote::Single) {
        candidate = QLatin1Char('\'') + value + QLatin1Char('\'');
    } else {
        for (const QChar c : value) {
            if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char('#'))
                candidate += QLatin1Char('\\');
            candidate += c;
        }
    }
    const bool lineSafe =
        !candidate.contains(QChar(0x2028)) && !candidate.contains(QChar(0x2029)) &&
        !candidate.contains(QLatin1Char('\r')) && !candidate.contains(QLatin1Char('\n'));
    const Decoded decoded = unsafe(candidate);
    if (lineSafe && decoded.text == value && decoded.quote == preferred &&
        (decoded.isString || preferred == Quote::None))
        return candidate;
    return jsonQuote(value);
}

#include "ecosystems/yarn/YarnrcSyntax.h"

#include "ecosystems/yarn/Yarnrc.h"

#include <QStringDecoder>

namespace YarnrcSyntax {

// QString::fromUtf8 drops a leading U+FEFF; inside a value it is a character like any other (the
// file's own BOM is set aside by LineDocument before this).
QString utf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder(bytes);
}

// js-yaml's PATTERN_NON_PRINTABLE: C0 controls but tab, DEL, C1 controls but NEL, U+FFFE/FFFF.
bool printable(const QByteArray &line)
{
    for (const QChar c : utf8(line)) {
        const ushort u = c.unicode();
        if ((u < 0x20 && u != '\t') || (u >= 0x7f && u <= 0x84) || (u >= 0x86 && u <= 0x9f) ||
            u == 0xfffe || u == 0xffff)
            return false;
    }
    return true;
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

// js-yaml refuses these as the first character of a plain scalar (or key).
bool isIndicator(char c)
{
    return QByteArrayView("-?:,[]{}#&*!|>'\"%@`").contains(c);
}

int skipBlanks(const QByteArray &text, int pos)
{
    while (pos < text.size() && isBlank(text.at(pos)))
        ++pos;
    return pos;
}

// After a value: nothing, or a comment. Returns false for anything else.
bool restIsCommentOrEmpty(const QByteArray &text, int pos, bool *hasComment)
{
    const int start = pos;
    pos = skipBlanks(text, pos);
    if (pos == text.size())
        return true;
    if (text.at(pos) == '#' && (pos > start || pos == 0)) {
        *hasComment = true;
        return true;
    }
    return false;
}

Quoted readSingle(const QByteArray &text, int pos)
{
    Quoted q;
    QByteArray out;
    int i = pos + 1;
    while (i < text.size()) {
        if (text.at(i) == '\'') {
            if (i + 1 < text.size() && text.at(i + 1) == '\'') {
                out += '\'';
                i += 2;
                continue;
            }
            q.ok = true;
            q.end = i + 1;
            q.text = utf8(out);
            return q;
        }
        out += text.at(i++);
    }
    q.unterminated = true;
    return q;
}

Quoted readDouble(const QByteArray &text, int pos)
{
    Quoted q;
    QString out;
    QByteArray pending;
    auto flush = [&] {
        out += utf8(pending);
        pending.clear();
    };
    int i = pos + 1;
    while (i < text.size()) {
        const char c = text.at(i);
        if (c == '"') {
            flush();
            q.ok = true;
            q.end = i + 1;
            q.text = out;
            return q;
        }
        if (c != '\\') {
            pending += c;
            ++i;
            continue;
        }
        flush();
        if (i + 1 >= text.size()) {
            q.unterminated = true;
            return q;
        }
        const char e = text.at(i + 1);
        i += 2;
        int hexDigits = 0;
        switch (e) {
        case '0':
            out += QChar(0);
            break;
        case 'a':
            out += QChar(7);
            break;
        case 'b':
            out += QChar(8);
            break;
        case 't':
        case '\t':
            out += QChar('\t');
            break;
        case 'n':
            out += QChar('\n');
            break;
        case 'v':
            out += QChar(11);
            break;
        case 'f':
            out += QChar(12);
            break;
        case 'r':
            out += QChar('\r');
            break;
        case 'e':
            out += QChar(27);
            break;
        case ' ':
            out += QChar(' ');
            break;
        case '"':
            out += QChar('"');
            break;
        case '/':
            out += QChar('/');
            break;
        case '\\':
            out += QChar('\\');
            break;
        case 'N':
            out += QChar(0x85);
            break;
        case '_':
            out += QChar(0xa0);
            break;
        case 'L':
            out += QChar(0x2028);
            break;
        case 'P':
            out += QChar(0x2029);
            break;
        case 'x':
            hexDigits = 2;
            break;
        case 'u':
            hexDigits = 4;
            break;
        case 'U':
            hexDigits = 8;
            break;
        default:
            q.error = Yarnrc::tr("unknown escape sequence \"\\%1\"").arg(QChar::fromLatin1(e));
            return q;
        }
        if (hexDigits) {
            bool ok = false;
            const uint code = text.mid(i, hexDigits).toUInt(&ok, 16);
            if (!ok || i + hexDigits > text.size() || code > 0x10ffff) {
                q.error = Yarnrc::tr("bad escape sequence \"\\%1\"").arg(QChar::fromLatin1(e));
                return q;
            }
            i += hexDigits;
            const char32_t c32 = code;
            out += QString::fromUcs4(&c32, 1);
        }
    }
    q.unterminated = true;
    return q;
}

FlowEnd scanFlow(const LineDocument &document, int line, int pos)
{
    int depth = 0;
    char quote = 0;
    for (int l = line; l < document.lineCount(); ++l) {
        const QByteArray &text = document.line(l);
        for (int i = l == line ? pos : 0; i < text.size(); ++i) {
            const char c = text.at(i);
            if (quote) {
                if (quote == '"' && c == '\\')
                    ++i;
                else if (c == quote)
                    quote = 0;
                continue;
            }
            if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#' && (i == 0 || isBlank(text.at(i - 1)))) {
                break; // a comment inside a flow collection runs to the end of the line
            } else if (c == '[' || c == '{') {
                ++depth;
            } else if (c == ']' || c == '}') {
                if (--depth == 0)
                    return {l, i + 1};
            }
        }
    }
    return {};
}

// The items of a one-line flow sequence of scalars ("[a, 'b', "c"]"); false when it holds
// anything else.
bool flatFlowItems(const QByteArray &flow, QStringList *items)
{
    const QByteArray inner = flow.mid(1, flow.size() - 2);
    int i = 0;
    while (true) {
        i = skipBlanks(inner, i);
        if (i >= inner.size())
            return true;
        QString item;
        if (inner.at(i) == '"' || inner.at(i) == '\'') {
            const Quoted q = inner.at(i) == '"' ? readDouble(inner, i) : readSingle(inner, i);
            if (!q.ok)
                return false;
            item = q.text;
            i = skipBlanks(inner, q.end);
        } else {
            const int start = i;
            while (i < inner.size() && inner.at(i) != ',') {
                if (QByteArrayView("[]{}:#").contains(inner.at(i)))
                    return false;
                ++i;
            }
            item = utf8(inner.mid(start, i - start)).trimmed();
            if (item.isEmpty())
                return false;
        }
        items->append(item);
        if (i >= inner.size())
            return true;
        if (inner.at(i) != ',')
            return false;
        ++i;
    }
}

// Characters a file must not hold raw (js-yaml refuses them, or they break lines).
bool mustEscape(ushort u)
{
    return u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0xfffe || u == 0xffff || u == 0x2028 ||
           u == 0x2029;
}

bool plainIsSafe(const QString &value)
{
    if (value.isEmpty() || value.front().isSpace() || value.back().isSpace())
        return false;
    const QByteArray utf8 = value.toUtf8();
    if (isIndicator(utf8.at(0)) || utf8.endsWith(':'))
        return false;
    for (const QChar c : value) {
        if (mustEscape(c.unicode()) || c.unicode() == 0xfeff)
            return false;
    }
    return !value.contains(QLatin1String(": ")) && !value.contains(QLatin1String(" #"));
}

} // namespace YarnrcSyntax

#include "ecosystems/yarn/Yarnrc.h"

#include <QStringDecoder>

#include <algorithm>

namespace {

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

struct Quoted
{
    bool ok = false;
    bool unterminated = false;
    int end = 0; // just after the closing quote
    QString text;
    QString error;
};

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

// The end of a flow collection starting at `pos` on line `line`: {line, pos after the close},
// or line -1 when it is not closed before the end of the file.
struct FlowEnd
{
    int line = -1;
    int end = 0;
};

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

} // namespace

struct Yarnrc::Parser
{
    explicit Parser(Yarnrc &target)
        : rc(target)
    {}

    Yarnrc &rc;
    int line = 0;
    QString error;
    int errorLine = 0;

    struct Frame
    {
        int node; // -1: the document
        int childIndent;
        bool sequence;
    };
    QList<Frame> stack;
    int pending = -1;
    int opaqueIndent = -1; // lines indented deeper than this belong to the last node
    int opaqueNode = -1;
    int lastEntry = -1;

    bool fail(const QString &message)
    {
        error = message;
        errorLine = line + 1;
        return false;
    }

    Node &top() { return rc.m_nodes[stack.last().node]; }

    int addNode(Node node)
    {
        const int parent = stack.last().node;
        node.parent = parent;
        if (parent >= 0)
            node.path = rc.m_nodes.at(parent).path;
        node.path << node.key;
        const int index = int(rc.m_nodes.size());
        rc.m_nodes.append(node);
        if (parent >= 0)
            rc.m_nodes[parent].children << index;
        else
            rc.m_roots << index;
        return index;
    }

    bool run()
    {
        const LineDocument &doc = rc.m_document;
        stack = {{-1, -1, false}};
        bool started = false;
        bool ended = false;
        for (line = 0; line < doc.lineCount(); ++line) {
            const QByteArray &text = doc.line(line);
            if (text.contains('\r'))
                return fail(tr("a carriage return in the middle of a line"));
            if (!printable(text))
                return fail(tr("the line holds a non-printable character, which YAML refuses"));
            // Removing the lines above would turn it into the file's BOM.
            if (line > 0 && text.startsWith("\xEF\xBB\xBF"))
                return fail(tr("a byte order mark at the start of a line inside the file"));
            int n = 0;
            while (n < text.size() && text.at(n) == ' ')
                ++n;
            const int firstNonBlank = skipBlanks(text, n);
            if (firstNonBlank == text.size() || text.at(firstNonBlank) == '#')
                continue;
            if (opaqueNode >= 0) {
                if (n > opaqueIndent) {
                    rc.m_nodes[opaqueNode].lastLine = line;
                    continue;
                }
                opaqueNode = -1;
            }
            if (firstNonBlank != n)
                return fail(tr("a tab indents this line; YAML allows only spaces"));
            const QByteArray rest = text.mid(n);
            if (ended)
                return fail(tr("text after the end of the document (\"...\")"));
            if (n == 0 && (rest == "---" || rest.startsWith("--- ") || rest.startsWith("---\t"))) {
                if (started || !rc.m_nodes.isEmpty())
                    return fail(tr("a second YAML document; Yarn reads a single one"));
                started = true;
                bool comment = false;
                if (!restIsCommentOrEmpty(rest, 3, &comment))
                    return fail(tr("MirrorDeck does not read a value on the \"---\" line"));
                continue;
            }
            if (n == 0 && (rest == "..." || rest.startsWith("... "))) {
                ended = true;
                continue;
            }
            if (n == 0 && rest.startsWith('%'))
                return fail(tr("YAML directives (%) are not supported"));
            started = true;
            const bool dash = rest == "-" || rest.startsWith("- ") || rest.startsWith("-\t");

            if (pending >= 0) {
                const Node &p = rc.m_nodes.at(pending);
                const bool parentIsSequence = stack.last().sequence;
                if (n > p.indent || (n == p.indent && dash && !parentIsSequence)) {
                    Node &owner = rc.m_nodes[pending];
                    owner.kind = dash ? Kind::Sequence : Kind::Map;
                    owner.childIndent = n;
                    owner.itemsKnown = dash;
                    stack.append({pending, n, dash});
                }
                pending = -1;
            } else if (lastEntry >= 0 && n > stack.last().childIndent &&
                       stack.last().childIndent >= 0) {
                if (!continueScalar(rest, n))
                    return false;
                continue;
            }
            while (stack.size() > 1 &&
                   (stack.last().childIndent > n ||
                    (stack.last().sequence && stack.last().childIndent == n && !dash)))
                stack.removeLast();
            if (stack.last().childIndent < 0)
                stack.last().childIndent = n;
            if (stack.last().childIndent != n)
                return fail(tr("bad indentation of a mapping entry"));
            if (stack.last().sequence) {
                if (!sequenceItem(rest, n))
                    return false;
                continue;
            }
            if (dash) {
                if (stack.size() == 1)
                    return fail(tr("the file is a list; Yarn expects keys and values"));
                return fail(tr("a list item where a key is expected"));
            }
            if (!mapEntry(text, n))
                return false;
        }
        // Maps and sequences end where their last child ends.
        for (int i = int(rc.m_nodes.size()) - 1; i >= 0; --i) {
            const int parent = rc.m_nodes.at(i).parent;
            if (parent >= 0)
                rc.m_nodes[parent].lastLine =
                    std::max(rc.m_nodes.at(parent).lastLine, rc.m_nodes.at(i).lastLine);
        }
        return true;
    }

    bool continueScalar(const QByteArray &rest, int n)
    {
        Q_UNUSED(n);
        Node &node = rc.m_nodes[lastEntry];
        if (node.kind != Kind::Scalar || node.quote != Quote::Plain)
            return fail(tr("bad indentation of a mapping entry"));
        int end = 0;
        while (end < rest.size() &&
               !(rest.at(end) == '#' && end > 0 && isBlank(rest.at(end - 1)))) {
            if (rest.at(end) == ':' && (end + 1 == rest.size() || isBlank(rest.at(end + 1))))
                return fail(tr("bad indentation of a mapping entry"));
            ++end;
        }
        node.text += QLatin1Char(' ') + utf8(rest.left(end)).trimmed();
        node.lastLine = line;
        return true;
    }

    bool sequenceItem(const QByteArray &rest, int n)
    {
        Node &seq = top();
        seq.lastLine = line;
        const int pos = skipBlanks(rest, 1);
        opaqueNode = stack.last().node;
        opaqueIndent = n;
        lastEntry = -1;
        if (pos >= rest.size() || rest.at(pos) == '#') {
            seq.itemsKnown = false;
            return true;
        }
        const char c = rest.at(pos);
        bool comment = false;
        if (c == '"' || c == '\'') {
            const Quoted q = c == '"' ? readDouble(rest, pos) : readSingle(rest, pos);
            if (!q.ok)
                return fail(q.error.isEmpty() ? tr("a quoted list item that does not end on its "
                                                   "line; MirrorDeck does not edit those")
                                              : q.error);
            if (!restIsCommentOrEmpty(rest, q.end, &comment)) {
                seq.itemsKnown = false;
                return true;
            }
            seq.items << q.text;
            return true;
        }
        if (c == '[' || c == '{') {
            const FlowEnd end = scanFlow(rc.m_document, line, n + pos);
            if (end.line < 0)
                return fail(tr("a [ or { that is never closed"));
            seq.itemsKnown = false;
            return true;
        }
        if (QByteArrayView("&*!").contains(c))
            return fail(tr("YAML anchors, aliases and tags are not supported"));
        if (QByteArrayView("@`%").contains(c))
            return fail(tr("\"%1\" cannot start a value; quote it").arg(QChar::fromLatin1(c)));
        QByteArray value = rest.mid(pos);
        int end = 0;
        while (end < value.size() &&
               !(value.at(end) == '#' && end > 0 && isBlank(value.at(end - 1))))
            ++end;
        value = value.left(end).trimmed();
        if (value.contains(": ") || value.endsWith(':') || value.startsWith("- ") || value == "-") {
            seq.itemsKnown = false;
            return true;
        }
        seq.items << utf8(value);
        return true;
    }

    bool mapEntry(const QByteArray &text, int n)
    {
        Node node;
        node.line = node.lastLine = line;
        node.indent = n;
        int pos = n;
        const char first = text.at(pos);
        if (first == '"' || first == '\'') {
            const Quoted q = first == '"' ? readDouble(text, pos) : readSingle(text, pos);
            if (!q.ok)
                return fail(q.error.isEmpty() ? tr("a quoted key that does not end on its line")
                                              : q.error);
            node.key = q.text;
            pos = skipBlanks(text, q.end);
            if (pos >= text.size() || text.at(pos) != ':' ||
                (pos + 1 < text.size() && !isBlank(text.at(pos + 1))))
                return fail(tr("a key without \":\" after it"));
        } else {
            if (first == '?' || (first == ':' && (n + 1 == text.size() || isBlank(text.at(n + 1)))))
                return fail(tr("YAML complex keys (\"? \") are not supported"));
            if (QByteArrayView("&*!").contains(first))
                return fail(tr("YAML anchors, aliases and tags are not supported"));
            if (QByteArrayView(",[]{}|>@`%").contains(first))
                return fail(tr("\"%1\" cannot start a key").arg(QChar::fromLatin1(first)));
            int i = pos;
            while (true) {
                if (i >= text.size())
                    return fail(tr("a line that is neither \"key: value\" nor a comment"));
                const char c = text.at(i);
                if (c == '#' && isBlank(text.at(i - 1)))
                    return fail(tr("a line that is neither \"key: value\" nor a comment"));
                if (c == ':' && (i + 1 == text.size() || isBlank(text.at(i + 1))))
                    break;
                ++i;
            }
            node.key = utf8(text.mid(pos, i - pos)).trimmed();
            pos = i;
        }
        node.colonEnd = pos + 1;
        pos = skipBlanks(text, pos + 1);
        if (pos >= text.size() || text.at(pos) == '#') {
            node.kind = Kind::Null;
            node.hasComment = pos < text.size();
            pending = addNode(node);
            lastEntry = -1;
            return true;
        }
        const char c = text.at(pos);
        node.valueStart = pos;
        if (c == '"' || c == '\'') {
            const Quoted q = c == '"' ? readDouble(text, pos) : readSingle(text, pos);
            if (!q.ok)
                return fail(q.error.isEmpty()
                                ? tr("a quoted value that does not end on its line; MirrorDeck "
                                     "does not edit those (put it on one line)")
                                : q.error);
            if (!restIsCommentOrEmpty(text, q.end, &node.hasComment))
                return fail(tr("text after the closing quote"));
            node.kind = Kind::Scalar;
            node.quote = c == '"' ? Quote::Double : Quote::Single;
            node.valueEnd = q.end;
            node.text = q.text;
        } else if (c == '[' || c == '{') {
            const FlowEnd end = scanFlow(rc.m_document, line, pos);
            if (end.line < 0)
                return fail(tr("a [ or { that is never closed"));
            const QByteArray &endText = rc.m_document.line(end.line);
            const int saved = line;
            line = end.line;
            if (!restIsCommentOrEmpty(endText, end.end, &node.hasComment))
                return fail(tr("text after the closing bracket"));
            line = saved;
            node.kind = Kind::Flow;
            node.lastLine = end.line;
            node.valueEnd = end.line == line ? end.end : int(text.size());
            if (c == '[' && end.line == line)
                node.itemsKnown = flatFlowItems(text.mid(pos, end.end - pos), &node.items);
            addNode(node);
            lastEntry = -1;
            line = end.line;
            return true;
        } else if (c == '|' || c == '>') {
            int i = pos + 1;
            while (i < text.size() && QByteArrayView("0123456789+-").contains(text.at(i)))
                ++i;
            if (!restIsCommentOrEmpty(text, i, &node.hasComment))
                return fail(tr("text after a block scalar indicator"));
            node.kind = Kind::BlockScalar;
            opaqueNode = addNode(node);
            opaqueIndent = n;
            lastEntry = -1;
            return true;
        } else if (QByteArrayView("&*!").contains(c)) {
            return fail(tr("YAML anchors, aliases and tags are not supported"));
        } else if (QByteArrayView(",]}@`%").contains(c) ||
                   (QByteArrayView("-?:").contains(c) &&
                    (pos + 1 == text.size() || isBlank(text.at(pos + 1))))) {
            if (c == '-')
                return fail(tr("a list item cannot follow a key on the same line"));
            return fail(tr("\"%1\" cannot start a value; quote it").arg(QChar::fromLatin1(c)));
        } else {
            int end = pos;
            while (end < text.size() && !(text.at(end) == '#' && isBlank(text.at(end - 1)))) {
                if (text.at(end) == ':' && (end + 1 == text.size() || isBlank(text.at(end + 1))))
                    return fail(tr("a value holding \": \" must be quoted (YAML reads a second "
                                   "key there)"));
                ++end;
            }
            node.hasComment = end < text.size();
            while (end > pos && isBlank(text.at(end - 1)))
                --end;
            node.kind = Kind::Scalar;
            node.quote = Quote::Plain;
            node.valueEnd = end;
            node.text = utf8(text.mid(pos, end - pos));
        }
        lastEntry = addNode(node);
        return true;
    }
};

Expected<Yarnrc> Yarnrc::parse(const QByteArray &bytes, const QString &path)
{
    Yarnrc rc;
    rc.m_path = path;
    rc.m_document = LineDocument::fromBytes(bytes);
    Parser parser(rc);
    if (!parser.run())
        return makeError(CoreError::Kind::BadFile,
                         tr("Yarn cannot read this file as YAML (or MirrorDeck does not edit "
                            "this form): %1. Fix the line, then try again.")
                             .arg(parser.error),
                         path, parser.errorLine);
    return rc;
}

const Yarnrc::Node *Yarnrc::find(const QStringList &path) const
{
    const QList<int> *level = &m_roots;
    const Node *found = nullptr;
    for (const QString &key : path) {
        found = nullptr;
        for (int index : *level) {
            if (m_nodes.at(index).key == key)
                found = &m_nodes.at(index); // the last duplicate wins
        }
        if (!found)
            return nullptr;
        level = &found->children;
    }
    return found;
}

QStringList Yarnrc::childKeys(const QStringList &path) const
{
    const QList<int> *level = &m_roots;
    if (!path.isEmpty()) {
        const Node *node = find(path);
        if (!node)
            return {};
        level = &node->children;
    }
    QStringList keys;
    for (int index : *level) {
        if (!keys.contains(m_nodes.at(index).key))
            keys << m_nodes.at(index).key;
    }
    return keys;
}

int Yarnrc::indentUnit() const
{
    for (const Node &node : m_nodes) {
        if (node.kind == Kind::Map && node.childIndent > node.indent)
            return node.childIndent - node.indent;
    }
    return 2;
}

QByteArray Yarnrc::formatScalar(const QString &value, Quote quote)
{
    if (quote == Quote::Plain && plainIsSafe(value))
        return value.toUtf8();
    const bool control =
        std::any_of(value.cbegin(), value.cend(), [](QChar c) { return mustEscape(c.unicode()); });
    if (quote == Quote::Single && !control)
        return '\'' + QString(value).replace(QLatin1Char('\''), QLatin1String("''")).toUtf8() +
               '\'';
    QString out = QStringLiteral("\"");
    for (const QChar c : value) {
        const ushort u = c.unicode();
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\') + c;
        else if (u == '\n')
            out += QStringLiteral("\\n");
        else if (u == '\t')
            out += QStringLiteral("\\t");
        else if (mustEscape(u))
            out += (u < 0x100 ? QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'))
                              : QStringLiteral("\\u%1").arg(u, 4, 16, QLatin1Char('0')));
        else
            out += c; // surrogate pairs stay together
    }
    return (out + QLatin1Char('"')).toUtf8();
}

Expected<QByteArray> Yarnrc::reparsed(const LineDocument &document) const
{
    const QByteArray bytes = document.toBytes();
    Expected<Yarnrc> check = parse(bytes, m_path);
    if (!check)
        return makeError(CoreError::Kind::BadFile,
                         tr("MirrorDeck could not edit this file without breaking it, so it "
                            "left it unchanged: %1")
                             .arg(check.error().message),
                         m_path);
    return bytes;
}

const Yarnrc::Node *Yarnrc::deepestExisting(const QStringList &path, int *depth) const
{
    const Node *deepest = nullptr;
    *depth = 0;
    for (int i = 1; i <= path.size(); ++i) {
        const Node *node = find(path.mid(0, i));
        if (!node)
            break;
        deepest = node;
        *depth = i;
    }
    return deepest;
}

int Yarnrc::childIndentFor(const Node *parent) const
{
    if (!parent)
        return m_roots.isEmpty() ? 0 : m_nodes.at(m_roots.first()).indent;
    if (parent->kind == Kind::Map)
        return parent->childIndent;
    return parent->indent + indentUnit();
}

int Yarnrc::insertionLine(const Node *parent) const
{
    return parent ? parent->lastLine + 1 : m_document.lineCount();
}

namespace {

QByteArray keyText(const QString &key)
{
    return Yarnrc::formatScalar(key, Yarnrc::Quote::Plain);
}

} // namespace

Expected<QByteArray> Yarnrc::withScalar(const QStringList &path, const QString &value) const
{
    Q_ASSERT(!path.isEmpty());
    LineDocument doc = m_document;
    const QString dotted = path.join(QLatin1Char('.'));
    if (const Node *node = find(path)) {
        switch (node->kind) {
        case Kind::Scalar: {
            if (node->text == value && node->lastLine == node->line)
                return toBytes();
            const QByteArray &line = doc.line(node->line);
            const int end = node->lastLine > node->line ? int(line.size()) : node->valueEnd;
            QByteArray tail = line.mid(end);
            if (node->lastLine > node->line) {
                // A plain scalar continued on the next lines becomes one line; its comment, if
                // the last line had one, is not carried over.
                tail.clear();
                for (int i = node->lastLine; i > node->line; --i)
                    doc.removeLine(i);
            }
            doc.replaceLine(node->line,
                            line.left(node->valueStart) + formatScalar(value, node->quote) + tail);
            return reparsed(doc);
        }
        case Kind::Null: {
            const QByteArray &line = doc.line(node->line);
            doc.replaceLine(node->line, line.left(node->colonEnd) + ' ' +
                                            formatScalar(value, Quote::Plain) +
                                            line.mid(node->colonEnd));
            return reparsed(doc);
        }
        default:
            return makeError(CoreError::Kind::BadFile,
                             tr("\"%1\" holds a map or a list here, not a single value; "
                                "MirrorDeck does not replace it. Change it by hand.")
                                 .arg(dotted),
                             m_path, node->line + 1);
        }
    }
    int depth = 0;
    const Node *parent = deepestExisting(path, &depth);
    if (parent && parent->kind != Kind::Map && parent->kind != Kind::Null)
        return makeError(CoreError::Kind::BadFile,
                         tr("\"%1\" is not written as a block map (key: on its own line, "
                            "entries indented below), so MirrorDeck cannot add \"%2\" to it. "
                            "Rewrite it as a block map or edit it by hand.")
                             .arg(parent->path.join(QLatin1Char('.')), dotted),
                         m_path, parent->line + 1);
    const int base = childIndentFor(parent);
    const int unit = indentUnit();
    int at = insertionLine(parent);
    for (int k = depth; k < path.size(); ++k) {
        QByteArray line = QByteArray(base + (k - depth) * unit, ' ') + keyText(path.at(k)) + ':';
        if (k == path.size() - 1)
            line += ' ' + formatScalar(value, Quote::Plain);
        doc.insertLine(at++, line);
    }
    return reparsed(doc);
}

Expected<QByteArray> Yarnrc::withSequence(const QStringList &path, const QStringList &items) const
{
    LineDocument doc = m_document;
    const int unit = indentUnit();
    auto itemLine = [](int indent, const QString &item) {
        return QByteArray(indent, ' ') + "- " + formatScalar(item, Quote::Plain);
    };
    if (const Node *node = find(path)) {
        if (node->itemsKnown && node->items == items)
            return toBytes();
        if (node->kind == Kind::Sequence && node->itemsKnown) {
            int at = node->lastLine + 1;
            if (items.mid(0, node->items.size()) != node->items) {
                for (int i = node->lastLine; i > node->line; --i)
                    doc.removeLine(i);
                at = node->line + 1;
            }
            const int from = at == node->line + 1 ? 0 : int(node->items.size());
            for (int i = from; i < items.size(); ++i)
                doc.insertLine(at++, itemLine(node->childIndent, items.at(i)));
            return reparsed(doc);
        }
        if (node->kind == Kind::Flow && node->itemsKnown && node->lastLine == node->line) {
            QList<QByteArray> parts;
            for (const QString &item : items)
                parts << formatScalar(item, Quote::Plain);
            const QByteArray &line = doc.line(node->line);
            doc.replaceLine(node->line, line.left(node->valueStart) + '[' + parts.join(", ") + ']' +
                                            line.mid(node->valueEnd));
            return reparsed(doc);
        }
        if (node->kind == Kind::Null) {
            int at = node->line + 1;
            for (const QString &item : items)
                doc.insertLine(at++, itemLine(node->indent + unit, item));
            return reparsed(doc);
        }
        return makeError(CoreError::Kind::BadFile,
                         tr("\"%1\" is not a plain list of names here; MirrorDeck does not "
                            "rewrite it. Change it by hand.")
                             .arg(path.join(QLatin1Char('.'))),
                         m_path, node->line + 1);
    }
    int depth = 0;
    const Node *parent = deepestExisting(path, &depth);
    if (parent && parent->kind != Kind::Map && parent->kind != Kind::Null)
        return makeError(CoreError::Kind::BadFile,
                         tr("\"%1\" is not written as a block map, so MirrorDeck cannot add "
                            "\"%2\" to it.")
                             .arg(parent->path.join(QLatin1Char('.')), path.join(QLatin1Char('.'))),
                         m_path, parent->line + 1);
    const int base = childIndentFor(parent);
    int at = insertionLine(parent);
    for (int k = depth; k < path.size(); ++k)
        doc.insertLine(at++,
                       QByteArray(base + (k - depth) * unit, ' ') + keyText(path.at(k)) + ':');
    const int itemIndent = base + (int(path.size()) - 1 - depth) * unit + unit;
    for (const QString &item : items)
        doc.insertLine(at++, itemLine(itemIndent, item));
    return reparsed(doc);
}

Expected<QByteArray> Yarnrc::without(const QStringList &path) const
{
    QList<QPair<int, int>> ranges;
    QList<const Node *> removed;
    for (const Node &node : m_nodes) {
        if (node.path == path) {
            ranges.append({node.line, node.lastLine});
            removed << &node;
        }
    }
    if (ranges.isEmpty())
        return toBytes();
    auto isRemoved = [&](int line) {
        return std::any_of(ranges.cbegin(), ranges.cend(), [line](const QPair<int, int> &r) {
            return line >= r.first && line <= r.second;
        });
    };
    // A parent map that held nothing but the removed key goes too.
    int parentIndex = removed.last()->parent;
    while (parentIndex >= 0) {
        const Node &parent = m_nodes.at(parentIndex);
        bool empty = !parent.hasComment;
        for (int child : parent.children)
            empty = empty && isRemoved(m_nodes.at(child).line);
        for (int line = parent.line + 1; empty && line <= parent.lastLine; ++line)
            empty = isRemoved(line) || m_document.line(line).trimmed().isEmpty();
        if (!empty)
            break;
        ranges.append({parent.line, parent.lastLine});
        parentIndex = parent.parent;
    }
    LineDocument doc = m_document;
    for (int line = doc.lineCount() - 1; line >= 0; --line) {
        if (isRemoved(line))
            doc.removeLine(line);
    }
    return reparsed(doc);
}

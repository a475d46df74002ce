// Yarnrc::parse(): the line-by-line reader of the block-mapping subset (see Yarnrc.h).

#include "ecosystems/yarn/Yarnrc.h"
#include "ecosystems/yarn/YarnrcSyntax.h"

#include <algorithm>

using namespace YarnrcSyntax;

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

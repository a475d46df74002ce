#include "ecosystems/yarn/Yarnrc.h"

#include "ecosystems/yarn/YarnrcSyntax.h"

#include <algorithm>

using namespace YarnrcSyntax;

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

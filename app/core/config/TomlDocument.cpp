#include "TomlDocument.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace {

const QByteArray kBom("\xEF\xBB\xBF");

// The parser raises this and parse() turns it into a CoreError: the grammar is a port of tomllib's
// recursive descent, where an error deep inside a value ends the whole parse, and unwinding is the
// plain way to say that. It never leaves this file.
struct SyntaxError
{
    int pos;
    QString message;
};

bool isWs(char c)
{
    return c == ' ' || c == '\t';
}
bool isBareKeyChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_';
}
bool isCtrl(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u < 0x20 || u == 0x7f;
}
bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// tomllib's Flags: which names are closed to header or dotted-key definitions.
class Flags
{
public:
    enum Flag
    {
        Frozen = 1,
        ExplicitNest = 2,
    };

    void addPending(const QStringList &key, Flag flag) { m_pending.append({key, flag}); }
    void finalizePending()
    {
        for (const auto &[key, flag] : m_pending)
            set(key, flag, false);
        m_pending.clear();
    }
    void unsetAll(const QStringList &key)
    {
        Map *cont = &m_root;
        for (int i = 0; i + 1 < key.size(); ++i) {
            auto it = cont->find(key.at(i));
            if (it == cont->end())
                return;
            cont = &it->second.nested;
        }
        cont->erase(key.last());
    }
    void set(const QStringList &key, Flag flag, bool recursive)
    {
        Map *cont = &m_root;
        for (int i = 0; i + 1 < key.size(); ++i)
            cont = &(*cont)[key.at(i)].nested;
        Entry &entry = (*cont)[key.last()];
        (recursive ? entry.recursiveFlags : entry.flags) |= flag;
    }
    bool is(const QStringList &key, Flag flag) const
    {
        if (key.isEmpty())
            return false;
        const Map *cont = &m_root;
        for (int i = 0; i + 1 < key.size(); ++i) {
            auto it = cont->find(key.at(i));
            if (it == cont->end())
                return false;
            if (it->second.recursiveFlags & flag)
                return true;
            cont = &it->second.nested;
        }
        auto it = cont->find(key.last());
        return it != cont->end() && ((it->second.flags | it->second.recursiveFlags) & flag);
    }

private:
    struct Entry;
    using Map = std::map<QString, Entry>;
    struct Entry
    {
        int flags = 0;
        int recursiveFlags = 0;
        Map nested;
    };
    Map m_root;
    QList<QPair<QStringList, Flag>> m_pending;
};

} // namespace

struct TomlDocument::Data
{
    struct Node
    {
        enum Type
        {
            Table,
            Array,
            Scalar,
        };
        Type type = Table;
        bool isStatic = false; // a written value (scalar, [..], {..}) rather than a header table
        QStringList order;
        QHash<QString, int> children;
        QList<int> items;
        Value value;
    };
    struct Header
    {
        Table info;
        int lineStart = 0; // original byte offsets
        int lineEnd = 0;   // after the header line's terminator
        int sectionEnd = 0;
    };
    struct Statement
    {
        int header = 0;
        QStringList key; // relative to the header
        int lineStart = 0;
        int lineEnd = 0; // after the terminator of the statement's last line (or end of file)
        int indentLength = 0;
    };

    QByteArray bytes; // the whole file, BOM included
    QString path;
    bool bom = false;
    QList<Node> nodes; // nodes[0] is the root
    QList<Header> headers;
    QList<Statement> statements;

    int resolve(const QStringList &path, int arrayIndex) const;
};

int TomlDocument::Data::resolve(const QStringList &path, int arrayIndex) const
{
    int node = 0;
    for (int i = 0; i < path.size(); ++i) {
        const Node &n = nodes.at(node);
        if (n.type != Node::Table)
            return -1;
        node = n.children.value(path.at(i), -1);
        if (node < 0)
            return -1;
        const Node &child = nodes.at(node);
        if (child.type == Node::Array) {
            if (child.items.isEmpty())
                return -1;
            const bool last = i + 1 == path.size();
            if (last && arrayIndex < 0)
                return node; // the array itself
            const int index = last ? arrayIndex : int(child.items.size()) - 1;
            if (index >= child.items.size())
                return -1;
            node = child.items.at(index);
        } else if (i + 1 == path.size() && arrayIndex >= 0) {
            return -1;
        }
    }
    return node;
}

namespace {

using Data = TomlDocument::Data;
using Node = TomlDocument::Data::Node;

class Parser
{
public:
    Parser(const QByteArray &src, const QList<int> &crs, int base, Data &data)
        : s(src)
        , n(int(src.size()))
        , latin(QString::fromLatin1(src))
        , m_crs(crs)
        , m_base(base)
        , d(data)
    {}

    void run();
    int lineOf(int pos) const
    {
        return int(std::count(s.begin(), s.begin() + std::min(pos, n), '\n')) + 1;
    }

private:
    const QByteArray &s;
    int n;
    QString latin;
    const QList<int> &m_crs;
    int m_base;
    Data &d;
    Flags flags;

    char at(int pos) const { return pos < n ? s.at(pos) : '\0'; }
    bool startsWith(int pos, const char *text) const
    {
        const int len = int(qstrlen(text));
        return pos + len <= n && std::equal(text, text + len, s.constData() + pos);
    }
    [[noreturn]] void fail(int pos, const QString &message) const
    {
        throw SyntaxError{pos, message};
    }
    int orig(int pos) const
    {
        return m_base + pos +
               int(std::lower_bound(m_crs.begin(), m_crs.end(), pos) - m_crs.begin());
    }
    int lineStartOf(int pos) const
    {
        while (pos > 0 && s.at(pos - 1) != '\n')
            --pos;
        return pos;
    }

    int skipWs(int pos) const
    {
        while (pos < n && isWs(s.at(pos)))
            ++pos;
        return pos;
    }
    int skipWsNl(int pos) const
    {
        while (pos < n && (isWs(s.at(pos)) || s.at(pos) == '\n'))
            ++pos;
        return pos;
    }
    int skipComment(int pos) const
    {
        if (at(pos) != '#')
            return pos;
        ++pos;
        while (pos < n && s.at(pos) != '\n') {
            if (isCtrl(s.at(pos)) && s.at(pos) != '\t')
                fail(pos, TomlDocument::tr("Found invalid character in a comment"));
            ++pos;
        }
        return pos;
    }
    int skipCommentsAndArrayWs(int pos) const
    {
        while (true) {
            const int before = pos;
            pos = skipComment(skipWsNl(pos));
            if (pos == before)
                return pos;
        }
    }

    int newNode(Node::Type type)
    {
        Node node;
        node.type = type;
        d.nodes.append(node);
        return int(d.nodes.size()) - 1;
    }
    int child(int table, const QString &name) const
    {
        return d.nodes.at(table).children.value(name, -1);
    }
    void addChild(int table, const QString &name, int node)
    {
        d.nodes[table].children.insert(name, node);
        d.nodes[table].order.append(name);
    }
    // tomllib's NestedDict.get_or_create_nest; -1 where it raises KeyError.
    int getOrCreateNest(int root, const QStringList &key, bool accessLists = true)
    {
        int cont = root;
        for (const QString &k : key) {
            int next = child(cont, k);
            if (next < 0) {
                next = newNode(Node::Table);
                addChild(cont, k, next);
            }
            cont = next;
            if (accessLists && d.nodes.at(cont).type == Node::Array) {
                if (d.nodes.at(cont).items.isEmpty())
                    return -1;
                cont = d.nodes.at(cont).items.last();
            }
            if (d.nodes.at(cont).type != Node::Table)
                return -1;
        }
        return cont;
    }

    QString keyText(const QStringList &key) const { return key.join(QLatin1Char('.')); }

    int parseKeyPart(int pos, QString &part);
    int parseKey(int pos, QStringList &key);
    int parseKeyValuePair(int pos, QStringList &key, int &valueNode);
    int parseValue(int pos, int &node);
    int parseLiteralStr(int pos, QByteArray &out);
    int parseBasicStr(int pos, bool multiline, QByteArray &out);
    int parseBasicEscape(int pos, bool multiline, QByteArray &out);
    int parseMultilineStr(int pos, bool literal, QByteArray &out);
    int parseArray(int pos, int &node);
    int parseInlineTable(int pos, int &node);
    int keyValueRule(int pos, const QStringList &header, int headerIndex);
    int createDictRule(int pos, QStringList &header);
    int createListRule(int pos, QStringList &header);
    int scalar(int start, int end, TomlDocument::ValueKind kind, TomlDocument::StringStyle style,
               const QString &text);
    void checkDate(int pos, const QRegularExpressionMatch &m) const;
};

int Parser::scalar(int start, int end, TomlDocument::ValueKind kind,
                   TomlDocument::StringStyle style, const QString &text)
{
    const int node = newNode(Node::Scalar);
    Node &nd = d.nodes[node];
    nd.isStatic = true;
    nd.value.kind = kind;
    nd.value.style = style;
    nd.value.text = text;
    nd.value.line = lineOf(start);
    nd.value.offset = orig(start);
    nd.value.length = orig(end) - nd.value.offset;
    nd.value.raw = d.bytes.mid(nd.value.offset, nd.value.length);
    return node;
}

int Parser::parseKeyPart(int pos, QString &part)
{
    const char c = at(pos);
    if (pos < n && isBareKeyChar(c)) {
        const int start = pos;
        while (pos < n && isBareKeyChar(s.at(pos)))
            ++pos;
        part = QString::fromLatin1(s.mid(start, pos - start));
        return pos;
    }
    QByteArray out;
    if (c == '\'') {
        pos = parseLiteralStr(pos, out);
    } else if (c == '"') {
        pos = parseBasicStr(pos + 1, false, out);
    } else {
        fail(pos, TomlDocument::tr("Invalid initial character for a key part"));
    }
    part = QString::fromUtf8(out);
    return pos;
}

int Parser::parseKey(int pos, QStringList &key)
{
    QString part;
    pos = parseKeyPart(pos, part);
    key = QStringList{part};
    pos = skipWs(pos);
    while (at(pos) == '.' && pos < n) {
        pos = skipWs(pos + 1);
        pos = parseKeyPart(pos, part);
        key.append(part);
        pos = skipWs(pos);
    }
    return pos;
}

int Parser::parseKeyValuePair(int pos, QStringList &key, int &valueNode)
{
    pos = parseKey(pos, key);
    if (pos >= n || s.at(pos) != '=')
        fail(pos, TomlDocument::tr("Expected '=' after a key in a key/value pair"));
    pos = skipWs(pos + 1);
    return parseValue(pos, valueNode);
}

int Parser::parseLiteralStr(int pos, QByteArray &out)
{
    const int start = ++pos;
    while (true) {
        if (pos >= n)
            fail(pos, TomlDocument::tr("Unterminated string"));
        const char c = s.at(pos);
        if (c == '\'')
            break;
        if (isCtrl(c) && c != '\t')
            fail(pos, TomlDocument::tr("Found invalid character in a string"));
        ++pos;
    }
    out = s.mid(start, pos - start);
    return pos + 1;
}

int Parser::parseBasicEscape(int pos, bool multiline, QByteArray &out)
{
    const char e = at(pos + 1);
    pos += 2;
    if (multiline && (e == ' ' || e == '\t' || e == '\n')) {
        if (e != '\n') {
            pos = skipWs(pos);
            if (pos >= n)
                return pos;
            if (s.at(pos) != '\n')
                fail(pos, TomlDocument::tr("Unescaped '\\' in a string"));
            ++pos;
        }
        return skipWsNl(pos);
    }
    if (e == 'u' || e == 'U') {
        const int len = e == 'u' ? 4 : 8;
        if (pos + len > n)
            fail(pos, TomlDocument::tr("Invalid hex value"));
        for (int i = 0; i < len; ++i)
            if (!isHex(s.at(pos + i)))
                fail(pos, TomlDocument::tr("Invalid hex value"));
        bool ok = false;
        const uint code = s.mid(pos, len).toUInt(&ok, 16);
        if (!ok || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            fail(pos, TomlDocument::tr("Escaped character is not a Unicode scalar value"));
        const char32_t c32 = code;
        out += QString::fromUcs4(&c32, 1).toUtf8();
        return pos + len;
    }
    switch (e) {
    case 'b':
        out += '\b';
        break;
    case 't':
        out += '\t';
        break;
    case 'n':
        out += '\n';
        break;
    case 'f':
        out += '\f';
        break;
    case 'r':
        out += '\r';
        break;
    case '"':
        out += '"';
        break;
    case '\\':
        out += '\\';
        break;
    default:
        fail(pos, TomlDocument::tr("Unescaped '\\' in a string"));
    }
    return pos;
}

// `pos` is just after the opening quote(s).
int Parser::parseBasicStr(int pos, bool multiline, QByteArray &out)
{
    int start = pos;
    while (true) {
        if (pos >= n)
            fail(pos, TomlDocument::tr("Unterminated string"));
        const char c = s.at(pos);
        if (c == '"') {
            if (!multiline) {
                out += s.mid(start, pos - start);
                return pos + 1;
            }
            if (startsWith(pos, "\"\"\"")) {
                out += s.mid(start, pos - start);
                return pos + 3;
            }
            ++pos;
            continue;
        }
        if (c == '\\') {
            out += s.mid(start, pos - start);
            pos = parseBasicEscape(pos, multiline, out);
            start = pos;
            continue;
        }
        if (isCtrl(c) && c != '\t' && !(multiline && c == '\n'))
            fail(pos, TomlDocument::tr("Illegal character in a string"));
        ++pos;
    }
}

int Parser::parseMultilineStr(int pos, bool literal, QByteArray &out)
{
    pos += 3;
    if (at(pos) == '\n' && pos < n)
        ++pos;
    char delim;
    if (literal) {
        delim = '\'';
        const int start = pos;
        while (true) {
            if (pos >= n)
                fail(pos, TomlDocument::tr("Expected \"'''\""));
            if (startsWith(pos, "'''"))
                break;
            const char c = s.at(pos);
            if (isCtrl(c) && c != '\t' && c != '\n')
                fail(pos, TomlDocument::tr("Found invalid character in a string"));
            ++pos;
        }
        out = s.mid(start, pos - start);
        pos += 3;
    } else {
        delim = '"';
        pos = parseBasicStr(pos, true, out);
    }
    for (int extra = 0; extra < 2 && pos < n && s.at(pos) == delim; ++extra) {
        out += delim;
        ++pos;
    }
    return pos;
}

int Parser::parseArray(int pos, int &node)
{
    const int start = pos;
    node = newNode(Node::Array);
    d.nodes[node].isStatic = true;
    pos = skipCommentsAndArrayWs(pos + 1);
    if (at(pos) != ']' || pos >= n) {
        while (true) {
            int item = -1;
            pos = parseValue(pos, item);
            d.nodes[node].items.append(item);
            pos = skipCommentsAndArrayWs(pos);
            const char c = at(pos);
            if (pos < n && c == ']')
                break;
            if (pos >= n || c != ',')
                fail(pos, TomlDocument::tr("Unclosed array"));
            pos = skipCommentsAndArrayWs(pos + 1);
            if (pos < n && s.at(pos) == ']')
                break;
        }
    }
    ++pos;
    TomlDocument::Value &v = d.nodes[node].value;
    v.kind = TomlDocument::ValueKind::Array;
    v.line = lineOf(start);
    v.offset = orig(start);
    v.length = orig(pos) - v.offset;
    v.raw = d.bytes.mid(v.offset, v.length);
    v.text = QString::fromUtf8(v.raw);
    return pos;
}

int Parser::parseInlineTable(int pos, int &node)
{
    const int start = pos;
    node = newNode(Node::Table);
    d.nodes[node].isStatic = true;
    Flags local;
    pos = skipWs(pos + 1);
    if (!(pos < n && s.at(pos) == '}')) {
        while (true) {
            QStringList key;
            int valueNode = -1;
            pos = parseKeyValuePair(pos, key, valueNode);
            if (local.is(key, Flags::Frozen))
                fail(pos,
                     TomlDocument::tr("Cannot mutate immutable namespace %1").arg(keyText(key)));
            const int nest = getOrCreateNest(node, key.mid(0, key.size() - 1), false);
            if (nest < 0)
                fail(pos, TomlDocument::tr("Cannot overwrite a value"));
            if (child(nest, key.last()) >= 0)
                fail(pos, TomlDocument::tr("Duplicate inline table key '%1'").arg(key.last()));
            addChild(nest, key.last(), valueNode);
            pos = skipWs(pos);
            const char c = at(pos);
            if (pos < n && c == '}')
                break;
            if (pos >= n || c != ',')
                fail(pos, TomlDocument::tr("Unclosed inline table"));
            if (d.nodes.at(valueNode).type != Node::Scalar)
                local.set(key, Flags::Frozen, true);
            pos = skipWs(pos + 1);
        }
    }
    ++pos;
    // Tables created on the way by dotted keys inside the braces belong to the written value.
    TomlDocument::Value &v = d.nodes[node].value;
    v.kind = TomlDocument::ValueKind::InlineTable;
    v.line = lineOf(start);
    v.offset = orig(start);
    v.length = orig(pos) - v.offset;
    v.raw = d.bytes.mid(v.offset, v.length);
    v.text = QString::fromUtf8(v.raw);
    return pos;
}

const QString kTime =
    QStringLiteral("([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(?:\\.([0-9]{1,6})[0-9]*)?");

void Parser::checkDate(int pos, const QRegularExpressionMatch &m) const
{
    const int year = m.captured(1).toInt();
    const int month = m.captured(2).toInt();
    const int day = m.captured(3).toInt();
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int maxDay = days[month - 1] + (month == 2 && leap ? 1 : 0);
    if (year < 1 || day > maxDay)
        fail(pos, TomlDocument::tr("Invalid date or datetime"));
}

int Parser::parseValue(int pos, int &node)
{
    using K = TomlDocument::ValueKind;
    using S = TomlDocument::StringStyle;
    const char c = at(pos);
    const bool has = pos < n;
    QByteArray out;
    if (has && c == '"') {
        const bool multi = startsWith(pos, "\"\"\"");
        const int end =
            multi ? parseMultilineStr(pos, false, out) : parseBasicStr(pos + 1, false, out);
        node = scalar(pos, end, K::String, multi ? S::MultiLineBasic : S::Basic,
                      QString::fromUtf8(out));
        return end;
    }
    if (has && c == '\'') {
        const bool multi = startsWith(pos, "'''");
        const int end = multi ? parseMultilineStr(pos, true, out) : parseLiteralStr(pos, out);
        node = scalar(pos, end, K::String, multi ? S::MultiLineLiteral : S::Literal,
                      QString::fromUtf8(out));
        return end;
    }
    if (startsWith(pos, "true")) {
        node = scalar(pos, pos + 4, K::Boolean, S::NotAString, QStringLiteral("true"));
        return pos + 4;
    }
    if (startsWith(pos, "false")) {
        node = scalar(pos, pos + 5, K::Boolean, S::NotAString, QStringLiteral("false"));
        return pos + 5;
    }
    if (has && c == '[')
        return parseArray(pos, node);
    if (has && c == '{')
        return parseInlineTable(pos, node);

    static const QRegularExpression dateTime(
        QStringLiteral("([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
                       "(?:[Tt ]%1(?:([Zz])|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?)?")
            .arg(kTime));
    static const QRegularExpression localTime(kTime);
    static const QRegularExpression number(QStringLiteral(
        "0(?:x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|b[01](?:_?[01])*|o[0-7](?:_?[0-7])*)"
        "|[+-]?(?:0|[1-9](?:_?[0-9])*)((?:\\.[0-9](?:_?[0-9])*)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?)"));
    const auto anchored = QRegularExpression::AnchorAtOffsetMatchOption;
    auto m = dateTime.match(latin, pos, QRegularExpression::NormalMatch, anchored);
    if (m.hasMatch()) {
        checkDate(pos, m);
        const int end = int(m.capturedEnd());
        node = scalar(pos, end, K::DateTime, S::NotAString, latin.mid(pos, end - pos));
        return end;
    }
    m = localTime.match(latin, pos, QRegularExpression::NormalMatch, anchored);
    if (m.hasMatch()) {
        const int end = int(m.capturedEnd());
        node = scalar(pos, end, K::DateTime, S::NotAString, latin.mid(pos, end - pos));
        return end;
    }
    m = number.match(latin, pos, QRegularExpression::NormalMatch, anchored);
    if (m.hasMatch()) {
        const int end = int(m.capturedEnd());
        const K kind = m.capturedLength(1) > 0 ? K::Float : K::Integer;
        node = scalar(pos, end, kind, S::NotAString, latin.mid(pos, end - pos));
        return end;
    }
    for (const char *special : {"inf", "nan", "-inf", "+inf", "-nan", "+nan"}) {
        if (startsWith(pos, special)) {
            const int end = pos + int(qstrlen(special));
            node = scalar(pos, end, K::Float, S::NotAString, latin.mid(pos, end - pos));
            return end;
        }
    }
    fail(pos, TomlDocument::tr("Invalid value"));
}

int Parser::keyValueRule(int pos, const QStringList &header, int headerIndex)
{
    const int stmtStart = pos;
    QStringList key;
    int valueNode = -1;
    pos = parseKeyValuePair(pos, key, valueNode);
    const QStringList parent = header + key.mid(0, key.size() - 1);
    for (int i = 1; i < key.size(); ++i) {
        const QStringList cont = header + key.mid(0, i);
        if (flags.is(cont, Flags::ExplicitNest))
            fail(pos, TomlDocument::tr("Cannot redefine namespace %1").arg(keyText(cont)));
        flags.addPending(cont, Flags::ExplicitNest);
    }
    if (flags.is(parent, Flags::Frozen))
        fail(pos, TomlDocument::tr("Cannot mutate immutable namespace %1").arg(keyText(parent)));
    const int nest = getOrCreateNest(0, parent);
    if (nest < 0)
        fail(pos, TomlDocument::tr("Cannot overwrite a value"));
    if (child(nest, key.last()) >= 0)
        fail(pos, TomlDocument::tr("Cannot overwrite a value"));
    if (d.nodes.at(valueNode).type != Node::Scalar)
        flags.set(header + key, Flags::Frozen, true);
    addChild(nest, key.last(), valueNode);

    Data::Statement st;
    st.header = headerIndex;
    st.key = key;
    const int lineStart = lineStartOf(stmtStart);
    st.lineStart = orig(lineStart);
    st.indentLength = stmtStart - lineStart;
    d.statements.append(st);
    return pos;
}

int Parser::createDictRule(int pos, QStringList &header)
{
    pos = skipWs(pos + 1);
    QStringList key;
    pos = parseKey(pos, key);
    if (flags.is(key, Flags::ExplicitNest) || flags.is(key, Flags::Frozen))
        fail(pos, TomlDocument::tr("Cannot declare %1 twice").arg(keyText(key)));
    flags.set(key, Flags::ExplicitNest, false);
    if (getOrCreateNest(0, key) < 0)
        fail(pos, TomlDocument::tr("Cannot overwrite a value"));
    if (!(pos < n && s.at(pos) == ']'))
        fail(pos, TomlDocument::tr("Expected ']' at the end of a table declaration"));
    header = key;
    return pos + 1;
}

int Parser::createListRule(int pos, QStringList &header)
{
    pos = skipWs(pos + 2);
    QStringList key;
    pos = parseKey(pos, key);
    if (flags.is(key, Flags::Frozen))
        fail(pos, TomlDocument::tr("Cannot mutate immutable namespace %1").arg(keyText(key)));
    flags.unsetAll(key);
    flags.set(key, Flags::ExplicitNest, false);
    const int parent = getOrCreateNest(0, key.mid(0, key.size() - 1));
    if (parent < 0)
        fail(pos, TomlDocument::tr("Cannot overwrite a value"));
    int list = child(parent, key.last());
    if (list < 0) {
        list = newNode(Node::Array);
        addChild(parent, key.last(), list);
    } else if (d.nodes.at(list).type != Node::Array || d.nodes.at(list).isStatic) {
        fail(pos, TomlDocument::tr("Cannot overwrite a value"));
    }
    const int entry = newNode(Node::Table);
    d.nodes[list].items.append(entry);
    if (!startsWith(pos, "]]"))
        fail(pos, TomlDocument::tr("Expected ']]' at the end of an array declaration"));
    header = key;
    return pos + 2;
}

void Parser::run()
{
    d.nodes.clear();
    newNode(Node::Table);
    d.headers.clear();
    d.statements.clear();
    Data::Header root;
    root.lineStart = root.lineEnd = m_base;
    d.headers.append(root);

    QStringList header;
    int pos = 0;
    while (true) {
        pos = skipWs(pos);
        if (pos >= n)
            break;
        const char c = s.at(pos);
        if (c == '\n') {
            ++pos;
            continue;
        }
        bool statement = false;
        bool isHeader = false;
        const int start = pos;
        if (isBareKeyChar(c) || c == '"' || c == '\'') {
            pos = keyValueRule(pos, header, int(d.headers.size()) - 1);
            pos = skipWs(pos);
            statement = true;
        } else if (c == '[') {
            flags.finalizePending();
            const bool array = at(pos + 1) == '[' && pos + 1 < n;
            pos = array ? createListRule(pos, header) : createDictRule(pos, header);
            pos = skipWs(pos);
            Data::Header h;
            h.info.path = header;
            h.info.isArrayEntry = array;
            if (array) {
                // The entry's index in the live array: one under a new parent entry
                // ([[a]] [[a.b]] [[a]] [[a.b]]) starts again at 0.
                const int live = d.resolve(header, -1);
                h.info.arrayIndex = int(d.nodes.at(live).items.size()) - 1;
            }
            h.info.line = lineOf(start);
            h.lineStart = orig(lineStartOf(start));
            d.headers.append(h);
            isHeader = true;
        } else if (c != '#') {
            fail(pos, TomlDocument::tr("Invalid statement"));
        }
        pos = skipComment(pos);
        if (pos < n && s.at(pos) != '\n')
            fail(pos, TomlDocument::tr("Expected newline or end of document after a statement"));
        const int lineEnd = pos < n ? orig(pos + 1) : orig(pos);
        if (statement)
            d.statements.last().lineEnd = lineEnd;
        if (isHeader)
            d.headers.last().lineEnd = lineEnd;
        if (pos >= n)
            break;
        ++pos;
    }
    for (int i = 0; i < d.headers.size(); ++i)
        d.headers[i].sectionEnd =
            i + 1 < d.headers.size() ? d.headers.at(i + 1).lineStart : int(d.bytes.size());
}

// Offset of the first byte that is not strict UTF-8 (no overlong forms, no surrogates), or -1.
int firstInvalidUtf8(const QByteArray &b)
{
    const int n = int(b.size());
    for (int i = 0; i < n;) {
        const auto c = static_cast<unsigned char>(b.at(i));
        int len = 0;
        uint cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (int k = 1; k < len; ++k) {
            const auto cc = static_cast<unsigned char>(b.at(i + k));
            if ((cc & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return -1;
}

bool canBeLiteral(const QString &text)
{
    for (const QChar c : text)
        if (c == QLatin1Char('\'') || (c.unicode() < 0x20 && c != QLatin1Char('\t')) ||
            c.unicode() == 0x7f)
            return false;
    return true;
}

} // namespace

TomlDocument::TomlDocument()
    : m_data(std::make_unique<Data>())
{
    Data::Header root;
    m_data->headers.append(root);
    m_data->nodes.append(Node{});
}
TomlDocument::TomlDocument(std::unique_ptr<Data> data)
    : m_data(std::move(data))
{}
TomlDocument::TomlDocument(const TomlDocument &other)
    : m_data(std::make_unique<Data>(*other.m_data))
{}
TomlDocument &TomlDocument::operator=(const TomlDocument &other)
{
    if (this != &other)
        m_data = std::make_unique<Data>(*other.m_data);
    return *this;
}
TomlDocument::TomlDocument(TomlDocument &&other) noexcept = default;
TomlDocument &TomlDocument::operator=(TomlDocument &&other) noexcept = default;
TomlDocument::~TomlDocument() = default;

Expected<TomlDocument> TomlDocument::parse(const QByteArray &bytes, const QString &path)
{
    auto data = std::make_unique<Data>();
    data->bytes = bytes;
    data->path = path;
    data->bom = bytes.startsWith(kBom);
    const int base = data->bom ? 3 : 0;
    QByteArray body = bytes.mid(base);

    if (const int bad = firstInvalidUtf8(body); bad >= 0)
        return makeError(CoreError::Kind::BadFile,
                         tr("The file is not valid UTF-8 text. Save it as UTF-8 and try again."),
                         path, int(body.left(bad).count('\n')) + 1);

    // "\r\n" becomes "\n" for the grammar, as tomllib does; removed positions map back.
    QList<int> crs;
    QByteArray src;
    src.reserve(body.size());
    for (int i = 0; i < body.size(); ++i) {
        if (body.at(i) == '\r' && i + 1 < body.size() && body.at(i + 1) == '\n') {
            crs.append(int(src.size()));
            continue;
        }
        src.append(body.at(i));
    }

    Parser parser(src, crs, base, *data);
    try {
        parser.run();
    } catch (const SyntaxError &error) {
        return makeError(CoreError::Kind::BadFile,
                         tr("The file is not valid TOML: %1. Correct the line and try again.")
                             .arg(error.message),
                         path, parser.lineOf(error.pos));
    }
    return TomlDocument(std::move(data));
}

QByteArray TomlDocument::toBytes() const
{
    return m_data->bytes;
}

bool TomlDocument::hasBom() const
{
    return m_data->bom;
}

QByteArray TomlDocument::preferredTerminator() const
{
    const QByteArray &b = m_data->bytes;
    const qsizetype lf = b.count('\n');
    const qsizetype crlf = b.count("\r\n");
    return crlf > 0 && crlf * 2 > lf ? QByteArray("\r\n") : QByteArray("\n");
}

std::optional<TomlDocument::Value> TomlDocument::value(const TableRef &table,
                                                       const QStringList &key) const
{
    if (key.isEmpty())
        return std::nullopt;
    const int tableNode = m_data->resolve(table.path, table.arrayIndex);
    if (tableNode < 0 || m_data->nodes.at(tableNode).type != Node::Table)
        return std::nullopt;
    int node = tableNode;
    for (const QString &part : key) {
        const Node &nd = m_data->nodes.at(node);
        if (nd.type != Node::Table)
            return std::nullopt;
        node = nd.children.value(part, -1);
        if (node < 0)
            return std::nullopt;
    }
    const Node &nd = m_data->nodes.at(node);
    if (!nd.isStatic)
        return std::nullopt;
    return nd.value;
}

bool TomlDocument::hasTable(const TableRef &table) const
{
    const int node = m_data->resolve(table.path, table.arrayIndex);
    return node >= 0 && m_data->nodes.at(node).type == Node::Table;
}

int TomlDocument::arrayCount(const QStringList &path) const
{
    const int node = m_data->resolve(path, -1);
    if (node < 0 || m_data->nodes.at(node).type != Node::Array)
        return 0;
    return int(m_data->nodes.at(node).items.size());
}

QStringList TomlDocument::keys(const TableRef &table) const
{
    const int node = m_data->resolve(table.path, table.arrayIndex);
    if (node < 0 || m_data->nodes.at(node).type != Node::Table)
        return {};
    return m_data->nodes.at(node).order;
}

QList<TomlDocument::Table> TomlDocument::tables() const
{
    QList<Table> out;
    for (const Data::Header &h : std::as_const(m_data->headers))
        out.append(h.info);
    return out;
}

namespace {

QString canonicalInteger(QString text)
{
    text.remove(QLatin1Char('_'));
    int base = 10;
    if (text.startsWith(QLatin1String("0x")) || text.startsWith(QLatin1String("0o")) ||
        text.startsWith(QLatin1String("0b"))) {
        base = text.at(1) == QLatin1Char('x') ? 16 : text.at(1) == QLatin1Char('o') ? 8 : 2;
        text = text.mid(2);
    }
    bool ok = false;
    const qlonglong number = text.toLongLong(&ok, base);
    if (ok)
        return QString::number(number);
    const qulonglong unsignedNumber = text.toULongLong(&ok, base);
    return ok ? QString::number(unsignedNumber) : text;
}

QString canonicalFloat(QString text)
{
    text.remove(QLatin1Char('_'));
    if (text.endsWith(QLatin1String("nan")))
        return QStringLiteral("nan");
    if (text.endsWith(QLatin1String("inf")))
        return text.startsWith(QLatin1Char('-')) ? QStringLiteral("-inf") : QStringLiteral("inf");
    return QString::asprintf("%.17g", text.toDouble());
}

QJsonValue canonical(const Data &d, int index)
{
    const Node &node = d.nodes.at(index);
    if (node.type == Node::Table) {
        QJsonObject object;
        for (const QString &name : node.order)
            object.insert(name, canonical(d, node.children.value(name)));
        return object;
    }
    if (node.type == Node::Array) {
        QJsonArray array;
        for (const int item : node.items)
            array.append(canonical(d, item));
        return array;
    }
    using K = TomlDocument::ValueKind;
    const TomlDocument::Value &v = node.value;
    QString type;
    QString text;
    switch (v.kind) {
    case K::String:
        type = QStringLiteral("string");
        text = v.text;
        break;
    case K::Integer:
        type = QStringLiteral("integer");
        text = canonicalInteger(v.text);
        break;
    case K::Float:
        type = QStringLiteral("float");
        text = canonicalFloat(v.text);
        break;
    case K::Boolean:
        type = QStringLiteral("boolean");
        text = v.text;
        break;
    default:
        type = QStringLiteral("datetime");
        break;
    }
    return QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("value"), text}};
}

} // namespace

QByteArray TomlDocument::toCanonicalJson() const
{
    return QJsonDocument(canonical(*m_data, 0).toObject()).toJson(QJsonDocument::Compact);
}

QByteArray TomlDocument::quoteBasic(const QString &text)
{
    QByteArray out("\"");
    const QList<uint> chars = text.toUcs4();
    for (const uint u : chars) {
        switch (u) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            if (u < 0x20 || u == 0x7f) {
                out += "\\u" + QByteArray::number(u, 16).rightJustified(4, '0').toUpper();
            } else {
                const char32_t c32 = u;
                out += QString::fromUcs4(&c32, 1).toUtf8();
            }
        }
    }
    return out + '"';
}

QByteArray TomlDocument::formatKey(const QStringList &key)
{
    QByteArrayList parts;
    for (const QString &part : key) {
        bool bare = !part.isEmpty();
        for (const QChar c : part)
            bare = bare && c.unicode() < 0x80 && isBareKeyChar(char(c.unicode()));
        parts.append(bare ? part.toLatin1() : quoteBasic(part));
    }
    return parts.join('.');
}

Expected<void> TomlDocument::replaceBytes(int offset, int length, const QByteArray &with)
{
    QByteArray bytes = m_data->bytes;
    bytes.replace(offset, length, with);
    auto reparsed = parse(bytes, m_data->path);
    if (!reparsed)
        return reparsed.error();
    m_data = std::move(reparsed.value().m_data);
    return {};
}

Expected<bool> TomlDocument::setString(const TableRef &table, const QStringList &key,
                                       const QString &text)
{
    const auto existing = value(table, key);
    if (existing && existing->kind == ValueKind::String && existing->text == text)
        return false;
    QByteArray raw;
    if (existing && existing->style == StringStyle::Literal && canBeLiteral(text))
        raw = '\'' + text.toUtf8() + '\'';
    else
        raw = quoteBasic(text);
    return setRawValue(table, key, raw);
}

Expected<bool> TomlDocument::setRawValue(const TableRef &table, const QStringList &key,
                                         const QByteArray &rawValue)
{
    // The text must be exactly one value.
    auto probe = parse("v = " + rawValue + '\n');
    if (!probe || probe->keys({}).size() != 1 ||
        probe->value({}, {QStringLiteral("v")})->raw != rawValue)
        return makeError(CoreError::Kind::InvalidValue,
                         tr("\"%1\" is not a single TOML value.").arg(QString::fromUtf8(rawValue)),
                         m_data->path);
    const auto existing = value(table, key);
    if (existing) {
        if (existing->raw == rawValue)
            return false;
        MIRRORDECK_TRY(replaceBytes(existing->offset, existing->length, rawValue));
        return true;
    }
    MIRRORDECK_TRY(insertValue(table, key, rawValue));
    return true;
}

namespace {
int findHeader(const QList<Data::Header> &headers, const TomlDocument::TableRef &table)
{
    for (int i = 0; i < headers.size(); ++i) {
        const auto &info = headers.at(i).info;
        if (i == 0 && !table.path.isEmpty())
            continue;
        if (info.path == table.path && info.arrayIndex == table.arrayIndex)
            return i;
    }
    return -1;
}
} // namespace

Expected<void> TomlDocument::insertValue(const TableRef &table, const QStringList &key,
                                         const QByteArray &rawValue)
{
    if (key.isEmpty() || value(table, key) || hasTable({table.path + key, -1}))
        return makeError(
            CoreError::Kind::InvalidValue,
            tr("The key %1 is already set.").arg(QString::fromUtf8(formatKey(table.path + key))),
            m_data->path);
    const int header = findHeader(m_data->headers, table);
    if (header < 0)
        return makeError(CoreError::Kind::NotFound,
                         tr("The file has no table [%1] to add the key to.")
                             .arg(QString::fromUtf8(formatKey(table.path))),
                         m_data->path);
    const QByteArray term = preferredTerminator();
    const QByteArray line = formatKey(key) + " = " + rawValue;
    const QByteArray &bytes = m_data->bytes;
    int at = -1;
    QByteArray indent;
    for (const Data::Statement &st : std::as_const(m_data->statements)) {
        if (st.header == header) {
            at = st.lineEnd;
            indent = bytes.mid(st.lineStart, st.indentLength);
        }
    }
    if (at < 0)
        at = m_data->headers.at(header).lineEnd;
    QByteArray text;
    if (at > 0 && at == bytes.size() && bytes.at(at - 1) != '\n' && !(m_data->bom && at == 3))
        text = term + indent + line; // the file still ends without a newline
    else
        text = indent + line + term;
    return replaceBytes(at, 0, text);
}

Expected<TomlDocument::TableRef>
TomlDocument::appendTable(const QStringList &path,
                          const QList<QPair<QString, QByteArray>> &rawValues)
{
    if (path.isEmpty() || hasTable({path, -1}) || arrayCount(path) > 0)
        return makeError(
            CoreError::Kind::InvalidValue,
            tr("The table [%1] exists already.").arg(QString::fromUtf8(formatKey(path))),
            m_data->path);
    const QByteArray term = preferredTerminator();
    QByteArray text = '[' + formatKey(path) + ']' + term;
    for (const auto &[k, v] : rawValues)
        text += formatKey({k}) + " = " + v + term;
    const QByteArray &bytes = m_data->bytes;
    const int base = m_data->bom ? 3 : 0;
    QByteArray prefix;
    if (bytes.size() > base) {
        if (!bytes.endsWith('\n'))
            prefix = term + term;
        else if (!(bytes.endsWith("\n\n") || bytes.endsWith("\n\r\n")))
            prefix = term;
    }
    MIRRORDECK_TRY(replaceBytes(int(bytes.size()), 0, prefix + text));
    return TableRef{path, -1};
}

Expected<TomlDocument::TableRef>
TomlDocument::appendArrayTable(const QStringList &path,
                               const QList<QPair<QString, QByteArray>> &rawValues)
{
    if (path.isEmpty())
        return makeError(CoreError::Kind::InvalidValue, tr("A table needs a name."), m_data->path);
    const QByteArray term = preferredTerminator();
    QByteArray text = "[[" + formatKey(path) + "]]" + term;
    for (const auto &[k, v] : rawValues)
        text += formatKey({k}) + " = " + v + term;
    const QByteArray &bytes = m_data->bytes;
    const int base = m_data->bom ? 3 : 0;
    QByteArray prefix;
    if (bytes.size() > base) {
        if (!bytes.endsWith('\n'))
            prefix = term + term;
        else if (!(bytes.endsWith("\n\n") || bytes.endsWith("\n\r\n")))
            prefix = term;
    }
    MIRRORDECK_TRY(replaceBytes(int(bytes.size()), 0, prefix + text));
    return TableRef{path, arrayCount(path) - 1};
}

Expected<bool> TomlDocument::removeKey(const TableRef &table, const QStringList &key)
{
    const QStringList full = table.path + key;
    for (const Data::Statement &st : std::as_const(m_data->statements)) {
        const Table &info = m_data->headers.at(st.header).info;
        if (info.path + st.key != full)
            continue;
        if (info.path == table.path ? info.arrayIndex != table.arrayIndex : table.arrayIndex >= 0)
            continue;
        int start = st.lineStart;
        int end = st.lineEnd;
        const QByteArray &bytes = m_data->bytes;
        if (end == bytes.size() && (end == 0 || bytes.at(end - 1) != '\n') && start > 0) {
            // Last line without a final newline: take the newline before it, keep none after.
            start -= (start >= 2 && bytes.at(start - 2) == '\r') ? 2 : 1;
        }
        MIRRORDECK_TRY(replaceBytes(start, end - start, {}));
        return true;
    }
    if (value(table, key))
        return makeError(CoreError::Kind::InvalidValue,
                         tr("The key %1 is part of a larger value; edit that value instead.")
                             .arg(QString::fromUtf8(formatKey(full))),
                         m_data->path);
    return false;
}

Expected<bool> TomlDocument::removeTable(const TableRef &table)
{
    const int header = findHeader(m_data->headers, table);
    if (header <= 0)
        return false;
    const Data::Header &h = m_data->headers.at(header);
    const QByteArray &bytes = m_data->bytes;
    int start = h.lineStart;
    int end = h.sectionEnd;
    if (end < bytes.size()) {
        // Keep the comment block directly above the next header.
        while (end > h.lineEnd) {
            int prev = end - 1; // the '\n' ending the previous line
            int lineStart = prev;
            while (lineStart > 0 && bytes.at(lineStart - 1) != '\n')
                --lineStart;
            const QByteArray content = bytes.mid(lineStart, prev - lineStart).trimmed();
            if (!content.startsWith('#'))
                break;
            end = lineStart;
        }
    } else {
        // The last table: the blank line that separated it goes too.
        int prevEnd = start;
        if (prevEnd > 0 && bytes.at(prevEnd - 1) == '\n') {
            int lineStart = prevEnd - 1;
            while (lineStart > 0 && bytes.at(lineStart - 1) != '\n')
                --lineStart;
            if (bytes.mid(lineStart, prevEnd - lineStart).trimmed().isEmpty() && lineStart > 0)
                start = lineStart;
        }
    }
    MIRRORDECK_TRY(replaceBytes(start, end - start, {}));
    return true;
}

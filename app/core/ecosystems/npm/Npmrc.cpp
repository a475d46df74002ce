#include "Npmrc.h"

#include <QSet>
#include <QStringDecoder>

#include <algorithm>

using Syntax = NpmIniSyntax;

namespace {

// npm/ini splitSections(): split on separators not preceded by a backslash.
QStringList splitSections(const QString &text, QChar separator)
{
    QStringList sections;
    qsizetype lastSeparator = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == separator && !(i > 0 && text.at(i - 1) == QLatin1Char('\\'))) {
            sections << text.mid(lastSeparator, i - lastSeparator);
            lastSeparator = i + 1;
        }
    }
    sections << text.mid(lastSeparator);
    return sections;
}

bool isCommentOrBlank(const QString &segment)
{
    for (const QChar c : segment) {
        if (Syntax::isJsWhitespace(c))
            continue;
        return c == QLatin1Char(';') || c == QLatin1Char('#');
    }
    return true;
}

const QString kProto = QStringLiteral("__proto__");

// String([…]) joins elements with ',' and prints null as nothing.
QString arrayItemText(const NpmIniSyntax::Decoded &value)
{
    return !value.isString && value.text == QLatin1String("null") ? QString() : value.text;
}

} // namespace

bool Npmrc::Slot::truthy() const
{
    return kind != Resolved::Kind::Scalar || scalar.truthy;
}

bool Npmrc::isIgnoredLine(const QByteArray &raw)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                     QStringDecoder::Flag::ConvertInitialBom);
    const QString text = decoder.decode(raw);
    // npm/ini splits on /[\r\n]+/; a part that is neither a comment nor blank is read.
    const QStringList parts = text.split(QLatin1Char('\r'));
    return std::all_of(parts.cbegin(), parts.cend(), isCommentOrBlank);
}

Npmrc Npmrc::parse(const LineDocument &document)
{
    Npmrc npmrc;
    npmrc.m_document = document;
    for (int i = 0; i < document.lineCount(); ++i) {
        // QString::fromUtf8 would drop a BOM at the start of a line; npm keeps it as U+FEFF.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                         QStringDecoder::Flag::ConvertInitialBom);
        QString text = decoder.decode(document.line(i));
        if (i == 0 && document.hasBom())
            text.prepend(QChar(0xFEFF)); // npm reads the BOM as part of the first line
        npmrc.m_lineTexts << text;
        // npm/ini splits on /[\r\n]+/: a lone CR inside a LineDocument line ends a line too.
        qsizetype start = 0;
        while (start < text.size()) {
            while (start < text.size() && text.at(start) == QLatin1Char('\r'))
                ++start;
            if (start >= text.size())
                break;
            qsizetype end = text.indexOf(QLatin1Char('\r'), start);
            if (end < 0)
                end = text.size();
            npmrc.parseSegment(i, start, end);
            start = end;
        }
    }
    npmrc.buildTopLevel();
    return npmrc;
}

void Npmrc::parseSegment(int line, qsizetype start, qsizetype end)
{
    const QString &text = m_lineTexts.at(line);
    const QString segment = text.mid(start, end - start);
    if (isCommentOrBlank(segment))
        return;

    Entry entry;
    entry.line = line;
    entry.start = start;
    entry.end = end;
    entry.topLevel = !m_seenSection;

    // ^\[([^\]]*)\]\s*$
    if (segment.startsWith(QLatin1Char('['))) {
        const qsizetype close = segment.indexOf(QLatin1Char(']'), 1);
        if (close > 0 && Syntax::isBlank(segment.mid(close + 1))) {
            entry.isSection = true;
            entry.topLevel = false;
            m_seenSection = true;
            entry.sectionName = Syntax::unsafe(segment.mid(1, close - 1)).text;
            m_entries << entry;
            return;
        }
    }
    // ^([^=]+)(=(.*))?$ — `.` stops at U+2028/U+2029, so such a value makes the line not match.
    if (segment.startsWith(QLatin1Char('=')))
        return;
    const qsizetype equals = segment.indexOf(QLatin1Char('='));
    const QString keyPart = equals < 0 ? segment : segment.left(equals);
    if (equals >= 0) {
        const QString valuePart = segment.mid(equals + 1);
        if (valuePart.contains(QChar(0x2028)) || valuePart.contains(QChar(0x2029)))
            return;
    }
    QString key = Syntax::unsafe(keyPart).text;
    entry.arrayKey = key.size() > 2 && key.endsWith(QLatin1String("[]"));
    if (entry.arrayKey)
        key.chop(2);
    if (key == kProto)
        return;
    entry.rawKey = key;
    entry.hasEquals = equals >= 0;
    if (!entry.hasEquals) {
        entry.value.text = QStringLiteral("true");
        entry.value.isString = false;
        entry.valueStart = entry.valueEnd = end;
        m_entries << entry;
        return;
    }
    entry.equalsPos = start + equals;
    const QString valuePart = segment.mid(equals + 1);
    entry.value = Syntax::decodeValue(valuePart);

    // Locate the bytes an edit replaces: the trimmed value, or for an unquoted value the text
    // before its inline comment.
    qsizetype vs = 0;
    while (vs < valuePart.size() && Syntax::isJsWhitespace(valuePart.at(vs)))
        ++vs;
    qsizetype ve = valuePart.size();
    while (ve > vs && Syntax::isJsWhitespace(valuePart.at(ve - 1)))
        --ve;
    if (entry.value.quote == Syntax::Quote::None) {
        bool escaping = false;
        for (qsizetype i = vs; i < ve; ++i) {
            const QChar c = valuePart.at(i);
            if (escaping) {
                escaping = false;
            } else if (c == QLatin1Char('\\')) {
                escaping = true;
            } else if (c == QLatin1Char(';') || c == QLatin1Char('#')) {
                ve = i;
                break;
            }
        }
        while (ve > vs && Syntax::isJsWhitespace(valuePart.at(ve - 1)))
            --ve;
    }
    const qsizetype valueOffset = start + equals + 1;
    entry.valueStart = valueOffset + vs;
    entry.valueEnd = valueOffset + ve;
    m_entries << entry;
}

void Npmrc::buildTopLevel()
{
    QHash<QString, int> index;
    enum class Target
    {
        Top,
        Elsewhere
    };
    Target target = Target::Top;

    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry &entry = m_entries.at(i);
        if (entry.isSection) {
            const QString &name = entry.sectionName;
            target = Target::Elsewhere;
            if (name == kProto)
                continue;
            // p = out[section] = out[section] || {}: a truthy value stays (the section's keys
            // then vanish), anything else becomes the section object.
            auto found = index.find(name);
            if (found != index.end() && m_slots.at(*found).truthy())
                continue;
            Slot slot;
            slot.rawKey = name;
            slot.kind = Resolved::Kind::Object;
            slot.line = entry.line;
            if (found != index.end()) {
                m_slots[*found] = slot;
            } else {
                index.insert(name, int(m_slots.size()));
                m_slots << slot;
            }
            continue;
        }
        if (target != Target::Top)
            continue;
        auto found = index.find(entry.rawKey);
        if (found == index.end()) {
            Slot slot;
            slot.rawKey = entry.rawKey;
            slot.kind = entry.arrayKey ? Resolved::Kind::Array : Resolved::Kind::Scalar;
            found = index.insert(entry.rawKey, int(m_slots.size()));
            m_slots << slot;
        } else if (entry.arrayKey && m_slots.at(*found).kind == Resolved::Kind::Scalar) {
            Slot &slot = m_slots[*found];
            slot.kind = Resolved::Kind::Array;
            slot.items = {arrayItemText(slot.scalar)};
        }
        Slot &slot = m_slots[*found];
        // Once an option is an array (also a JSON one: '[1,2]'), a later plain `key=` line adds
        // to it as well.
        if (slot.kind == Resolved::Kind::Array) {
            slot.items << arrayItemText(entry.value);
        } else if (entry.value.isArray) {
            slot.kind = Resolved::Kind::Array;
            slot.items = entry.value.items;
        } else {
            slot.scalar = entry.value;
        }
        slot.line = entry.line;
        slot.entries << i;
    }

    // {a:{y:1},"a.b":{x:2}} --> {a:{y:1,b:{x:2}}}: dotted section names fold into the top
    // level. Like npm/ini, names are deleted only after the loop (by name), and the loop visits
    // the keys that existed when it started.
    QSet<QString> removed;
    const int count = int(m_slots.size());
    for (int i = 0; i < count; ++i) {
        if (m_slots.at(i).kind != Resolved::Kind::Object)
            continue;
        const QString name = m_slots.at(i).rawKey;
        const int line = m_slots.at(i).line;
        QStringList parts = splitSections(name, QLatin1Char('.'));
        const QString last = parts.takeLast();
        QString unescapedLast = last;
        unescapedLast.replace(QLatin1String("\\."), QLatin1String("."));
        QString topName;
        for (const QString &part : std::as_const(parts)) {
            if (part != kProto) {
                topName = part;
                break;
            }
        }
        // Either the section moves under a top-level object (which replaces a plain value but
        // keeps an array or another section), or `[a\.b]` is renamed to "a.b" directly.
        const bool renamed = topName.isEmpty();
        if (renamed) {
            if (unescapedLast == last)
                continue;
            topName = unescapedLast; // out[nl] = out[k]
        }
        removed.insert(name);
        // (A null value here makes npm/ini throw; either way npm cannot use it as a value.)
        Slot object;
        object.rawKey = topName;
        object.kind = Resolved::Kind::Object;
        object.line = line;
        const auto existing = index.constFind(topName);
        if (existing == index.cend()) {
            index.insert(topName, int(m_slots.size()));
            m_slots << object;
        } else if (renamed || m_slots.at(*existing).kind == Resolved::Kind::Scalar) {
            m_slots[*existing] = object;
        }
    }
    if (!removed.isEmpty()) {
        m_slots.erase(
            std::remove_if(m_slots.begin(), m_slots.end(),
                           [&](const Slot &slot) { return removed.contains(slot.rawKey); }),
            m_slots.end());
    }
}

Npmrc::Resolved Npmrc::resolve(const QString &key, const QProcessEnvironment &environment) const
{
    Resolved resolved;
    for (const Slot &slot : m_slots) {
        if (Syntax::expand(slot.rawKey, environment) != key)
            continue;
        resolved.kind = slot.kind;
        resolved.rawKey = slot.rawKey;
        resolved.line = slot.line;
        resolved.items = slot.items;
        resolved.text = slot.kind == Resolved::Kind::Array    ? slot.items.join(QLatin1Char(','))
                        : slot.kind == Resolved::Kind::Object ? QStringLiteral("[object Object]")
                                                              : slot.scalar.text;
        resolved.isString = slot.kind == Resolved::Kind::Scalar && slot.scalar.isString;
        resolved.effectiveEntry = slot.entries.isEmpty() ? -1 : slot.entries.last();
        resolved.entries << slot.entries;
    }
    std::sort(resolved.entries.begin(), resolved.entries.end());
    return resolved;
}

QStringList Npmrc::keys(const QProcessEnvironment &environment) const
{
    // conf.data[key] = value keeps a key where it first appeared.
    QStringList result;
    QSet<QString> seen;
    for (const Slot &slot : m_slots) {
        const QString key = Syntax::expand(slot.rawKey, environment);
        if (!seen.contains(key)) {
            seen.insert(key);
            result << key;
        }
    }
    return result;
}

QHash<QString, QString> Npmrc::snapshotExcept(const QString &key,
                                              const QProcessEnvironment &environment) const
{
    QHash<QString, QString> values;
    for (const Slot &slot : m_slots) {
        const QString expanded = Syntax::expand(slot.rawKey, environment);
        if (expanded == key)
            continue;
        values.insert(expanded, QString::number(int(slot.kind)) + QLatin1Char(':') +
                                    (slot.kind == Resolved::Kind::Array ? slot.items.join(QChar(0))
                                                                        : slot.scalar.text));
    }
    return values;
}

Expected<LineDocument> Npmrc::verified(const LineDocument &candidate, const QString &key,
                                       const QString *expectedValue,
                                       const QProcessEnvironment &environment,
                                       const QString &filePath, bool *ok) const
{
    const Npmrc reparsed = parse(candidate);
    const Resolved after = reparsed.resolve(key, environment);
    *ok = expectedValue ? after.kind == Resolved::Kind::Scalar && after.text == *expectedValue
                        : after.kind == Resolved::Kind::Absent;
    *ok = *ok && reparsed.snapshotExcept(key, environment) == snapshotExcept(key, environment);
    if (*ok)
        return candidate;
    return makeError(CoreError::Kind::BadFile,
                     tr("MirrorDeck cannot change \"%1\" here so that npm reads the file as "
                        "intended (a [section] header or an unusual line is in the way); the "
                        "file was left unchanged. Edit it by hand.")
                         .arg(key),
                     filePath, after.line >= 0 ? after.line + 1 : 0);
}

int Npmrc::insertionLine() const
{
    int lastTopLevelKey = -1;
    int firstSection = m_document.lineCount();
    for (const Entry &entry : m_entries) {
        if (entry.isSection)
            firstSection = std::min(firstSection, entry.line);
        else if (entry.topLevel)
            lastTopLevelKey = std::max(lastTopLevelKey, entry.line);
    }
    if (lastTopLevelKey >= 0)
        return std::min(lastTopLevelKey + 1, firstSection);
    if (firstSection >= m_document.lineCount())
        return m_document.lineCount();
    // Above the comment block that introduces the first section, below anything else.
    int line = firstSection;
    while (line > 0) {
        const QString &previous = m_lineTexts.at(line - 1);
        if (Syntax::isBlank(previous) || !isCommentOrBlank(previous))
            break;
        --line;
    }
    return line;
}

QString Npmrc::separatorStyle() const
{
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        if (it->isSection || !it->topLevel || it->equalsPos < 0)
            continue;
        const QString &text = m_lineTexts.at(it->line);
        const bool spaced = it->equalsPos > 0 && text.at(it->equalsPos - 1) == QLatin1Char(' ') &&
                            it->equalsPos + 1 < text.size() &&
                            text.at(it->equalsPos + 1) == QLatin1Char(' ');
        return spaced ? QStringLiteral(" = ") : QStringLiteral("=");
    }
    return QStringLiteral("=");
}

static QByteArray lineBytes(const QString &text, int line, bool hasBom)
{
    return (line == 0 && hasBom && text.startsWith(QChar(0xFEFF)) ? text.mid(1) : text).toUtf8();
}

Expected<LineDocument> Npmrc::withValue(const QString &key, const QString &value,
                                        const QProcessEnvironment &environment,
                                        const QString &filePath) const
{
    const Resolved current = resolve(key, environment);
    if (current.kind == Resolved::Kind::Object)
        return makeError(CoreError::Kind::BadFile,
                         tr("The [section] header on this line makes npm read \"%1\" as a "
                            "section instead of a value, and npm fails on it. Rename or remove "
                            "the section by hand; the file was left unchanged.")
                             .arg(key),
                         filePath, current.line + 1);
    if (current.kind == Resolved::Kind::Array)
        return makeError(CoreError::Kind::BadFile,
                         tr("\"%1\" is written as a list (%1[]=…), so npm reads several values "
                            "for it. Keep a single \"%1=…\" line by hand; the file was left "
                            "unchanged.")
                             .arg(key),
                         filePath, current.line + 1);
    if (current.kind == Resolved::Kind::Scalar && current.text == value)
        return m_document;

    const QList<Syntax::Quote> styles = {current.kind == Resolved::Kind::Scalar
                                             ? m_entries.at(current.effectiveEntry).value.quote
                                             : Syntax::Quote::None,
                                         Syntax::Quote::Double};
    Expected<LineDocument> result = m_document;
    for (const Syntax::Quote style : styles) {
        LineDocument candidate = m_document;
        const QString encoded = Syntax::encodeValue(value, style);
        if (current.kind == Resolved::Kind::Scalar) {
            const Entry &entry = m_entries.at(current.effectiveEntry);
            const QString &text = m_lineTexts.at(entry.line);
            const QString replaced =
                entry.hasEquals
                    ? text.left(entry.valueStart) + encoded + text.mid(entry.valueEnd)
                    : text.left(entry.end) + QLatin1Char('=') + encoded + text.mid(entry.end);
            candidate.replaceLine(entry.line, lineBytes(replaced, entry.line, m_document.hasBom()));
        } else {
            candidate.insertLine(insertionLine(), (key + separatorStyle() + encoded).toUtf8());
        }
        bool ok = false;
        result = verified(candidate, key, &value, environment, filePath, &ok);
        if (ok)
            return result;
    }
    return result;
}

Expected<LineDocument> Npmrc::withoutKey(const QString &key, const QProcessEnvironment &environment,
                                         const QString &filePath) const
{
    const Resolved current = resolve(key, environment);
    if (current.kind == Resolved::Kind::Absent)
        return m_document;
    if (current.kind == Resolved::Kind::Object)
        return makeError(CoreError::Kind::BadFile,
                         tr("The [section] header on this line makes npm read \"%1\" as a "
                            "section, which MirrorDeck does not remove. Edit the file by hand; "
                            "it was left unchanged.")
                             .arg(key),
                         filePath, current.line + 1);

    LineDocument candidate = m_document;
    QList<int> entryIndexes = current.entries;
    // Work from the end so earlier offsets and line numbers stay valid.
    std::sort(entryIndexes.begin(), entryIndexes.end(), [this](int a, int b) {
        const Entry &x = m_entries.at(a);
        const Entry &y = m_entries.at(b);
        return x.line != y.line ? x.line > y.line : x.start > y.start;
    });
    QHash<int, QString> edited;
    for (const int index : entryIndexes) {
        const Entry &entry = m_entries.at(index);
        QString text = edited.value(entry.line, m_lineTexts.at(entry.line));
        qsizetype start = entry.start;
        qsizetype end = entry.end;
        if (start > 0 && text.at(start - 1) == QLatin1Char('\r'))
            --start;
        else if (end < text.size() && text.at(end) == QLatin1Char('\r'))
            ++end;
        text.remove(start, end - start);
        edited.insert(entry.line, text);
    }
    QList<int> lines = edited.keys();
    std::sort(lines.begin(), lines.end(), std::greater<int>());
    for (const int line : lines) {
        QString rest = edited.value(line);
        rest.remove(QLatin1Char('\r'));
        if (rest.isEmpty() || (line == 0 && rest == QString(QChar(0xFEFF))))
            candidate.removeLine(line);
        else
            candidate.replaceLine(line, lineBytes(edited.value(line), line, m_document.hasBom()));
    }
    bool ok = false;
    return verified(candidate, key, nullptr, environment, filePath, &ok);
}

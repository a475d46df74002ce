#include "GoEnvFile.h"

static const QByteArray kUtf8Bom("\xEF\xBB\xBF");

GoEnvFile::GoEnvFile(LineDocument document)
    : m_document(std::move(document))
{
    for (int index = 0; index < m_document.lineCount(); ++index) {
        const QByteArray raw = rawLine(index);
        if (isIgnoredLine(raw))
            continue;
        const qsizetype equals = raw.indexOf('=');
        m_entries.append({raw.left(equals), raw.mid(equals + 1), index});
    }
}

bool GoEnvFile::isIgnoredLine(const QByteArray &raw)
{
    return !raw.contains('=') || raw.at(0) < 'A' || raw.at(0) > 'Z';
}

QByteArray GoEnvFile::rawLine(int index) const
{
    const LineDocument::Line &line = m_document.lines().at(index);
    QByteArray raw = line.content;
    if (line.terminator == "\r\n")
        raw += '\r';
    if (index == 0 && m_document.hasBom())
        raw.prepend(kUtf8Bom);
    return raw;
}

std::optional<GoEnvFile::Entry> GoEnvFile::effectiveEntry(const QString &key) const
{
    const QByteArray wanted = key.toUtf8();
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        if (m_entries.at(i).key == wanted)
            return m_entries.at(i);
    }
    return std::nullopt;
}

QList<int> GoEnvFile::ignoredDuplicateLines(const QString &key) const
{
    const QByteArray wanted = key.toUtf8();
    QList<int> lines;
    for (const Entry &entry : m_entries) {
        if (entry.key == wanted)
            lines.append(entry.lineIndex);
    }
    if (!lines.isEmpty())
        lines.removeLast();
    return lines;
}

QList<int> GoEnvFile::ignoredLookalikeLines(const QString &key) const
{
    const QByteArray wanted = key.toUtf8().toUpper();
    QList<int> lines;
    int entryIndex = 0;
    for (int index = 0; index < m_document.lineCount(); ++index) {
        while (entryIndex < m_entries.size() && m_entries.at(entryIndex).lineIndex < index)
            ++entryIndex;
        if (entryIndex < m_entries.size() && m_entries.at(entryIndex).lineIndex == index &&
            m_entries.at(entryIndex).key == key.toUtf8())
            continue; // a real line of this key
        QByteArray text = m_document.line(index).trimmed();
        if (text.startsWith("export ") || text.startsWith("export\t"))
            text = text.mid(7).trimmed();
        const qsizetype equals = text.indexOf('=');
        if (equals > 0 && text.left(equals).trimmed().toUpper() == wanted)
            lines.append(index);
    }
    return lines;
}

QByteArray GoEnvFile::render(const QList<LineDocument::Line> &lines) const
{
    QByteArray bytes;
    if (m_document.hasBom())
        bytes += kUtf8Bom;
    for (const LineDocument::Line &line : lines) {
        bytes += line.content;
        bytes += line.terminator;
    }
    return bytes;
}

QByteArray GoEnvFile::withValue(const QString &key, const QString &value) const
{
    QList<LineDocument::Line> lines = m_document.lines();
    const QByteArray keyBytes = key.toUtf8();
    const QByteArray content = keyBytes + '=' + value.toUtf8();
    if (const std::optional<Entry> entry = effectiveEntry(key)) {
        LineDocument::Line &line = lines[entry->lineIndex];
        // The key bytes are exactly `key` (the go command matches keys exactly), so this replaces
        // the value bytes only. A CRLF terminator would put "\r" into the new value: use "\n".
        line.content = content;
        if (line.terminator == "\r\n")
            line.terminator = "\n";
        return render(lines);
    }
    // Appending: the go command reads "\r" into values, so new lines end in "\n" even in a CRLF
    // file. A file without a final newline keeps that habit.
    QByteArray newTerminator = "\n";
    if (!lines.isEmpty() && lines.last().terminator.isEmpty()) {
        lines.last().terminator = "\n";
        newTerminator.clear();
    }
    if (lines.isEmpty() && m_document.hasBom()) {
        // The go command reads the BOM as part of the first line, which then never counts.
        lines.append({QByteArray(), "\n"});
    }
    lines.append({content, newTerminator});
    return render(lines);
}

QByteArray GoEnvFile::withoutKey(const QString &key) const
{
    QList<LineDocument::Line> lines = m_document.lines();
    const QByteArray wanted = key.toUtf8();
    // Remove from the end so earlier indexes stay valid.
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        if (m_entries.at(i).key == wanted)
            lines.removeAt(m_entries.at(i).lineIndex);
    }
    return render(lines);
}

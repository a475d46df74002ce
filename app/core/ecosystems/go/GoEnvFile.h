#pragma once

// The go env file (`go env -w` writes it) read exactly as the go command reads it, and edited so
// that every byte outside the changed value stays as it was.
//
// The go command's rule (cmd/go/internal/cfg): split on "\n" only; a line counts when it contains
// "=" and its first byte is A-Z; key = bytes before the first "=", value = the raw rest (no
// quoting, no trimming: a "\r" of a CRLF file is part of the value); the last line of a key wins.
// A UTF-8 BOM is not skipped, so the first line of a file with a BOM never counts.
// The go command never refuses an env file: lines it cannot read are silently ignored.

#include "config/ConfigFile.h"
#include "config/LineDocument.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

class GoEnvFile
{
public:
    struct Entry
    {
        QByteArray key;
        QByteArray value;  // raw, as the go command reads it (a trailing "\r" included)
        int lineIndex = 0; // 0-based index into the LineDocument
    };

    GoEnvFile() = default;
    explicit GoEnvFile(LineDocument document);
    static GoEnvFile fromBytes(const QByteArray &bytes)
    {
        return GoEnvFile(LineDocument::fromBytes(bytes));
    }

    // The go command's rule for a line it skips; `raw` as rawLine() gives it. Such a line may hold
    // any bytes (the go command never decodes it), so the reader lets invalid UTF-8 through there.
    static bool isIgnoredLine(const QByteArray &raw);
    static TextPolicy textPolicy() { return TextPolicy::ignoringInvalidBytesIn(&isIgnoredLine); }

    const LineDocument &document() const { return m_document; }
    const QList<Entry> &entries() const { return m_entries; }

    // The effective entry of `key` (the last line that sets it), if any.
    std::optional<Entry> effectiveEntry(const QString &key) const;
    // Earlier lines of `key` that the go command ignores because a later one wins (0-based).
    QList<int> ignoredDuplicateLines(const QString &key) const;

    // Lines that look as if they set `key` but that the go command ignores: indented, lowercase,
    // with spaces before "=", "export KEY=…", or hidden behind a UTF-8 BOM on the first line
    // (0-based). Hand-edited files have these; the user believes the setting is there.
    QList<int> ignoredLookalikeLines(const QString &key) const;

    // The file's bytes with `key` set to `value`: the effective line's value bytes replaced (its
    // terminator becomes "\n" if it was "\r\n", so the go command does not read a "\r" into the new
    // value), or a new line "KEY=value" appended at the end. Other lines keep their exact bytes.
    QByteArray withValue(const QString &key, const QString &value) const;
    // The file's bytes without any line of `key`: the effective one and the earlier duplicates
    // that would otherwise become effective. Other lines keep their exact bytes.
    QByteArray withoutKey(const QString &key) const;

    // The line as the go command sees it: content plus the "\r" of a CRLF terminator, with the BOM
    // in front of the first line.
    QByteArray rawLine(int index) const;

private:
    QByteArray render(const QList<LineDocument::Line> &lines) const;

    LineDocument m_document;
    QList<Entry> m_entries;
};

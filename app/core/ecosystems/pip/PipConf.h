#pragma once

// One pip.conf / pip.ini, read exactly as pip reads it and edited without disturbing anything else.
//
// pip hands the file to Python's configparser.RawConfigParser with its defaults, so this class
// follows that parser rule for rule (Lib/configparser.py, RawConfigParser._read):
//   - lines end at "\n", "\r\n" or a lone "\r" (Python's universal newlines);
//   - a line whose stripped text starts with '#' or ';' is a comment; there are no inline
//     comments, so "index-url = https://x ; note" has the value "https://x ; note";
//   - "[name]" opens a section (name between the first '[' and the last ']', case kept);
//     "[DEFAULT]" holds options that leak into every other section;
//   - an option is "name = value" or "name : value" split at the first delimiter; the name is
//     lowercased, the value stripped; a line indented deeper than its option line continues the
//     value (joined with "\n"), blank lines inside a value are kept, trailing ones dropped;
//   - "blank" is Python's str.isspace(): also U+001C–U+001F, U+00A0, U+3000 …;
//   - an option twice in one section, a section twice, text before the first section header or a
//     line that fits none of these makes pip refuse the whole file: parse() returns an error
//     naming the line, like pip's own message. So does a UTF-8 byte order mark: pip opens the
//     file as "utf-8", not "utf-8-sig", and U+FEFF is then text before the first header.
// pip then lowercases option names and turns '_' into '-' (and drops a leading "--"), so
// "index_url" and "index-url" are one key for pip though two distinct options here; when both
// exist the later one in configparser's item order wins, and that is the one edited.
//
// Edits replace only the bytes of the value; everything else (comments, spacing, line endings,
// other sections, a missing final newline) stays byte-for-byte.

#include "Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class PipConf
{
    Q_DECLARE_TR_FUNCTIONS(PipConf)

public:
    static inline const QString kDefaultSection = QStringLiteral("DEFAULT");

    struct ValueSpan
    {
        int line = 0;  // index into the logical lines
        int start = 0; // UTF-16 offsets inside that line's text
        int end = 0;
    };

    struct Option
    {
        QString section;        // as written ("DEFAULT" for the defaults section)
        QString name;           // configparser's key: the written name, lowercased
        QString normalizedName; // pip's key: lowercased, '_' → '-', leading "--" dropped
        QString value;          // the value configparser returns (continuations joined by "\n")
        int nameEnd = 0;        // end of the written name on the option's line
        ValueSpan first;        // the value on the option's own line
        QList<ValueSpan> continuations;
        int lastLine = 0; // last logical line holding part of the value

        int lineNumber() const { return first.line + 1; }
    };

    static Expected<PipConf> parse(const QByteArray &bytes, const QString &path);

    // pip's name for an option: "--Index_URL" → "index-url".
    static QString normalizeName(const QString &name);
    // Python's str.isspace() for one UTF-16 unit (all of Python's whitespace is in the BMP).
    static bool isPythonSpace(QChar c);
    // Whitespace-separated entries, as pip splits extra-index-url and trusted-host.
    static QStringList splitValues(const QString &value);

    // Sections in file order, "DEFAULT" excluded (as configparser's sections()).
    QStringList sections() const;
    bool hasSection(const QString &section) const;
    // The option pip reads for section.name: [DEFAULT] leaks in, the later twin wins. Null when
    // the section does not exist (then [DEFAULT] is not seen either) or has no such key.
    const Option *find(const QString &section, const QString &normalizedName) const;
    // Every option of `section` whose pip name is `normalizedName` (twins), DEFAULT excluded.
    QList<const Option *> findAll(const QString &section, const QString &normalizedName) const;
    const QList<Option> &options() const { return m_options; }
    int logicalLineCount() const { return int(m_lines.size()); }

    // New file bytes with section.name set. Multi-valued keys take one entry per value and are
    // written in the indented continuation form; single values are written on the option line.
    // An existing option is edited in place (the effective twin); a missing one is added after
    // the section's last option, or with a new section header at the end of the file.
    QByteArray withValues(const QString &section, const QString &normalizedName,
                          const QStringList &values, bool multiValued) const;
    // New file bytes without any option of `section` whose pip name is `normalizedName`.
    QByteArray withoutKey(const QString &section, const QString &normalizedName) const;

    QByteArray toBytes() const;

private:
    // One line as Python sees it, with the exact terminator that ended it. LineDocument splits
    // only at "\n" (right for Go); pip also ends a line at a lone "\r", so this class keeps its
    // own line list — bytes are still reproduced exactly.
    struct Line
    {
        QByteArray bytes;      // without the terminator
        QByteArray terminator; // "\n", "\r\n", "\r" or "" (last line only)
        QString text;          // bytes decoded (the file is checked UTF-8 before editing)
    };
    struct SectionInfo
    {
        QString name;
        int headerLine = 0;
    };
    class Editor;

    QString newOptionLine(const QString &indent, const QString &name, const QString &value) const;
    QString continuationIndent(const Option &option) const;

    bool m_hasBom = false;
    QList<Line> m_lines;
    QList<Option> m_options;
    QList<SectionInfo> m_sections;               // DEFAULT headers included
    QString m_separator = QStringLiteral(" = "); // the file's habit between name and value
};

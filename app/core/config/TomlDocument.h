#pragma once

// A TOML 1.0 file kept byte for byte, with lookups by table and key and edits that touch only the
// bytes they must.
//
// Parsing follows the rules of Python's tomllib (Lib/tomllib/_parser.py) so that a file this class
// accepts is one a strict reader accepts too: UTF-8 only, "\n" or "\r\n" line ends (a lone "\r" is
// an error), no key or table defined twice, no dotted key or header reopening a table defined
// elsewhere, inline tables and static arrays closed to later additions, escapes and control
// characters checked, integers, floats, booleans and dates checked against the TOML grammar (then
// kept as raw text). A UTF-8 byte order mark is set aside before parsing and written back, as the
// common TOML readers of native tools skip it. Errors name the 1-based line.
//
// Edits work on the bytes and the document is parsed again after each one, so lookups always
// describe the current text and an edit that would leave an unreadable document is refused.
// Comments, blank lines, order, quoting style, line endings, the byte order mark and a missing
// final newline outside the edited bytes stay as they were.

#include "Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class TomlDocument
{
    Q_DECLARE_TR_FUNCTIONS(TomlDocument)

public:
    enum class ValueKind
    {
        String,
        Integer,
        Float,
        Boolean,
        DateTime, // offset or local date-time, local date, local time
        Array,
        InlineTable,
    };

    enum class StringStyle
    {
        NotAString,
        Basic,            // "…"
        Literal,          // '…'
        MultiLineBasic,   // """…"""
        MultiLineLiteral, // '''…'''
    };

    // A table by its name from the root ({} is the root table). For an array of tables at `path`,
    // `arrayIndex` picks the entry (0-based); -1 means "not an array entry". Arrays of tables
    // crossed on the way (`[[a]]` then `[a.b]`) resolve to their last entry, as TOML headers do.
    struct TableRef
    {
        QStringList path;
        int arrayIndex = -1;
    };

    struct Value
    {
        ValueKind kind = ValueKind::String;
        StringStyle style = StringStyle::NotAString;
        QString text;   // strings decoded; every other kind as written (e.g. "0x1F", "true")
        QByteArray raw; // the exact bytes of the value, quotes included
        int line = 0;   // 1-based line where the value starts
        int offset = 0; // byte offset of the value in toBytes()
        int length = 0;
    };

    // One header ([name] or [[name]]) or the root, in file order.
    struct Table
    {
        QStringList path;
        bool isArrayEntry = false;
        int arrayIndex = -1; // entry number of [[path]]; -1 for [path] and the root
        int line = 0;        // 1-based line of the header; 0 for the root
    };

    TomlDocument();
    TomlDocument(const TomlDocument &other);
    TomlDocument &operator=(const TomlDocument &other);
    TomlDocument(TomlDocument &&other) noexcept;
    TomlDocument &operator=(TomlDocument &&other) noexcept;
    ~TomlDocument();

    // `path` only names the file in error messages.
    static Expected<TomlDocument> parse(const QByteArray &bytes, const QString &path = {});
    QByteArray toBytes() const;

    bool hasBom() const;
    // "\r\n" when most line ends are "\r\n", else "\n": new lines follow the file's habit.
    QByteArray preferredTerminator() const;

    // --- lookups ----------------------------------------------------------------------------
    // The value at `key` (one or more names) below `table`, wherever the text defines it: in the
    // table's own section, through a dotted key from a parent, or inside an inline table. Null
    // when absent or when it is a table.
    std::optional<Value> value(const TableRef &table, const QStringList &key) const;
    // Whether `table` exists as a table (header, dotted keys, inline table or array entry).
    bool hasTable(const TableRef &table) const;
    // Entries of the array of tables (or static array) at `path`; 0 when there is none.
    int arrayCount(const QStringList &path) const;
    // The names directly below `table`, in the order they were first defined.
    QStringList keys(const TableRef &table) const;
    // Headers in file order, the root first.
    QList<Table> tables() const;
    // The whole data as JSON, for comparing with other parsers: tables are objects, arrays are
    // arrays, every other value is {"type": "string"|"integer"|"float"|"boolean"|"datetime",
    // "value": …} with strings decoded, integers in decimal, floats as "%.17g" (or "inf", "-inf",
    // "nan"), booleans as "true"/"false" and date-times empty (their forms vary by reader).
    QByteArray toCanonicalJson() const;

    // --- edits ------------------------------------------------------------------------------
    // Sets `key` below `table` to a string. An existing string value changes only its bytes, in
    // its own quote style when the new text can be written in it (else as a basic string); any
    // other existing value is replaced by a basic string. An absent key is inserted as with
    // insertValue(). Returns whether the bytes changed.
    Expected<bool> setString(const TableRef &table, const QStringList &key, const QString &value);
    // Like setString() for a value given as TOML text ("true", "42", "[\"a\"]"); the text must be
    // one valid TOML value.
    Expected<bool> setRawValue(const TableRef &table, const QStringList &key,
                               const QByteArray &rawValue);
    // Inserts `key = rawValue` into the section of `table` (its header, or the top of the file for
    // the root), after the section's last key/value line, with that line's indentation and the
    // file's line ending. Fails when the key exists or the table has no section of its own.
    Expected<void> insertValue(const TableRef &table, const QStringList &key,
                               const QByteArray &rawValue);
    // Appends "[path]" (or "[[path]]" for appendArrayTable) and the given key/value lines at the
    // end of the file, after a blank line when the file has content. Values are raw TOML text.
    // Returns the new table's reference.
    Expected<TableRef> appendTable(const QStringList &path,
                                   const QList<QPair<QString, QByteArray>> &rawValues = {});
    Expected<TableRef> appendArrayTable(const QStringList &path,
                                        const QList<QPair<QString, QByteArray>> &rawValues = {});
    // Removes the key/value line (a key defined on its own line in `table`'s section, or through
    // a dotted key there); other lines stay. Returns whether anything was removed.
    Expected<bool> removeKey(const TableRef &table, const QStringList &key);
    // Removes the header of `table` and its section up to the next header, keeping the comment
    // lines directly above the next header (they describe it). A table removed from the end of
    // the file takes the blank line before it along. Returns whether anything was removed.
    Expected<bool> removeTable(const TableRef &table);

    // How a string is written as a TOML basic string, quotes included.
    static QByteArray quoteBasic(const QString &text);
    // A key part written bare when it can be, else quoted.
    static QByteArray formatKey(const QStringList &key);

    struct Data; // the parsed state; public only so the parser in the .cpp can fill it

private:
    explicit TomlDocument(std::unique_ptr<Data> data);
    Expected<void> replaceBytes(int offset, int length, const QByteArray &with);

    std::unique_ptr<Data> m_data;
};

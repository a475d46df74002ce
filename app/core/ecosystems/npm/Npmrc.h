#pragma once

// One .npmrc file as npm reads it and as MirrorDeck edits it. Parsing follows npm/ini's
// decode() line for line (lines split on any run of CR/LF, `;`/`#` comments, quoted and escaped
// values, `key[]` arrays, `[section]` headers after which npm sees no more options, the last of
// duplicate keys winning, dotted section names folding into the top level) and
// @npmcli/config's `${VAR}` expansion of keys. Edits replace only the bytes of the effective
// value, insert new keys above the first [section] header, and are checked by parsing the result
// again: a change npm would not read back as intended is refused instead of written.

#include "Expected.h"
#include "config/ConfigFile.h"
#include "config/LineDocument.h"
#include "ecosystems/npm/NpmIniSyntax.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class Npmrc
{
    Q_DECLARE_TR_FUNCTIONS(Npmrc)

public:
    // One logical line npm/ini matched (a key or a [section] header).
    struct Entry
    {
        int line = 0;        // 0-based physical line (LineDocument index)
        qsizetype start = 0; // the logical line inside lineText(line)
        qsizetype end = 0;
        bool isSection = false;
        QString sectionName;      // headers only, decoded
        QString rawKey;           // decoded key without "[]", before ${VAR} expansion
        bool arrayKey = false;    // written as key[]=
        bool hasEquals = false;   // "key" alone means true
        qsizetype equalsPos = -1; // position of the first '=' in lineText(line)
        qsizetype valueStart = 0; // the value text an edit replaces (quotes included)
        qsizetype valueEnd = 0;
        NpmIniSyntax::Decoded value;
        bool topLevel = true; // npm sees it as an option (no [section] header before it)
    };

    // What npm ends up with for one option of this file.
    struct Resolved
    {
        enum class Kind
        {
            Absent,
            Scalar,
            Array,
            Object
        };
        Kind kind = Kind::Absent;
        QString rawKey;
        QString text;            // String(value): arrays joined with ','
        bool isString = true;    // false: true/false/null or another JSON value
        QStringList items;       // arrays
        int line = -1;           // 0-based line of the effective entry (the header for Object)
        QList<int> entries;      // every top-level entry that defines the option
        int effectiveEntry = -1; // the entry whose value npm uses (Scalar and Array)
    };

    static Npmrc parse(const LineDocument &document);
    // Whether npm skips every part of this physical line (raw bytes, BOM included) as a comment or
    // blank. npm reads the file as UTF-8 with replacement characters, so invalid bytes there change
    // nothing for it; the reader lets them through and edits never touch such a line.
    static bool isIgnoredLine(const QByteArray &raw);
    static TextPolicy textPolicy() { return TextPolicy::ignoringInvalidBytesIn(&isIgnoredLine); }
    static Npmrc fromBytes(const QByteArray &bytes)
    {
        return parse(LineDocument::fromBytes(bytes));
    }

    const LineDocument &document() const { return m_document; }
    const QList<Entry> &entries() const { return m_entries; }
    // The decoded text of a physical line as npm sees it (the first line keeps a BOM as U+FEFF).
    QString lineText(int line) const { return m_lineTexts.at(line); }

    Resolved resolve(const QString &key, const QProcessEnvironment &environment) const;
    // Every option npm sees in this file (keys expanded), in npm's order, without duplicates.
    QStringList keys(const QProcessEnvironment &environment) const;
    // Every option but `except`, as "kind:value" — compared before and after an edit to prove
    // that nothing else changed for npm.
    QHash<QString, QString> snapshotExcept(const QString &except,
                                           const QProcessEnvironment &environment) const;

    // The document with `key` set to `value` (written literally; npm expands ${VAR} on reading).
    // Unchanged when npm already reads exactly that value.
    Expected<LineDocument> withValue(const QString &key, const QString &value,
                                     const QProcessEnvironment &environment,
                                     const QString &filePath) const;
    // The document without any line that defines `key` for npm.
    Expected<LineDocument> withoutKey(const QString &key, const QProcessEnvironment &environment,
                                      const QString &filePath) const;

private:
    struct Slot
    {
        QString rawKey;
        Resolved::Kind kind = Resolved::Kind::Scalar;
        NpmIniSyntax::Decoded scalar;
        QStringList items;
        int line = -1;
        QList<int> entries;
        bool truthy() const;
    };

    void parseSegment(int line, qsizetype start, qsizetype end);
    void buildTopLevel();
    int insertionLine() const;
    QString separatorStyle() const;
    Expected<LineDocument> verified(const LineDocument &candidate, const QString &key,
                                    const QString *expectedValue,
                                    const QProcessEnvironment &environment, const QString &filePath,
                                    bool *ok) const;

    LineDocument m_document;
    QStringList m_lineTexts;
    QList<Entry> m_entries;
    QList<Slot> m_slots; // npm/ini's top-level object, in insertion order
    bool m_seenSection = false;
};

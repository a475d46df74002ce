#pragma once

// A .yarnrc.yml as Yarn Berry reads it, kept byte for byte: the block-mapping subset of YAML that
// yarnrc files use (nested block maps; plain, single- and double-quoted scalars, also plain ones
// continued on the next line; comments; flow sequences and maps and block scalars kept as opaque
// values; block sequences of scalars). Yarn parses with js-yaml's failsafe schema (every scalar a
// string, a duplicate key: the last wins) and fails on a malformed file; so does parse(), with
// the line, so a file Yarn refuses is never edited. What Yarn accepts but MirrorDeck does not
// edit (anchors, aliases, tags, multi-line quoted scalars, complex keys) is refused just as
// clearly. `${VAR}` references are kept literal.
//
// Edits change only the bytes they must: a scalar's own bytes (in its quote style where that can
// hold the value), one new line per new key in the file's indentation and line endings, the lines
// of a removed key. BOM, CRLF and a missing final newline survive.

#include "Expected.h"
#include "config/LineDocument.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class Yarnrc
{
    Q_DECLARE_TR_FUNCTIONS(Yarnrc)

public:
    enum class Kind
    {
        Null,        // "key:" with nothing under it
        Scalar,      // a string (failsafe schema)
        Map,         // a block map
        Sequence,    // a block sequence
        Flow,        // [a, b] or {a: b}: opaque, except the items of a flat flow sequence
        BlockScalar, // | or >: opaque
    };
    enum class Quote
    {
        Plain,
        Single,
        Double
    };

    struct Node
    {
        QString key;
        QStringList path;
        Kind kind = Kind::Null;
        int line = 0;     // 0-based line of the key
        int lastLine = 0; // last line of its value (children included, trailing comments not)
        int indent = 0;   // column of the key
        int colonEnd = 0; // byte offset just after the ':' on the key line
        bool hasComment = false; // a comment after the value on the key line
        // Scalar: the value's bytes [valueStart, valueEnd) on `line` (continuation lines up to
        // lastLine for a multi-line plain scalar), its style and decoded text.
        int valueStart = 0;
        int valueEnd = 0;
        Quote quote = Quote::Plain;
        QString text;
        // Sequence / flat flow sequence: the items, when all are scalars.
        QStringList items;
        bool itemsKnown = false;
        int childIndent = -1; // Map / Sequence: the column of the children
        int parent = -1;      // index in nodes(); -1: the document
        QList<int> children;
    };

    Yarnrc() = default;
    // `path` names the file in errors.
    static Expected<Yarnrc> parse(const QByteArray &bytes, const QString &path = {});

    QByteArray toBytes() const { return m_document.toBytes(); }
    const QList<Node> &nodes() const { return m_nodes; }
    // The node Yarn uses for `path` (the last of duplicate keys), or null.
    const Node *find(const QStringList &path) const;
    // Keys of the map at `path` ({} is the document), each once, in file order.
    QStringList childKeys(const QStringList &path) const;
    // The indentation step the file uses (2 when it has no nested map).
    int indentUnit() const;

    // The file with `path` set to the string `value`; missing maps on the way are created.
    Expected<QByteArray> withScalar(const QStringList &path, const QString &value) const;
    // The file with `path` set to a sequence of strings.
    Expected<QByteArray> withSequence(const QStringList &path, const QStringList &items) const;
    // The file without `path` (every duplicate), and without parent maps left empty that hold
    // nothing else (no other key, no comment): the ones an earlier set created.
    Expected<QByteArray> without(const QStringList &path) const;

    // A scalar as YAML text in `quote` style, or the nearest style that can hold it.
    static QByteArray formatScalar(const QString &value, Quote quote);

private:
    struct Parser;
    Expected<QByteArray> reparsed(const LineDocument &document) const;
    const Node *deepestExisting(const QStringList &path, int *depth) const;
    int insertionLine(const Node *parent) const;
    int childIndentFor(const Node *parent) const;

    LineDocument m_document;
    QList<Node> m_nodes;
    QList<int> m_roots;
    QString m_path;
};

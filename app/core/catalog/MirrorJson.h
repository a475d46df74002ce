#pragma once

// Reads and writes the mirror list format shared by resources/mirrors.json, a --catalog file and
// the user's own mirrors: {"version": 1, "mirrors": [{ "id", "ecosystem", "url", ... }]}.
// Every entry is validated; an error names the file, the line where the entry starts (when it can
// be found) and the entry, so a hand-edited file can be fixed without guessing.

#include "Expected.h"
#include "catalog/Mirror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class MirrorJson
{
    Q_DECLARE_TR_FUNCTIONS(MirrorJson)

public:
    static constexpr int kFormatVersion = 1;

    // Parses and validates a whole document. Ids must be unique within it. `filePath` is only used
    // in error messages. Entries are returned in file order with userDefined = `userDefined`.
    static Expected<QList<Mirror>> parseDocument(const QByteArray &json, const QString &filePath,
                                                 bool userDefined = false);

    // Checks one mirror's values (not id uniqueness): id form, a registered ecosystem and the
    // protocol it reads, http(s) URL with a host, names, the ecosystem's own options (Go's
    // "sumdb") as its descriptor validates them, homepage form. `filePath` and `line` go into the
    // error.
    static Expected<void> validate(const Mirror &mirror, const QString &filePath = {},
                                   int line = 0);

    static QJsonObject toJson(const Mirror &mirror);
    static QByteArray toDocument(const QList<Mirror> &mirrors);
};

#pragma once

// Merges two change-history files of one ecosystem (the JSON that ChangeHistory writes) into one:
// every entry is kept, newest first by time, and the ids are renumbered 1…n from the oldest, so
// they are unique again and "the next id is the highest plus one" still holds. An entry found in
// both files (equal in everything but its id: a merge that was interrupted and runs again) is kept
// once. It works on the JSON objects, so any field a newer history format adds travels along.

#include "Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class HistoryMerge
{
    Q_DECLARE_TR_FUNCTIONS(HistoryMerge)

public:
    // The merged file. The top-level fields (the format version) are those of `canonical`. Fails,
    // changing nothing, when either file is not a history; the error names `legacyPath` or
    // `canonicalPath`.
    static Expected<QByteArray> merge(const QByteArray &canonical, const QString &canonicalPath,
                                      const QByteArray &legacy, const QString &legacyPath);
    // The same history with every secret masked (SecretMask), as ChangeHistory stores it now:
    // histories of earlier versions held tokens in clear. Bytes that are not a history come back
    // unchanged.
    static QByteArray maskSecrets(const QByteArray &history);
};

#pragma once

// The user's own mirrors (a company registry, a mirror we do not ship), kept as a mirror list in
// the app's config dir ("user-mirrors.json", same format and fields as the catalog). Adds, edits
// and removes them; ids must not clash with the catalog's, URLs must be http or https. Writes are
// atomic (QSaveFile), so a crash never leaves half a file.
//
// The GUI probes a new mirror before it calls add(); that is not this class's job. A host name
// that mixes scripts is stored in its punycode (ACE) form; HostNameCheck gives the warning.

#include "Expected.h"
#include "catalog/Mirror.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

class UserMirrorStore
{
    Q_DECLARE_TR_FUNCTIONS(UserMirrorStore)

public:
    static const QString kFileName; // "user-mirrors.json"

    // `catalogIds` are the ids the user may not take (the built-in or --catalog ones).
    // `directory` defaults to QStandardPaths::AppConfigLocation; tests pass a temporary one.
    explicit UserMirrorStore(QSet<QString> catalogIds, QString directory = {});

    static QString defaultDirectory();
    // After the catalog was (re)loaded: the ids the user may no longer take.
    void setCatalogIds(QSet<QString> ids) { m_catalogIds = std::move(ids); }
    QString directory() const { return m_directory; }
    QString filePath() const;

    // The stored mirrors, userDefined = true. A missing file is an empty list, not an error.
    Expected<QList<Mirror>> load() const;

    // Empty nameZh is filled with name (users rarely type both); userDefined is forced on.
    Expected<void> add(Mirror mirror);
    // Replaces the mirror `id`; the new value may carry a new id if that one is free.
    Expected<void> update(const QString &id, Mirror mirror);
    Expected<void> remove(const QString &id);

    // Adds `mirrors` (another store's, being merged into this one) that this store lacks; one
    // already here, equal in every field, is skipped. One whose id is taken by a different mirror
    // is added under a free id ("corp-2"), so nothing is lost. Returns "old id → new id" for
    // those renamed.
    Expected<QStringList> addMissing(const QList<Mirror> &mirrors);

private:
    Expected<void> check(Mirror &mirror, const QList<Mirror> &others) const;
    Expected<void> save(const QList<Mirror> &mirrors) const;

    QSet<QString> m_catalogIds;
    QString m_directory;
};

#pragma once

// Earlier releases kept the window's data under another application name than the CLI's (see
// AppIdentity::legacyApplicationNames), so each had its own history, mirrors and preferences.
// This merges such data into the canonical locations, once:
// - each history file entry by entry (HistoryMerge: every entry kept, ids renumbered);
// - the user's own mirrors by id (UserMirrorStore::addMissing: a clashing id is renamed);
// - the settings key by key: a key the canonical file holds keeps its value, missing ones are
//   filled from the old file;
// - any other file is copied when the canonical side lacks it.
// Nothing is deleted. The old folders and settings file are renamed aside ("….merged") and a
// canonical file the merge rewrites is first copied to "….before-merge". A marker in the data
// folder makes it run once; a QLockFile there serialises the window and the CLI starting at the
// same moment, and a merge that was cut short runs again harmlessly (entries already merged are
// recognised).

#include "migration/AppLocations.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class LegacyDataMerge
{
    Q_DECLARE_TR_FUNCTIONS(LegacyDataMerge)

public:
    static const QString kMarkerName;   // "legacy-merged", in the canonical data folder
    static const QString kAsideSuffix;  // ".merged", appended to each old folder and file
    static const QString kBackupSuffix; // ".before-merge", a canonical file's state before

    LegacyDataMerge(AppLocations canonical, QList<AppLocations> legacy);

    // Merges whatever there is to merge, once. Returns translated messages for what could not be
    // merged (a damaged old history, a folder that cannot be written); the app shows them and
    // starts anyway.
    QStringList run();

private:
    bool hasLegacyData() const;
    void merge(const AppLocations &legacy);
    void mergeHistories(const QString &from, const QString &to);
    void mergeUserMirrors(const QString &fromDirectory, const QString &toDirectory);
    void mergeSettings(const QString &from, const QString &to);
    void copyMissingFiles(const QString &from, const QString &to, const QStringList &handled);
    bool backUp(const QString &path);
    bool writeFile(const QString &path, const QByteArray &bytes);
    void setAside(const QString &path);
    void fail(const QString &message, const QString &path);

    AppLocations m_canonical;
    QList<AppLocations> m_legacy;
    QStringList m_warnings;
    bool m_incomplete = false; // a write failed: keep the old data in place and try next start
};

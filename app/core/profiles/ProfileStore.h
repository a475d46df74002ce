#pragma once

// The user's profiles, one JSON file ("profiles.json") in the data directory the window and the
// CLI share. Every call reads or writes the whole file (a few KB); writes are atomic (QSaveFile).
// Values are never secrets: ProfileApplier::capture leaves out anything SecretMask would hide.

#include "Expected.h"
#include "profiles/Profile.h"

#include <QCoreApplication>
#include <QLockFile>

#include <memory>

class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)

public:
    explicit ProfileStore(QString path);
    static QString defaultPath(const QString &dataDirectory); // <dir>/profiles.json
    QString path() const { return m_path; }

    // A name is 1–64 characters, no control characters, no leading or trailing space.
    static Expected<void> validateName(const QString &name);

    Expected<QList<Profile>> profiles() const; // sorted by name; none when the file is absent
    Expected<Profile> find(const QString &name) const;
    // Adds `profile`, or replaces the one with the same name.
    Expected<void> save(const Profile &profile);
    Expected<void> remove(const QString &name);

private:
    Expected<std::unique_ptr<QLockFile>> lock() const;
    Expected<void> write(const QList<Profile> &profiles);

    QString m_path;
};

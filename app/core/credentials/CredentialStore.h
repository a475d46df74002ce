#pragma once

// The list of credential entries, without any secret: <AppDataLocation>/credentials.json (0600 in
// a 0700 folder), written atomically under a lock file so the window and CLI runs never lose each
// other's entries. Small and read whole: a user has a handful of private repositories.

#include "Expected.h"
#include "credentials/CredentialEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(CredentialStore)

public:
    explicit CredentialStore(QString directory);
    QString filePath() const;

    Expected<QList<CredentialEntry>> entries() const;
    Expected<std::optional<CredentialEntry>> find(const QString &normalisedUrl) const;
    // Adds or replaces the entry with the same URL.
    Expected<void> put(const CredentialEntry &entry);
    Expected<void> remove(const QString &normalisedUrl);

private:
    using Mutation = std::function<void(QList<CredentialEntry> &)>;
    Expected<void> modify(const Mutation &mutation);
    Expected<void> save(const QList<CredentialEntry> &entries) const;

    QString m_directory;
};

#pragma once

// Adds, removes and tests private repositories, asynchronously, for the window and the CLI alike:
// file work (planning, ConfigWriter with history, the entry list) runs on the given disk pool,
// keychain work in KeychainJob / KeyringItemJob, and each operation ends in one finished()
// on the manager's thread. Order of an add: plan everything (refuse bad input with nothing
// written) → keychain → pip's keyring item → files. When the keychain refuses, no file changed.
// Removal deletes the secret first, then undoes exactly the recorded setup steps.

#include "credentials/CredentialEntry.h"
#include "credentials/CredentialSetup.h"
#include "credentials/KeychainJob.h"
#include "platform/ToolEnvironment.h"

#include <QObject>
#include <QStringList>

#include <functional>

class QThreadPool;

struct CredentialOutcome
{
    bool ok = false;
    QString error;        // translated, when !ok
    QStringList messages; // what happened, for the user (translated)
    QStringList notes;    // things to read (translated)
    CredentialEntry entry;
};

class CredentialManager : public QObject
{
    Q_OBJECT

public:
    // dataDirectory: where credentials.json lives; historyDirectory: the shared change history.
    CredentialManager(ToolEnvironment environment, QString dataDirectory, QString historyDirectory,
                      QThreadPool *diskPool, QObject *parent = nullptr);

    void add(const CredentialEntry &entry, const CredentialOptions &options, const QString &secret);
    void remove(const QString &url);
    void test(const QString &url);

Q_SIGNALS:
    void finished(const CredentialOutcome &outcome);

private:
    template <typename Work, typename Then> void onPool(Work work, Then then);
    void fail(const QString &message, CredentialOutcome outcome = {});
    void applyAndRecord(PlannedSetup plan, CredentialEntry entry, bool removing,
                        CredentialOutcome outcome);

    ToolEnvironment m_environment;
    QString m_dataDirectory;
    QString m_historyDirectory;
    QThreadPool *m_pool;
};

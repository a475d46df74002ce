#pragma once

// Small asynchronous keychain jobs over QtKeychain, after Nextcloud desktop's keychainchunk: one
// job reads, writes or deletes one secret and emits finished() once, on the thread that started
// it, so the GUI thread never waits. "Not found" is a status of its own, apart from real errors;
// no keychain at all (no D-Bus session, no Secret Service or KWallet) is Unavailable with a
// translated sentence saying what to do — there is deliberately no plain-text fallback. A locked
// keychain is unlocked by the keychain itself: the Secret Service shows its unlock prompt, and a
// dismissed prompt comes back as Denied.

#include <QCoreApplication>
#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
}

struct KeychainResult
{
    enum class Status
    {
        Ok,
        NotFound,
        Unavailable, // no keychain: nothing was read or written
        Denied,      // the user dismissed the unlock prompt, or access was refused
        Error,
    };
    Status status = Status::Error;
    QString message; // translated; empty for Ok
    QString secret;  // ReadJob only

    bool ok() const { return status == Status::Ok; }
};

class KeychainJob : public QObject
{
    Q_OBJECT

public:
    // Every MirrorDeck secret lives under this service name.
    static QString serviceName();

    explicit KeychainJob(QString key, QObject *parent = nullptr);
    // Starts the job; finished() follows, never before start() returns.
    void start();
    QString key() const { return m_key; }

Q_SIGNALS:
    void finished(const KeychainResult &result);

protected:
    virtual QKeychain::Job *createJob() = 0;
    virtual void collect(QKeychain::Job *job, KeychainResult *result)
    {
        Q_UNUSED(job)
        Q_UNUSED(result)
    }

    QString m_key;

private:
    void finish(KeychainResult result);
};

class KeychainReadJob : public KeychainJob
{
    Q_OBJECT
public:
    using KeychainJob::KeychainJob;

protected:
    QKeychain::Job *createJob() override;
    void collect(QKeychain::Job *job, KeychainResult *result) override;
};

class KeychainWriteJob : public KeychainJob
{
    Q_OBJECT
public:
    KeychainWriteJob(QString key, QString secret, QObject *parent = nullptr);

protected:
    QKeychain::Job *createJob() override;

private:
    QString m_secret;
};

class KeychainDeleteJob : public KeychainJob
{
    Q_OBJECT
public:
    using KeychainJob::KeychainJob;

protected:
    QKeychain::Job *createJob() override;
};

#pragma once

// The copy of a pip index's secret where pip looks for it: Python keyring's Secret Service
// backend finds items by the attributes service (the index URL or its host[:port]) and username,
// which QtKeychain's own schema does not have. On Linux the item is written with those attributes
// through libsecret; elsewhere through QtKeychain with service = host[:port], the shape keyring's
// macOS backend reads. Still the keychain, never a file. The blocking libsecret call runs on a
// pool thread; finished() arrives on the thread that started the job.

#include "credentials/KeychainJob.h"

#include <QObject>
#include <QString>

class KeyringItemJob : public QObject
{
    Q_OBJECT

public:
    enum class Action
    {
        Write,
        Delete,
        Read
    };
    KeyringItemJob(Action action, QString service, QString username, QString secret = {},
                   QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void finished(const KeychainResult &result);

private:
    KeychainResult run() const;

    Action m_action;
    QString m_service;
    QString m_username;
    QString m_secret;
};

#pragma once

// "Test": one authenticated GET of the entry's URL (Basic for git, goproxy and pip, a Bearer
// token for npm), bounded in time, reporting success or the HTTP status — never the secret.
// Asynchronous: finished() follows start().

#include "credentials/CredentialEntry.h"

#include <QObject>
#include <QString>

class QNetworkAccessManager;

struct CredentialTestResult
{
    bool success = false;
    int httpStatus = 0; // 0 when no response came
    QString message;    // translated
};

class CredentialTester : public QObject
{
    Q_OBJECT

public:
    static constexpr int kTimeoutMs = 15000;
    CredentialTester(CredentialEntry entry, QString secret, QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void finished(const CredentialTestResult &result);

private:
    CredentialEntry m_entry;
    QString m_secret;
    QNetworkAccessManager *m_network;
};

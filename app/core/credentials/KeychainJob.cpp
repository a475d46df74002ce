#include "credentials/KeychainJob.h"

#include "credentials/CredentialsLog.h"
#include "credentials/KeychainBackend.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

QString KeychainJob::serviceName()
{
    return QStringLiteral("MirrorDeck");
}

KeychainJob::KeychainJob(QString key, QObject *parent)
    : QObject(parent)
    , m_key(std::move(key))
{}

void KeychainJob::start()
{
    // Without a session bus QtKeychain (libsecret) would try to autolaunch one or fail late with
    // a D-Bus message; say plainly that there is no keychain, before anything happens.
    if (!KeychainBackend::sessionLooksAvailable()) {
        KeychainResult result;
        result.status = KeychainResult::Status::Unavailable;
        result.message = KeychainBackend::unavailableMessage();
        QTimer::singleShot(0, this, [this, result] { finish(result); });
        return;
    }
    QKeychain::Job *job = createJob();
    job->setAutoDelete(false);
    job->setParent(this);
    // Never QKeychain's insecure fallback (a plain-text QSettings file).
    job->setInsecureFallback(false);
    job->setKey(m_key);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        KeychainResult result;
        switch (job->error()) {
        case QKeychain::NoError:
            result.status = KeychainResult::Status::Ok;
            collect(job, &result);
            break;
        case QKeychain::EntryNotFound:
            result.status = KeychainResult::Status::NotFound;
            result.message = tr("The keychain holds no secret for %1.").arg(m_key);
            break;
        case QKeychain::AccessDeniedByUser:
        case QKeychain::AccessDenied:
            result.status = KeychainResult::Status::Denied;
            result.message = tr("The keychain refused access (%1). Unlock it and try again.")
                                 .arg(job->errorString());
            break;
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
            result.status = KeychainResult::Status::Unavailable;
            result.message = KeychainBackend::unavailableMessage();
            break;
        default:
            result.status = KeychainResult::Status::Error;
            // A locked or not yet created keyring shows up here once its unlock prompt could
            // not be answered (dismissed, or no display to show it on).
            result.message = tr("The keychain failed: %1. If it is locked, unlock it when your "
                                "desktop asks (or with its keyring tool) and try again.")
                                 .arg(job->errorString());
            break;
        }
        job->deleteLater();
        finish(result);
    });
    qCDebug(lcCredentials) << metaObject()->className() << "for" << m_key;
    job->start();
}

void KeychainJob::finish(KeychainResult result)
{
    qCDebug(lcCredentials) << metaObject()->className() << "finished with status"
                           << static_cast<int>(result.status);
    Q_EMIT finished(result);
}

QKeychain::Job *KeychainReadJob::createJob()
{
    return new QKeychain::ReadPasswordJob(serviceName());
}

void KeychainReadJob::collect(QKeychain::Job *job, KeychainResult *result)
{
    result->secret = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
}

KeychainWriteJob::KeychainWriteJob(QString key, QString secret, QObject *parent)
    : KeychainJob(std::move(key), parent)
    , m_secret(std::move(secret))
{}

QKeychain::Job *KeychainWriteJob::createJob()
{
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setTextData(m_secret);
    return job;
}

QKeychain::Job *KeychainDeleteJob::createJob()
{
    return new QKeychain::DeletePasswordJob(serviceName());
}

#include "credentials/KeyringItemJob.h"

#include "credentials/CredentialsLog.h"
#include "credentials/KeychainBackend.h"

#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#ifdef MIRRORDECK_HAVE_LIBSECRET
// libsecret's headers use `signals` as an identifier in GLib; keep Qt's keyword macros away.
#undef signals
#include <libsecret/secret.h>
#endif

namespace {

#ifdef MIRRORDECK_HAVE_LIBSECRET
// keyring/backends/SecretService.py: attributes service, username, application. Matching ignores
// the schema name (keyring searches by attributes only), so the name is ours.
const SecretSchema *keyringSchema()
{
    static const SecretSchema schema = {"io.github.mirrordeck.PythonKeyring",
                                        SECRET_SCHEMA_DONT_MATCH_NAME,
                                        {{"service", SECRET_SCHEMA_ATTRIBUTE_STRING},
                                         {"username", SECRET_SCHEMA_ATTRIBUTE_STRING},
                                         {"application", SECRET_SCHEMA_ATTRIBUTE_STRING},
                                         {nullptr, SECRET_SCHEMA_ATTRIBUTE_STRING}},
                                        0,
                                        nullptr,
                                        nullptr,
                                        nullptr,
                                        nullptr,
                                        nullptr,
                                        nullptr,
                                        nullptr};
    return &schema;
}

KeychainResult fromGError(GError *error)
{
    KeychainResult result;
    result.status = KeychainResult::Status::Error;
    result.message = QCoreApplication::translate("KeychainJob", "The keychain failed: %1")
                         .arg(QString::fromUtf8(error->message));
    if (error->domain == G_IO_ERROR && error->code == G_IO_ERROR_CANCELLED)
        result.status = KeychainResult::Status::Denied;
    g_error_free(error);
    return result;
}
#endif

} // namespace

KeyringItemJob::KeyringItemJob(Action action, QString service, QString username, QString secret,
                               QObject *parent)
    : QObject(parent)
    , m_action(action)
    , m_service(std::move(service))
    , m_username(std::move(username))
    , m_secret(std::move(secret))
{}

void KeyringItemJob::start()
{
    QPointer<KeyringItemJob> self(this);
    // The worker gets copies of the values, never `this`: the job may be gone when it ends.
    const Action action = m_action;
    const QString service = m_service, username = m_username, secret = m_secret;
    QThreadPool::globalInstance()->start([self, action, service, username, secret] {
        KeyringItemJob worker(action, service, username, secret);
        const KeychainResult result = worker.run();
        QMetaObject::invokeMethod(
            qApp,
            [self, result] {
                if (self)
                    Q_EMIT self->finished(result);
            },
            Qt::QueuedConnection);
    });
}

KeychainResult KeyringItemJob::run() const
{
    KeychainResult result;
    if (!KeychainBackend::sessionLooksAvailable()) {
        result.status = KeychainResult::Status::Unavailable;
        result.message = KeychainBackend::unavailableMessage();
        return result;
    }
#ifdef MIRRORDECK_HAVE_LIBSECRET
    const QByteArray service = m_service.toUtf8();
    const QByteArray username = m_username.toUtf8();
    GError *error = nullptr;
    switch (m_action) {
    case Action::Write: {
        const QByteArray label = QStringLiteral("Password for '%1' on '%2' (MirrorDeck, for pip)")
                                     .arg(m_username, m_service)
                                     .toUtf8();
        const QByteArray secret = m_secret.toUtf8();
        // Python keyring's own application id, so its own tools list the item as theirs.
        const gboolean stored = secret_password_store_sync(
            keyringSchema(), SECRET_COLLECTION_DEFAULT, label.constData(), secret.constData(),
            nullptr, &error, "service", service.constData(), "username", username.constData(),
            "application", "Python keyring library", nullptr);
        if (!stored)
            return fromGError(error);
        result.status = KeychainResult::Status::Ok;
        return result;
    }
    case Action::Delete: {
        const gboolean removed = secret_password_clear_sync(
            keyringSchema(), nullptr, &error, "service", service.constData(), "username",
            username.constData(), nullptr);
        if (error)
            return fromGError(error);
        result.status = removed ? KeychainResult::Status::Ok : KeychainResult::Status::NotFound;
        return result;
    }
    case Action::Read: {
        gchar *secret = secret_password_lookup_sync(keyringSchema(), nullptr, &error, "service",
                                                    service.constData(), "username",
                                                    username.constData(), nullptr);
        if (error)
            return fromGError(error);
        if (!secret) {
            result.status = KeychainResult::Status::NotFound;
            return result;
        }
        result.secret = QString::fromUtf8(secret);
        secret_password_free(secret);
        result.status = KeychainResult::Status::Ok;
        return result;
    }
    }
#endif
    result.status = KeychainResult::Status::Unavailable;
    result.message = tr("This build of MirrorDeck cannot write the item pip's keyring reads "
                        "(libsecret is missing).");
    return result;
}

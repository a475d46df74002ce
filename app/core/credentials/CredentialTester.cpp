#include "credentials/CredentialTester.h"

#include "credentials/CredentialsLog.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

CredentialTester::CredentialTester(CredentialEntry entry, QString secret, QObject *parent)
    : QObject(parent)
    , m_entry(std::move(entry))
    , m_secret(std::move(secret))
    , m_network(new QNetworkAccessManager(this))
{}

void CredentialTester::start()
{
    QNetworkRequest request(m_entry.qurl());
    request.setTransferTimeout(kTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    const QByteArray authorization =
        m_entry.use == CredentialUse::Npm
            ? "Bearer " + m_secret.toUtf8()
            : "Basic " + (m_entry.username + QLatin1Char(':') + m_secret).toUtf8().toBase64();
    request.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        CredentialTestResult result;
        result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (result.httpStatus == 0) {
            result.message = tr("No answer from %1: %2").arg(m_entry.url, reply->errorString());
        } else if (result.httpStatus == 401 || result.httpStatus == 403) {
            result.message =
                tr("%1 refused the credentials (HTTP %2).").arg(m_entry.url).arg(result.httpStatus);
        } else if (result.httpStatus < 400) {
            result.success = true;
            result.message = tr("%1 accepted the credentials (HTTP %2).")
                                 .arg(m_entry.url)
                                 .arg(result.httpStatus);
        } else {
            result.message = tr("%1 answered HTTP %2 (not an authentication error, but not a "
                                "success either).")
                                 .arg(m_entry.url)
                                 .arg(result.httpStatus);
        }
        qCDebug(lcCredentials) << "test of" << m_entry.url << "status" << result.httpStatus;
        Q_EMIT finished(result);
    });
}

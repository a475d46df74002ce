#include "dialogs/CredentialDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

CredentialDialog::CredentialDialog(QWidget *parent)
    : QDialog(parent)
    , m_url(new QLineEdit(this))
    , m_use(new QComboBox(this))
    , m_username(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_scope(new QLineEdit(this))
    , m_goPrivate(new QCheckBox(tr("Add the host to GOPRIVATE"), this))
    , m_netrc(
          new QCheckBox(tr("Also store the password in ~/.netrc (plain text, mode 0600)"), this))
    , m_tokenInNpmrc(
          new QCheckBox(tr("Write the token itself into ~/.npmrc (plain text, mode 0600)"), this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Add a private repository"));
    m_url->setPlaceholderText(QStringLiteral("https://git.corp.example/"));
    m_url->setAccessibleName(tr("Repository URL"));
    for (CredentialUse use :
         {CredentialUse::Git, CredentialUse::GoProxy, CredentialUse::Npm, CredentialUse::Pip})
        m_use->addItem(CredentialEntry::useDescription(use), CredentialEntry::useName(use));
    m_use->setAccessibleName(tr("Used by"));
    m_username->setAccessibleName(tr("User name"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(tr("Password or token"));
    m_scope->setPlaceholderText(QStringLiteral("@corp"));
    m_scope->setAccessibleName(tr("npm scope"));
    m_goPrivate->setToolTip(CredentialSetup::goPrivateExplanation());
    m_goPrivate->setAccessibleDescription(CredentialSetup::goPrivateExplanation());
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(link);"));

    auto *form = new QFormLayout;
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("U&sed by:"), m_use);
    form->addRow(tr("User &name:"), m_username);
    form->addRow(tr("&Password or token:"), m_secret);
    form->addRow(tr("npm s&cope:"), m_scope);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CredentialDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_goPrivate);
    layout->addWidget(m_netrc);
    layout->addWidget(m_tokenInNpmrc);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_use, &QComboBox::currentIndexChanged, this, &CredentialDialog::updateChoices);
    updateChoices();
}

void CredentialDialog::updateChoices()
{
    const QString use = m_use->currentData().toString();
    m_goPrivate->setVisible(use == QLatin1String("git"));
    m_netrc->setVisible(use == QLatin1String("goproxy"));
    m_tokenInNpmrc->setVisible(use == QLatin1String("npm"));
    m_scope->setEnabled(use == QLatin1String("npm"));
}

void CredentialDialog::accept()
{
    const Expected<QString> url = CredentialEntry::normaliseUrl(m_url->text());
    if (!url) {
        m_error->setText(url.error().message);
        m_url->setFocus();
        return;
    }
    const Expected<CredentialUse> use = CredentialEntry::parseUse(m_use->currentData().toString());
    if (m_username->text().trimmed().isEmpty() && *use != CredentialUse::Npm) {
        m_error->setText(tr("Enter the user name."));
        m_username->setFocus();
        return;
    }
    if (m_secret->text().isEmpty()) {
        m_error->setText(tr("Enter the password or token."));
        m_secret->setFocus();
        return;
    }
    const QString scope = m_scope->text().trimmed();
    if (*use == CredentialUse::Npm && !scope.isEmpty() && !scope.startsWith(QLatin1Char('@'))) {
        m_error->setText(tr("An npm scope starts with @, e.g. @corp."));
        m_scope->setFocus();
        return;
    }
    m_entry = CredentialEntry();
    m_entry.url = *url;
    m_entry.use = *use;
    m_entry.username = m_username->text().trimmed().isEmpty() ? QStringLiteral("token")
                                                              : m_username->text().trimmed();
    m_entry.npmScope = *use == CredentialUse::Npm ? scope : QString();
    m_entry.added = QDateTime::currentDateTimeUtc();
    QDialog::accept();
}

CredentialEntry CredentialDialog::entry() const
{
    return m_entry;
}

CredentialOptions CredentialDialog::options() const
{
    CredentialOptions options;
    options.cliPath = QCoreApplication::applicationDirPath() + QStringLiteral("/mirrordeck-cli");
    options.goPrivate = !m_goPrivate->isHidden() && m_goPrivate->isChecked();
    options.netrc = !m_netrc->isHidden() && m_netrc->isChecked();
    options.tokenInNpmrc = !m_tokenInNpmrc->isHidden() && m_tokenInNpmrc->isChecked();
    if (options.netrc || options.tokenInNpmrc)
        options.secret = m_secret->text();
    return options;
}

QString CredentialDialog::secret() const
{
    return m_secret->text();
}

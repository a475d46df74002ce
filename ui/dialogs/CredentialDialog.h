#pragma once

// Asks for a new private repository: URL, use, user name, the secret (a masked field), an npm
// scope, and the explicit choices that put a secret into a file or add GOPRIVATE — each with a
// sentence saying what it does. Validation of the URL is the core's (CredentialEntry).

#include "credentials/CredentialEntry.h"
#include "credentials/CredentialSetup.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

class CredentialDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CredentialDialog(QWidget *parent = nullptr);

    CredentialEntry entry() const; // valid after accept()
    CredentialOptions options() const;
    QString secret() const;

    void accept() override;

private:
    void updateChoices();

    QLineEdit *m_url;
    QComboBox *m_use;
    QLineEdit *m_username;
    QLineEdit *m_secret;
    QLineEdit *m_scope;
    QCheckBox *m_goPrivate;
    QCheckBox *m_netrc;
    QCheckBox *m_tokenInNpmrc;
    QLabel *m_error;
    CredentialEntry m_entry;
};

#pragma once

// "Private repositories": the credential entries (URL, use, user, what MirrorDeck set up for
// each, and where a secret also sits in a file), with Add, Remove and Test, and the name of the
// keychain that holds the secrets. Everything that touches the keychain, D-Bus or files runs in
// CredentialManager, the disk pool or a worker; the GUI thread only starts work and shows results.

#include "AppContext.h"
#include "credentials/CredentialEntry.h"

#include <QList>
#include <QWidget>

class CredentialManager;
class QLabel;
class QPushButton;
class QTableWidget;
struct CredentialOutcome;
struct KeychainInfo;

class PrivateRepositoriesPage : public QWidget
{
    Q_OBJECT

public:
    explicit PrivateRepositoriesPage(const AppContext &context, QWidget *parent = nullptr);

    void reload();
    QTableWidget *table() const { return m_table; }
    QLabel *storeLabel() const { return m_store; }
    QLabel *resultLabel() const { return m_result; }
    CredentialManager *manager() const { return m_manager; }

Q_SIGNALS:
    // The entries were read (after reload()); for tests and the status bar.
    void reloaded();
    void operationFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showEntries(const QList<CredentialEntry> &entries);
    void showStore(const KeychainInfo &info);
    void addEntry();
    void removeSelected();
    void testSelected();
    void finished(const CredentialOutcome &outcome);
    QString selectedUrl() const;
    void setBusy(bool busy);

    AppContext m_context;
    QString m_dataDirectory;
    CredentialManager *m_manager;
    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_store;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_test;
    QLabel *m_result;
    QList<CredentialEntry> m_entries;
};

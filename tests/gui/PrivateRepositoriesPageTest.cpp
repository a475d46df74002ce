// The Private repositories page: lists the entries, names the keychain (found on a worker, so the
// GUI thread never waits on D-Bus), adds and removes through CredentialManager against the real
// gnome-keyring of this test's own D-Bus session (tests/fixtures/with-keyring.sh), and names its
// controls for assistive technology.

#include "pages/PrivateRepositoriesPage.h"
#include "ShellFixture.h"
#include "credentials/CredentialManager.h"
#include "credentials/CredentialStore.h"
#include "dialogs/CredentialDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

#include <gtest/gtest.h>

TEST(PrivateRepositoriesGui, ListsEntriesAndNamesTheKeychain)
{
    ShellFixture f;
    CredentialEntry entry;
    entry.url = QStringLiteral("https://git.corp.example/team/");
    entry.use = CredentialUse::Git;
    entry.username = QStringLiteral("alice");
    CredentialSetupStep step;
    step.ecosystem = QStringLiteral("git");
    step.filePath = f.home.path(QStringLiteral(".gitconfig"));
    step.key = QStringLiteral("credential.https://git.corp.example/team/.helper");
    step.value = QStringLiteral("!mirrordeck-cli git-credential");
    entry.setup = {step};
    ASSERT_TRUE(CredentialStore(f.home.home()).put(entry).hasValue());

    PrivateRepositoriesPage page(f.context);
    const QString looking = page.storeLabel()->text();
    ASSERT_TRUE(waitFor([&] { return page.table()->rowCount() == 1; }));
    EXPECT_EQ(page.table()->item(0, 0)->text(), entry.url);
    EXPECT_TRUE(page.table()->item(0, 3)->text().contains(QLatin1String("credential.")));
    ASSERT_TRUE(waitFor([&] { return page.storeLabel()->text() != looking; }));
    if (!qEnvironmentVariableIsEmpty("MIRRORDECK_KEYRING_HOME")) {
        EXPECT_TRUE(page.storeLabel()->text().contains(QLatin1String("GNOME Keyring")))
            << page.storeLabel()->text().toStdString();
    }

    EXPECT_FALSE(page.table()->accessibleName().isEmpty());
    for (QPushButton *button : page.findChildren<QPushButton *>())
        EXPECT_FALSE(button->accessibleName().isEmpty()) << button->text().toStdString();
}

TEST(PrivateRepositoriesGui, AddAndRemoveRunOffTheGuiThreadAndUndoTheSetup)
{
    if (qEnvironmentVariableIsEmpty("MIRRORDECK_KEYRING_HOME"))
        GTEST_SKIP() << "needs tests/fixtures/with-keyring.sh (ctest runs it)";
    ShellFixture f;
    PrivateRepositoriesPage page(f.context);
    QSignalSpy done(&page, &PrivateRepositoriesPage::operationFinished);
    CredentialEntry entry;
    entry.url = QStringLiteral("http://127.0.0.1:9/git/");
    entry.use = CredentialUse::Git;
    entry.username = QStringLiteral("alice");
    CredentialOptions options;
    options.cliPath = QStringLiteral(MIRRORDECK_CLI_PATH);
    page.manager()->add(entry, options, QStringLiteral("gui-secret-4471"));
    // The call returns at once; the keychain and the files are written later.
    ASSERT_TRUE(waitFor([&] { return done.count() == 1; }));
    EXPECT_TRUE(done.at(0).at(0).toBool()) << page.resultLabel()->text().toStdString();
    ASSERT_TRUE(waitFor([&] { return page.table()->rowCount() == 1; }));
    EXPECT_TRUE(f.home.readFile(QStringLiteral(".gitconfig")).contains("git-credential"));
    EXPECT_FALSE(f.home.readFile(QStringLiteral(".gitconfig")).contains("gui-secret-4471"));

    page.manager()->remove(entry.url);
    ASSERT_TRUE(waitFor([&] { return done.count() == 2; }));
    EXPECT_TRUE(done.at(1).at(0).toBool()) << page.resultLabel()->text().toStdString();
    ASSERT_TRUE(waitFor([&] { return page.table()->rowCount() == 0; }));
    EXPECT_FALSE(QFile::exists(f.home.path(QStringLiteral(".gitconfig"))));
}

TEST(PrivateRepositoriesGui, DialogMasksTheSecretAndNamesItsFields)
{
    CredentialDialog dialog;
    const QList<QLineEdit *> fields = dialog.findChildren<QLineEdit *>();
    bool masked = false;
    for (QLineEdit *field : fields) {
        EXPECT_FALSE(field->accessibleName().isEmpty());
        masked = masked || field->echoMode() == QLineEdit::Password;
    }
    EXPECT_TRUE(masked);
}

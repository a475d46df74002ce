// Yarn Berry in the real MainWindow, with nothing but its registration line: a Yarn page listing
// the npm-registry mirrors (Yarn consumes that protocol), the generic editor built from Yarn's
// typed keys, and an edit there that lands in ~/.yarnrc.yml changing only the registry's bytes.

#include "MainWindow.h"
#include "MonitorController.h"
#include "dialogs/DiffPreviewDialog.h"
#include "gui/ShellFixture.h"
#include "pages/ConfigService.h"
#include "pages/EcosystemPage.h"
#include "pages/editors/GenericSettingsEditor.h"
#include "probe/ProbeEngine.h"
#include "widgets/MirrorPanel.h"
#include "widgets/MirrorTableModel.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

#include <gtest/gtest.h>

TEST(YarnWindow, ThePageListsNpmMirrorsAndTheGenericEditorWritesTheYarnrc)
{
    ShellFixture f;
    f.home.writeFile(QStringLiteral(".yarnrc.yml"),
                     "# mine\r\nnpmRegistryServer: 'https://registry.npmjs.org' # official\r\n");
    ProbeEngine engine;
    MonitorController monitor(&engine);
    {
        MainWindow window(f.context, loopbackCatalog(), &monitor);
        QStringList navigation;
        for (int i = 0; i < window.navigation()->count(); ++i)
            navigation << window.navigation()->item(i)->text();
        EXPECT_TRUE(navigation.contains(QStringLiteral("Yarn")))
            << qPrintable(navigation.join(','));

        EcosystemPage *page = window.ecosystemPage(QStringLiteral("yarn"));
        ASSERT_NE(page, nullptr);
        EXPECT_GE(page->mirrorPanel()->model()->rowOf(QStringLiteral("npm-a")), 0);
        EXPECT_LT(page->mirrorPanel()->model()->rowOf(QStringLiteral("pip-a")), 0);

        auto *editor = qobject_cast<GenericSettingsEditor *>(page->editor());
        ASSERT_NE(editor, nullptr);
        auto *registry =
            qobject_cast<QLineEdit *>(editor->field(QStringLiteral("npmRegistryServer")));
        ASSERT_NE(registry, nullptr);
        EXPECT_NE(
            qobject_cast<QPlainTextEdit *>(editor->field(QStringLiteral("unsafeHttpWhitelist"))),
            nullptr);
        ConfigService *service = window.configService(QStringLiteral("yarn"));
        ASSERT_TRUE(waitFor([&]() { return service->hasSnapshot(); }));
        ASSERT_TRUE(waitFor([&]() { return !registry->text().isEmpty(); }));
        EXPECT_EQ(registry->text(), QStringLiteral("https://registry.npmjs.org"));

        registry->setText(QStringLiteral("ftp://nope"));
        EXPECT_TRUE(editor->hasErrors());
        registry->setText(QStringLiteral("https://registry.npmmirror.com"));
        EXPECT_FALSE(editor->hasErrors());
        page->applyEditor();
        ASSERT_TRUE(
            waitFor([&]() { return page->previewDialog() && page->previewDialog()->isVisible(); }));
        page->previewDialog()->accept();
        ASSERT_TRUE(waitFor([&]() {
            return f.home.readFile(QStringLiteral(".yarnrc.yml")) ==
                   QByteArray("# mine\r\nnpmRegistryServer: 'https://registry.npmmirror.com' # "
                              "official\r\n");
        })) << f.home.readFile(QStringLiteral(".yarnrc.yml")).constData();
    }
    f.pool.waitForDone();
}

// The window side of the acceptance test: with the toy registered (one line, below), the real
// MainWindow shows a Toy page listing the toy's mirrors, whose Settings tab is the generic editor
// built from the toy's typed keys, and an edit there lands in the toy's file.

#include "MainWindow.h"
#include "MonitorController.h"
#include "ToyEcosystem.h"
#include "dialogs/DiffPreviewDialog.h"
#include "gui/ShellFixture.h"
#include "pages/ConfigService.h"
#include "pages/EcosystemPage.h"
#include "pages/editors/GenericSettingsEditor.h"
#include "probe/ProbeEngine.h"
#include "widgets/MirrorPanel.h"
#include "widgets/MirrorTableModel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

#include <gtest/gtest.h>

namespace {

class ToyWindow : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { registerToyEcosystem(); }

    void create()
    {
        QList<Mirror> catalog = loopbackCatalog();
        catalog << testMirror(QStringLiteral("toy-a"), QStringLiteral("toy"),
                              QStringLiteral("http://127.0.0.1:9/toy-a"),
                              QStringLiteral("Toy Alpha"));
        f.context.catalog = std::make_shared<MirrorCatalog>(catalog);
        // The engine is never started: no round, no traffic; it only hands the panels their
        // mirrors, as in the app.
        engine = std::make_unique<ProbeEngine>();
        monitor = std::make_unique<MonitorController>(engine.get());
        window = std::make_unique<MainWindow>(f.context, catalog, monitor.get());
    }
    void TearDown() override
    {
        window.reset();
        monitor.reset();
        engine.reset();
        f.pool.waitForDone();
    }

    ShellFixture f;
    std::unique_ptr<ProbeEngine> engine;
    std::unique_ptr<MonitorController> monitor;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(ToyWindow, ThePageListsToyMirrorsAndEditsTheToysFileWithTheGenericEditor)
{
    f.home.writeFile(QStringLiteral(".toyrc"), "TOY_STRICT=true\n");
    create();
    QStringList navigation;
    for (int i = 0; i < window->navigation()->count(); ++i)
        navigation << window->navigation()->item(i)->text();
    EXPECT_TRUE(navigation.contains(QStringLiteral("Toy"))) << qPrintable(navigation.join(','));

    EcosystemPage *page = window->ecosystemPage(QStringLiteral("toy"));
    ASSERT_NE(page, nullptr);
    EXPECT_GE(page->mirrorPanel()->model()->rowOf(QStringLiteral("toy-a")), 0);
    EXPECT_LT(page->mirrorPanel()->model()->rowOf(QStringLiteral("go-a")), 0);

    auto *editor = qobject_cast<GenericSettingsEditor *>(page->editor());
    ASSERT_NE(editor, nullptr);
    // One field per key, of the kind the toy's descriptor gives it.
    EXPECT_NE(qobject_cast<QLineEdit *>(editor->field(QStringLiteral("TOY_MIRROR"))), nullptr);
    auto *hosts = qobject_cast<QPlainTextEdit *>(editor->field(QStringLiteral("TOY_HOSTS")));
    ASSERT_NE(hosts, nullptr);
    auto *strict = qobject_cast<QComboBox *>(editor->field(QStringLiteral("TOY_STRICT")));
    ASSERT_NE(strict, nullptr);
    ConfigService *service = window->configService(QStringLiteral("toy"));
    ASSERT_TRUE(waitFor([&]() { return service->hasSnapshot(); }));
    EXPECT_EQ(strict->currentData().toString(), QStringLiteral("true"));

    // A bad entry is the toy's own message, and blocks Apply.
    hosts->setPlainText(QStringLiteral("a.example\nnot a host"));
    EXPECT_TRUE(editor->hasErrors());
    hosts->setPlainText(QStringLiteral("a.example\nb.example"));
    EXPECT_FALSE(editor->hasErrors());
    ASSERT_EQ(editor->pendingEdits().size(), 1);
    EXPECT_EQ(editor->pendingEdits().at(0).value, QStringLiteral("a.example,b.example"));

    page->applyEditor();
    ASSERT_TRUE(
        waitFor([&]() { return page->previewDialog() && page->previewDialog()->isVisible(); }));
    page->previewDialog()->accept();
    ASSERT_TRUE(waitFor([&]() {
        return f.home.readFile(QStringLiteral(".toyrc")) ==
               QByteArray("TOY_STRICT=true\nTOY_HOSTS=a.example,b.example\n");
    })) << f.home.readFile(QStringLiteral(".toyrc")).constData();
}

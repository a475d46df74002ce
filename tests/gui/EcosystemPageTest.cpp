// The Go page driven through its real widgets: switching from the mirror table writes the go env
// file (judged by the core and by the real `go env`), the diff preview shows exactly the changed
// lines, the settings editor validates inline and writes what it shows, history restores, and an
// external edit never silently replaces an edit in progress.

#include "ShellFixture.h"

#include "integration/probe/MirrorServerProcess.h"
#include "probe/ProbeEngine.h"

#include "dialogs/DiffPreviewDialog.h"
#include "dialogs/HistoryDialog.h"
#include "pages/ConfigService.h"
#include "pages/CurrentMirrorCard.h"
#include "pages/EcosystemPage.h"
#include "pages/MessageBanner.h"
#include "pages/editors/GoProxyChainEditor.h"
#include "pages/editors/GoSettingsEditor.h"
#include "widgets/MirrorPanel.h"
#include "widgets/MirrorTableView.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace {

struct GoPage : ShellFixture
{
    std::unique_ptr<ConfigService> service;
    std::unique_ptr<EcosystemPage> page;

    explicit GoPage(const std::function<void(AppContext &)> &setup = {})
    {
        if (setup)
            setup(context);
        service = std::make_unique<ConfigService>(QStringLiteral("go"), context);
        page = std::make_unique<EcosystemPage>(service.get(), nullptr);
        page->mirrorPanel()->setMirrors(context.catalog->byEcosystem(QStringLiteral("go")));
        page->resize(1000, 760);
        page->show();
        service->reload();
    }
    ~GoPage()
    {
        page.reset();
        pool.waitForDone();
    }

    bool loaded()
    {
        // The constructor's read may have run before the test wrote its files (and a watcher
        // cannot see a file appear in a directory that did not exist): read again now. Reads run
        // in order on the one-thread pool: once it is idle, every snapshot is posted, and
        // processEvents delivers them.
        service->reload();
        pool.waitForDone();
        QCoreApplication::processEvents();
        return waitFor([this]() { return service->hasSnapshot(); });
    }

    DiffPreviewDialog *waitForPreview()
    {
        waitFor([this]() { return page->previewDialog() && page->previewDialog()->isVisible(); });
        return page->previewDialog() && page->previewDialog()->isVisible() ? page->previewDialog()
                                                                           : nullptr;
    }

    QByteArray goEnvFile() const
    {
        QFile file(goEnvPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Chooses the row of `mirrorId` in the panel's table and triggers its "Use this mirror".
    void useFromTable(const QString &mirrorId)
    {
        MirrorTableView *table = page->mirrorPanel()->tableView();
        ASSERT_TRUE(table->selectMirror(mirrorId));
        ASSERT_TRUE(table->useAction()->isEnabled());
        table->useAction()->trigger();
    }

    QString coreValue(const QString &key) const
    {
        const ConfigSnapshot snapshot =
            ConfigService::readSnapshot(QStringLiteral("go"), context.environment);
        const auto setting = snapshot.find(key);
        return setting ? setting->value : QString();
    }
};

QStringList changedLines(const QString &diff)
{
    QStringList lines;
    for (const QString &line : diff.split(QLatin1Char('\n'))) {
        if ((line.startsWith(QLatin1Char('+')) && !line.startsWith(QLatin1String("+++"))) ||
            (line.startsWith(QLatin1Char('-')) && !line.startsWith(QLatin1String("---"))))
            lines << line;
    }
    return lines;
}

} // namespace

TEST(EcosystemPageGui, UseMirrorFromTable_WritesGoEnvReadByCoreAndRealGo)
{
    GoPage f;
    ASSERT_TRUE(f.loaded());
    ASSERT_FALSE(QFile::exists(f.goEnvPath()));

    f.useFromTable(QStringLiteral("go-b"));
    DiffPreviewDialog *preview = f.waitForPreview();
    ASSERT_NE(preview, nullptr);
    // Nothing is written before the user confirms.
    EXPECT_FALSE(QFile::exists(f.goEnvPath()));
    preview->accept();

    ASSERT_TRUE(waitFor([&]() { return f.goEnvFile().contains("127.0.0.1:9/go-b"); }));
    const QString expected = f.coreValue(QStringLiteral("GOPROXY"));
    EXPECT_TRUE(expected.startsWith(QLatin1String("http://127.0.0.1:9/go-b")))
        << qPrintable(expected);

    const ProcessResult go = f.home.goEnv(QStringLiteral("GOPROXY"));
    ASSERT_TRUE(go.started) << "the go command is needed for this test";
    ASSERT_EQ(go.exitCode, 0) << go.err.constData();
    EXPECT_EQ(go.outText(), expected);

    // The card follows: it names the catalog mirror now in use.
    ASSERT_TRUE(waitFor([&]() { return f.page->card()->currentValueText() == expected; }));
}

TEST(EcosystemPageGui, DiffPreview_ShowsExactlyTheChangedLinesAndCancelWritesNothing)
{
    GoPage f;
    const QByteArray original = "# my go settings\nGOPRIVATE=*.corp.example.com\n"
                                "GOPROXY=https://old.example.com,direct\nGOSUMDB=off\n";
    f.home.writeFile(QStringLiteral(".config/go/env"), original);
    ASSERT_TRUE(f.loaded());

    f.useFromTable(QStringLiteral("go-a"));
    DiffPreviewDialog *preview = f.waitForPreview();
    ASSERT_NE(preview, nullptr);
    const QStringList changed = changedLines(preview->diffText());
    EXPECT_EQ(changed, QStringList({QStringLiteral("-GOPROXY=https://old.example.com,direct"),
                                    QStringLiteral("+GOPROXY=http://127.0.0.1:9/go-a,direct")}))
        << qPrintable(preview->diffText());
    EXPECT_TRUE(preview->diffText().contains(QLatin1String(" GOPRIVATE=*.corp.example.com")))
        << "context lines are shown unchanged";

    preview->reject();
    QTest::qWait(300);
    EXPECT_EQ(f.goEnvFile(), original);
}

TEST(EcosystemPageGui, History_RestorePutsTheFileBackByteForByte)
{
    GoPage f;
    const QByteArray original = "GOPROXY=https://old.example.com\r\nGOFLAGS=-mod=mod\r\n";
    f.home.writeFile(QStringLiteral(".config/go/env"), original);
    f.service->reload(); // the page's first load may have read the home before the write
    ASSERT_TRUE(f.loaded());

    f.useFromTable(QStringLiteral("go-b"));
    DiffPreviewDialog *preview = f.waitForPreview();
    ASSERT_NE(preview, nullptr);
    preview->accept();
    ASSERT_TRUE(waitFor([&]() { return f.goEnvFile().contains("go-b"); }));

    f.page->showHistory();
    HistoryDialog *history = f.page->historyDialog();
    ASSERT_NE(history, nullptr);
    ASSERT_TRUE(waitFor([&]() { return history->entries().size() == 1; }));
    history->selectEntry(0);
    QPushButton *restore = nullptr;
    for (QPushButton *button : history->findChildren<QPushButton *>()) {
        if (button->text().contains(QLatin1String("Restore")))
            restore = button;
    }
    ASSERT_NE(restore, nullptr);
    ASSERT_TRUE(restore->isEnabled());
    restore->click();

    ASSERT_TRUE(waitFor([&]() {
        return f.page->previewDialog()->isVisible() &&
               f.page->previewDialog()->diffText().contains(
                   QLatin1String("+GOPROXY=https://old.example.com"));
    })) << qPrintable(f.page->previewDialog()->diffText());
    f.page->previewDialog()->accept();
    ASSERT_TRUE(waitFor([&]() { return f.goEnvFile() == original; }));

    const ProcessResult go = f.home.goEnv(QStringLiteral("GOPROXY"));
    ASSERT_EQ(go.exitCode, 0) << go.err.constData();
    EXPECT_EQ(go.outText(), QStringLiteral("https://old.example.com"));
    // The restore is itself recorded, so it can be undone too.
    ASSERT_TRUE(waitFor([&]() { return history->entries().size() == 2; }));
}

TEST(EcosystemPageGui, SettingsEditor_RejectsInvalidValueInlineAndKeepsApplyDisabled)
{
    GoPage f;
    ASSERT_TRUE(f.loaded());
    auto *editor = qobject_cast<GoSettingsEditor *>(f.page->editor());
    ASSERT_NE(editor, nullptr);
    f.page->tabs()->setCurrentIndex(1);

    auto *goprivate = editor->findChild<QLineEdit *>(QStringLiteral("GOPRIVATE"));
    ASSERT_NE(goprivate, nullptr);
    goprivate->setText(QStringLiteral("*.corp.example.com"));
    EXPECT_TRUE(f.page->applyButton()->isEnabled());

    // An entry the go command rejects: a proxy URL with a space.
    f.page->editor()->findChild<GoProxyChainEditor *>()->setChain(
        QStringLiteral("https://bad host.example,direct"));
    Q_EMIT editor->proxyChain()->chainChanged();
    EXPECT_TRUE(editor->hasErrors());
    EXPECT_FALSE(f.page->applyButton()->isEnabled());
    bool messageShown = false;
    for (QLabel *label : editor->findChildren<QLabel *>(QStringLiteral("validationMessage")))
        messageShown = messageShown ||
                       (label->isVisible() && label->text().contains(QLatin1String("GOPROXY")));
    EXPECT_TRUE(messageShown) << "the core's message names the key";
}

TEST(EcosystemPageGui, SettingsEditor_AppliesChainAndPatternsInOneChange)
{
    GoPage f;
    f.home.writeFile(QStringLiteral(".config/go/env"), "GOPROXY=https://old.example.com,direct\n");
    f.service->reload(); // the page's first load may have read the home before the write
    ASSERT_TRUE(f.loaded());
    auto *editor = qobject_cast<GoSettingsEditor *>(f.page->editor());
    ASSERT_NE(editor, nullptr);
    ASSERT_TRUE(waitFor([&]() {
        return editor->proxyChain()->chain() == QLatin1String("https://old.example.com,direct");
    }));

    editor->proxyChain()->setChain(
        QStringLiteral("https://a.example|https://old.example.com,direct"));
    Q_EMIT editor->proxyChain()->chainChanged();
    editor->findChild<QLineEdit *>(QStringLiteral("GOPRIVATE"))
        ->setText(QStringLiteral("*.corp.example.com"));
    ASSERT_TRUE(f.page->applyButton()->isEnabled());
    f.page->applyButton()->click();

    DiffPreviewDialog *preview = f.waitForPreview();
    ASSERT_NE(preview, nullptr);
    const QStringList changed = changedLines(preview->diffText());
    EXPECT_TRUE(changed.contains(
        QStringLiteral("+GOPROXY=https://a.example|https://old.example.com,direct")))
        << qPrintable(preview->diffText());
    EXPECT_TRUE(changed.contains(QStringLiteral("+GOPRIVATE=*.corp.example.com")))
        << qPrintable(preview->diffText());
    preview->accept();

    ASSERT_TRUE(waitFor([&]() { return f.goEnvFile().contains("GOPRIVATE"); }));
    EXPECT_EQ(f.home.goEnv(QStringLiteral("GOPROXY")).outText(),
              QStringLiteral("https://a.example|https://old.example.com,direct"));
    EXPECT_EQ(f.home.goEnv(QStringLiteral("GOPRIVATE")).outText(),
              QStringLiteral("*.corp.example.com"));
    // After the write the editor shows the file again, with nothing pending.
    ASSERT_TRUE(waitFor([&]() { return !f.page->editor()->isModified(); }));
}

TEST(EcosystemPageGui, ExternalChange_WhileEditing_AsksInsteadOfOverwriting)
{
    GoPage f;
    f.home.writeFile(QStringLiteral(".config/go/env"), "GOPROXY=https://old.example.com\n");
    f.service->reload(); // the page's first load may have read the home before the write
    ASSERT_TRUE(f.loaded());
    auto *editor = qobject_cast<GoSettingsEditor *>(f.page->editor());
    auto *goprivate = editor->findChild<QLineEdit *>(QStringLiteral("GOPRIVATE"));
    goprivate->setText(QStringLiteral("*.mine.example"));

    // Another program (here: the real go command) rewrites the file.
    const ProcessResult go =
        f.home.run(QStringLiteral("go"), {QStringLiteral("env"), QStringLiteral("-w"),
                                          QStringLiteral("GOPROXY=https://other.example.com")});
    ASSERT_EQ(go.exitCode, 0) << go.err.constData();

    ASSERT_TRUE(waitFor([&]() { return f.page->banner()->isVisible(); }));
    EXPECT_EQ(f.page->banner()->kind(), MessageBanner::Kind::Warning);
    // The edit in progress is untouched …
    EXPECT_EQ(goprivate->text(), QStringLiteral("*.mine.example"));
    // … while the card shows what is in effect now.
    ASSERT_TRUE(waitFor([&]() {
        return f.page->card()->currentValueText() == QLatin1String("https://other.example.com");
    }));
}

TEST(EcosystemPageGui, ExternalChange_WithoutEdits_ReloadsLive)
{
    GoPage f;
    ASSERT_TRUE(f.loaded());
    f.home.writeFile(QStringLiteral(".config/go/env"), "GOPROXY=https://live.example.com,direct\n");
    ASSERT_TRUE(waitFor([&]() {
        return f.page->card()->currentValueText() ==
               QLatin1String("https://live.example.com,direct");
    }));
    EXPECT_FALSE(f.page->banner()->isVisible());
}

TEST(EcosystemPageGui, ReadOnlyFile_CoreErrorIsShownInTheWindowAndNothingChanges)
{
    GoPage f;
    const QByteArray original = "GOPROXY=https://old.example.com\n";
    f.home.writeFile(QStringLiteral(".config/go/env"), original);
    f.service->reload(); // the page's first load may have read the home before the write
    QFile::setPermissions(f.goEnvPath(), QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    ASSERT_TRUE(f.loaded());

    f.useFromTable(QStringLiteral("go-a"));
    DiffPreviewDialog *preview = f.waitForPreview();
    ASSERT_NE(preview, nullptr);
    preview->accept();

    ASSERT_TRUE(waitFor([&]() { return f.page->banner()->isVisible(); }));
    EXPECT_EQ(f.page->banner()->kind(), MessageBanner::Kind::Error);
    // The core's sentence, with the file and what to do next.
    EXPECT_TRUE(f.page->banner()->text().contains(f.goEnvPath()))
        << qPrintable(f.page->banner()->text());
    EXPECT_TRUE(f.page->banner()->text().contains(QLatin1String("read-only")))
        << qPrintable(f.page->banner()->text());
    EXPECT_EQ(f.goEnvFile(), original);
}

TEST(EcosystemPageGui, FileChangedBetweenPreviewAndApply_IsRefusedAndOffersReload)
{
    GoPage f;
    f.home.writeFile(QStringLiteral(".config/go/env"), "GOPROXY=https://old.example.com\n");
    f.service->reload(); // the page's first load may have read the home before the write
    ASSERT_TRUE(f.loaded());

    f.useFromTable(QStringLiteral("go-a"));
    DiffPreviewDialog *preview = f.waitForPreview();
    ASSERT_NE(preview, nullptr);
    // Someone else edits the file while the user reads the diff.
    const QByteArray theirs = "GOPROXY=https://theirs.example.com\n";
    f.home.writeFile(QStringLiteral(".config/go/env"), theirs);
    preview->accept();

    ASSERT_TRUE(waitFor([&]() {
        return f.page->banner()->isVisible() &&
               f.page->banner()->kind() == MessageBanner::Kind::Error;
    }));
    bool reloadOffered = false;
    for (QPushButton *button : f.page->banner()->findChildren<QPushButton *>())
        reloadOffered = reloadOffered || button->text() == QLatin1String("Reload");
    EXPECT_TRUE(reloadOffered);
    EXPECT_EQ(f.goEnvFile(), theirs) << "their edit is never overwritten";
}

TEST(EcosystemPageGui, ShadowedKey_PreviewWarnsThatTheFileWillNotWin)
{
    GoPage f([](AppContext &context) {
        context.environment.variables().insert(QStringLiteral("GOPROXY"),
                                               QStringLiteral("http://127.0.0.1:9/from-env"));
    });
    ASSERT_TRUE(f.loaded());
    // The card shows the environment's value and says what shadows the file.
    EXPECT_EQ(f.page->card()->currentValueText(), QStringLiteral("http://127.0.0.1:9/from-env"));
    ASSERT_FALSE(f.page->card()->shadowTexts().isEmpty());
    EXPECT_TRUE(f.page->card()->shadowTexts().first().contains(QLatin1String("GOPROXY")));

    f.useFromTable(QStringLiteral("go-a"));
    DiffPreviewDialog *preview = f.waitForPreview();
    ASSERT_NE(preview, nullptr);
    EXPECT_TRUE(preview->warningText().contains(QLatin1String("GOPROXY")))
        << qPrintable(preview->warningText());
    preview->reject();
}

TEST(EcosystemPageGui, GoSumDb_ThroughACatalogMirrorIsOneChoice)
{
    GoPage f;
    ASSERT_TRUE(f.loaded());
    auto *editor = qobject_cast<GoSettingsEditor *>(f.page->editor());
    ASSERT_NE(editor, nullptr);
    const int through = editor->sumDbMode()->findData(
        QStringLiteral("sum.golang.org http://127.0.0.1:9/go-b/sumdb/sum.golang.org"));
    ASSERT_GE(through, 0) << "the mirror that proxies sum.golang.org is offered";
    editor->sumDbMode()->setCurrentIndex(through);
    ASSERT_TRUE(f.page->applyButton()->isEnabled());
    f.page->applyButton()->click();
    DiffPreviewDialog *preview = f.waitForPreview();
    ASSERT_NE(preview, nullptr);
    preview->accept();
    ASSERT_TRUE(waitFor([&]() { return f.goEnvFile().contains("GOSUMDB"); }));
    EXPECT_EQ(f.home.goEnv(QStringLiteral("GOSUMDB")).outText(),
              QStringLiteral("sum.golang.org http://127.0.0.1:9/go-b/sumdb/sum.golang.org"));
    // Read back, the choice is the mirror again, not "custom".
    ASSERT_TRUE(waitFor([&]() { return !f.page->editor()->isModified(); }));
    EXPECT_EQ(editor->sumDbMode()->currentIndex(), through)
        << f.goEnvFile().constData() << " / effective: "
        << qPrintable(f.service->snapshot().find(QStringLiteral("GOSUMDB"))->value) << " line "
        << f.service->snapshot().find(QStringLiteral("GOSUMDB"))->userFileLine;
}

// "Use recommended" after a real round against loopback mirrors: the card names the mirror that
// answered (not the refusing one), one click previews it, and applying writes what `go env` reads.
TEST(EcosystemPageGui, UseRecommended_AfterARoundWritesTheMirrorThatAnswered)
{
    MirrorServerProcess server;
    ASSERT_TRUE(server.start(
        {QStringLiteral("fast:go:official=1"), QStringLiteral("gone:go:fault=refused")},
        {QStringLiteral("--artifact-size"), QStringLiteral("20000")}))
        << qPrintable(server.errorString());
    ProbeSettings settings;
    settings.timeoutMs = 1500;
    settings.samples = 1;
    settings.maxFails = 1;
    settings.throughputCandidates = 0;
    settings.proxyMode = ProbeSettings::ProxyMode::None; // loopback only
    ProbeEngine engine(settings);
    engine.setMirrors(server.mirrors());

    ShellFixture f;
    f.context.catalog = std::make_shared<MirrorCatalog>(server.mirrors());
    ConfigService service(QStringLiteral("go"), f.context);
    EcosystemPage page(&service, &engine);
    page.show();
    service.reload();
    ASSERT_TRUE(waitFor([&]() { return service.hasSnapshot(); }));
    EXPECT_FALSE(page.card()->useRecommendedButton()->isEnabled()) << "nothing measured yet";

    ASSERT_TRUE(engine.startRound(QStringLiteral("go")));
    ASSERT_TRUE(waitFor([&]() { return page.card()->useRecommendedButton()->isEnabled(); }));
    EXPECT_EQ(engine.recommended(QStringLiteral("go")), QStringLiteral("fast"));
    page.card()->useRecommendedButton()->click();
    ASSERT_TRUE(
        waitFor([&]() { return page.previewDialog() && page.previewDialog()->isVisible(); }));
    const QString url = server.url(QStringLiteral("fast"));
    EXPECT_TRUE(page.previewDialog()->diffText().contains(QStringLiteral("+GOPROXY=") + url))
        << qPrintable(page.previewDialog()->diffText());
    page.previewDialog()->accept();

    ASSERT_TRUE(waitFor([&]() {
        return f.home.readFile(QStringLiteral(".config/go/env")).contains(url.toUtf8());
    }));
    const ProcessResult go = f.home.goEnv(QStringLiteral("GOPROXY"));
    ASSERT_EQ(go.exitCode, 0) << go.err.constData();
    EXPECT_TRUE(go.outText().startsWith(url)) << qPrintable(go.outText());
    engine.cancel();
}

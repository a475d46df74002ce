// The fixes next to a shadow warning, on the real page: a ~/.bashrc export of GOPROXY is offered
// "Open file", "Copy command" and "Comment out…"; copying puts `unset GOPROXY` on the clipboard,
// commenting out previews the diff, writes the line with a history entry and the warning goes
// away; opening runs the first known editor on PATH (here a stand-in script that records its
// arguments) with the line. A commented-out line goes back from the window's shell start-up file
// history (File menu, or the overview's recent changes), judged by a real bash login shell.

#include "ShellFixture.h"

#include "MainWindow.h"
#include "config/ConfigWriter.h"
#include "config/ShellStartupEditor.h"
#include "dialogs/DiffPreviewDialog.h"
#include "dialogs/HistoryDialog.h"
#include "ecosystems/EcosystemRegistry.h"
#include "pages/ConfigService.h"
#include "pages/CurrentMirrorCard.h"
#include "pages/EcosystemPage.h"
#include "pages/FileLineOpener.h"
#include "pages/MessageBanner.h"
#include "pages/OverviewPage.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace {

const QByteArray kBashrc = "alias ll='ls -l'\nexport GOPROXY=http://127.0.0.1:9/go-a\n";

struct ShadowPage : ShellFixture
{
    std::unique_ptr<ConfigService> service;
    std::unique_ptr<EcosystemPage> page;

    ShadowPage()
    {
        home.writeFile(QStringLiteral(".bashrc"), kBashrc);
        service = std::make_unique<ConfigService>(QStringLiteral("go"), context);
        page = std::make_unique<EcosystemPage>(service.get(), nullptr);
        page->resize(1000, 760);
        page->show();
    }
    ~ShadowPage()
    {
        page.reset();
        pool.waitForDone();
    }
    bool loaded()
    {
        service->reload();
        return waitFor(
            [this]() { return service->hasSnapshot() && !page->card()->shadowTexts().isEmpty(); });
    }
    QPushButton *button(const char *name) const
    {
        return page->card()->findChild<QPushButton *>(QLatin1String(name));
    }
    QString bashrc() const { return home.path(QStringLiteral(".bashrc")); }
};

// Restores PATH when the test ends, whatever happens.
struct PathGuard
{
    QByteArray saved = qgetenv("PATH");
    ~PathGuard() { qputenv("PATH", saved); }
};

} // namespace

TEST(ShadowFixGui, BashrcExportOffersOpenCopyAndCommentOut)
{
    ShadowPage f;
    ASSERT_TRUE(f.loaded());
    ASSERT_EQ(f.page->card()->shadowTexts().size(), 1);
    EXPECT_TRUE(f.page->card()->shadowTexts().first().contains(QLatin1String(".bashrc")));
    ASSERT_NE(f.button("openShadowFile"), nullptr);
    ASSERT_NE(f.button("copyShadowCommand"), nullptr);
    ASSERT_NE(f.button("commentOutShadow"), nullptr);
    EXPECT_TRUE(f.button("openShadowFile")->toolTip().contains(QLatin1String("line 2")))
        << qPrintable(f.button("openShadowFile")->toolTip());
}

TEST(ShadowFixGui, CopyCommandPutsUnsetOnTheClipboardAndSaysSo)
{
    ShadowPage f;
    ASSERT_TRUE(f.loaded());
    QSignalSpy status(f.page.get(), &EcosystemPage::statusMessage);
    QGuiApplication::clipboard()->clear();
    f.button("copyShadowCommand")->click();
    EXPECT_EQ(QGuiApplication::clipboard()->text(), QStringLiteral("unset GOPROXY"));
    ASSERT_FALSE(status.isEmpty());
    EXPECT_TRUE(status.last().first().toString().contains(QLatin1String("unset GOPROXY")));
}

TEST(ShadowFixGui, CommentOutPreviewsWritesWithHistoryAndTheWarningGoes)
{
    ShadowPage f;
    ASSERT_TRUE(f.loaded());
    f.button("commentOutShadow")->click();
    ASSERT_TRUE(
        waitFor([&]() { return f.page->previewDialog() && f.page->previewDialog()->isVisible(); }));
    DiffPreviewDialog *preview = f.page->previewDialog();
    EXPECT_TRUE(
        preview->diffText().contains(QLatin1String("+# export GOPROXY=http://127.0.0.1:9/go-a")))
        << qPrintable(preview->diffText());
    // Nothing is written before the user accepts.
    EXPECT_EQ(f.home.readFile(QStringLiteral(".bashrc")), kBashrc);

    preview->accept();
    ASSERT_TRUE(waitFor([&]() { return f.page->card()->shadowTexts().isEmpty(); }));
    EXPECT_EQ(f.home.readFile(QStringLiteral(".bashrc")),
              "alias ll='ls -l'\n# export GOPROXY=http://127.0.0.1:9/go-a\n");
    const Expected<QList<HistoryEntry>> entries =
        f.context.history->entries(ShellStartupEditor::historyName());
    ASSERT_TRUE(entries.hasValue());
    ASSERT_EQ(entries->size(), 1);
    EXPECT_EQ(entries->first().filePath, f.bashrc());
    EXPECT_EQ(entries->first().before, kBashrc);
}

TEST(ShadowFixGui, CommentOutOfALineThatMovedIsRefusedAndNothingIsWritten)
{
    ShadowPage f;
    ASSERT_TRUE(f.loaded());
    // The warning the user clicks names line 2, but the file changed since it was read.
    Shadow stale;
    stale.kind = Shadow::Kind::ShellStartup;
    stale.variable = QStringLiteral("GOPROXY");
    stale.filePath = f.bashrc();
    stale.line = 1;
    f.page->commentOutShadow(stale);
    ASSERT_TRUE(waitFor([&]() { return f.page->banner()->isVisible(); }));
    EXPECT_EQ(f.page->banner()->kind(), MessageBanner::Kind::Error);
    EXPECT_TRUE(f.page->banner()->text().contains(QLatin1String("no longer exports GOPROXY")))
        << qPrintable(f.page->banner()->text());
    EXPECT_FALSE(f.page->previewDialog() && f.page->previewDialog()->isVisible());
    EXPECT_EQ(f.home.readFile(QStringLiteral(".bashrc")), kBashrc);
}

TEST(ShadowFixGui, OpenFileRunsStandInGeditOnPathWithTheLine)
{
    ShadowPage f;
    ASSERT_TRUE(f.loaded());
    QTemporaryDir bin;
    ASSERT_TRUE(bin.isValid());
    const QString record = bin.filePath(QStringLiteral("arguments"));
    // A stand-in for gedit: a real process that only records how it was called.
    const QString script = bin.filePath(QStringLiteral("gedit"));
    QFile file(script);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\nprintf '%s\\n' \"$@\" > \"" + record.toUtf8() + ".tmp\"\nmv \"" +
               record.toUtf8() + ".tmp\" \"" + record.toUtf8() + "\"\n");
    file.close();
    file.setPermissions(file.permissions() | QFileDevice::ExeOwner);
    PathGuard guard;
    qputenv("PATH", bin.path().toLocal8Bit() + ':' + guard.saved);

    const std::optional<FileLineOpener::Command> command =
        FileLineOpener::editorCommand(f.bashrc(), 2, QString::fromLocal8Bit(qgetenv("PATH")));
    ASSERT_TRUE(command.has_value());
    EXPECT_EQ(command->program, script);

    f.button("openShadowFile")->click();
    ASSERT_TRUE(waitFor([&]() { return QFile::exists(record); }));
    QFile recorded(record);
    ASSERT_TRUE(recorded.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(recorded.readAll()), QStringLiteral("+2\n") + f.bashrc() + '\n');
}

TEST(FileLineOpener, EachKnownEditorGetsItsLineSyntaxAndPathOrderDecides)
{
    QTemporaryDir first;
    QTemporaryDir second;
    const auto makeExecutable = [](const QTemporaryDir &dir, const char *name) {
        QFile file(dir.filePath(QLatin1String(name)));
        if (file.open(QIODevice::WriteOnly))
            file.write("#!/bin/sh\n");
        file.close();
        file.setPermissions(file.permissions() | QFileDevice::ExeOwner);
        return file.fileName();
    };
    const QString path = QStringLiteral("/h/.bashrc");
    const QString searchPath = first.path() + QLatin1Char(':') + second.path();
    EXPECT_FALSE(FileLineOpener::editorCommand(path, 3, searchPath).has_value());

    const QString kate = makeExecutable(second, "kate");
    auto command = FileLineOpener::editorCommand(path, 3, searchPath);
    ASSERT_TRUE(command.has_value());
    EXPECT_EQ(command->program, kate);
    EXPECT_EQ(command->arguments, (QStringList{QStringLiteral("-l"), QStringLiteral("3"), path}));

    // The directory that comes first on PATH wins, whichever editor it holds.
    const QString code = makeExecutable(first, "code");
    command = FileLineOpener::editorCommand(path, 3, searchPath);
    ASSERT_TRUE(command.has_value());
    EXPECT_EQ(command->program, code);
    EXPECT_EQ(command->arguments, (QStringList{QStringLiteral("-g"), path + QStringLiteral(":3")}));

    QFile::remove(code);
    const QString textEditor = makeExecutable(first, "gnome-text-editor");
    command = FileLineOpener::editorCommand(path, 3, searchPath);
    ASSERT_TRUE(command.has_value());
    EXPECT_EQ(command->program, textEditor);
    EXPECT_EQ(command->arguments, (QStringList{QStringLiteral("+3"), path}));

    // Not executable: not an editor.
    QFile::setPermissions(textEditor, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    command = FileLineOpener::editorCommand(path, 3, searchPath);
    ASSERT_TRUE(command.has_value());
    EXPECT_EQ(command->program, kate);
}

namespace {

// What a bash login shell (it reads ~/.profile) in the test home sets GOPROXY to.
QByteArray loginShellGoproxy(const TestHome &home)
{
    return home
        .run(QStringLiteral("bash"),
             {QStringLiteral("-lc"), QStringLiteral("printf %s \"$GOPROXY\"")})
        .out;
}

QPushButton *restoreButton(HistoryDialog *dialog)
{
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        if (button->text().contains(QLatin1String("Restore")))
            return button;
    }
    return nullptr;
}

QAction *menuAction(QMenuBar *bar, const QString &text)
{
    for (QAction *top : bar->actions()) {
        if (!top->menu())
            continue;
        for (QAction *action : top->menu()->actions()) {
            if (action->text() == text)
                return action;
        }
    }
    return nullptr;
}

} // namespace

TEST(ShadowFixGui, ACommentedOutLineGoesBackFromTheShellHistoryKeepingLaterEdits)
{
    if (QStandardPaths::findExecutable(QStringLiteral("bash")).isEmpty())
        GTEST_SKIP() << "bash is not installed";
    ShellFixture f;
    const QByteArray profile = "# mine\nexport GOPROXY=http://127.0.0.1:9/go-a\n";
    f.home.writeFile(QStringLiteral(".profile"), profile);
    ASSERT_EQ(loginShellGoproxy(f.home), "http://127.0.0.1:9/go-a");
    // Commented out earlier (as the page or `shadow fix` does), then the user edited the file.
    {
        const ShellStartupEditor editor(f.context.environment);
        Shadow shadow;
        shadow.kind = Shadow::Kind::ShellStartup;
        shadow.variable = QStringLiteral("GOPROXY");
        shadow.filePath = f.home.path(QStringLiteral(".profile"));
        shadow.line = 2;
        const Expected<ConfigChange> change = editor.planCommentOut(shadow);
        ASSERT_TRUE(change.hasValue()) << qPrintable(change.error().message);
        ASSERT_TRUE(ConfigWriter(f.context.history.get()).apply(*change).hasValue());
    }
    ASSERT_EQ(loginShellGoproxy(f.home), QByteArray());
    const QByteArray edited =
        "# mine\n# export GOPROXY=http://127.0.0.1:9/go-a\nexport EDITOR=vi\n";
    f.home.writeFile(QStringLiteral(".profile"), edited);

    MainWindow window(f.context, loopbackCatalog(), nullptr);
    window.resize(1200, 800);
    window.show();
    // The window names the history in its File menu.
    ASSERT_NE(menuAction(window.menuBar(), QStringLiteral("Shell Start-up File &History…")),
              nullptr);
    // The overview's recent changes list the comment-out; activating it opens that history.
    QTreeWidget *recent = window.overviewPage()->recentChanges();
    ASSERT_TRUE(waitFor([&]() {
        return recent->topLevelItemCount() > 0 &&
               recent->topLevelItem(0)->data(0, Qt::UserRole).toString() ==
                   ShellStartupEditor::historyName();
    }));
    Q_EMIT recent->itemActivated(recent->topLevelItem(0), 0);
    EcosystemPage *page =
        qobject_cast<EcosystemPage *>(window.findChild<QStackedWidget *>()->currentWidget());
    ASSERT_NE(page, nullptr) << "a tool page shows the history";
    HistoryDialog *history = page->shellHistoryDialog();
    ASSERT_NE(history, nullptr);
    EXPECT_TRUE(history->isVisible());
    EXPECT_TRUE(history->windowTitle().contains(QLatin1String("Shell start-up files")))
        << qPrintable(history->windowTitle());
    ASSERT_TRUE(waitFor([&]() { return history->entries().size() == 1; }));
    history->selectEntry(0);
    QPushButton *restore = restoreButton(history);
    ASSERT_NE(restore, nullptr);
    ASSERT_TRUE(restore->isEnabled());
    // The dialog speaks of the line, not of putting the whole file back.
    EXPECT_TRUE(restore->toolTip().contains(QLatin1String("line")))
        << qPrintable(restore->toolTip());
    EXPECT_TRUE(history->entries().first().summary.contains(QLatin1String("commented out")))
        << qPrintable(history->entries().first().summary);
    restore->click();

    ASSERT_TRUE(
        waitFor([&]() { return page->previewDialog() && page->previewDialog()->isVisible(); }));
    DiffPreviewDialog *preview = page->previewDialog();
    EXPECT_TRUE(
        preview->diffText().contains(QLatin1String("+export GOPROXY=http://127.0.0.1:9/go-a")))
        << qPrintable(preview->diffText());
    // Only the lines go back: there is no whole-file variant to offer.
    for (const QPushButton *button : preview->findChildren<QPushButton *>())
        EXPECT_FALSE(button->isVisible() && button->text().contains(QLatin1String("whole")))
            << qPrintable(button->text());
    // Nothing is written before the user accepts.
    EXPECT_EQ(f.home.readFile(QStringLiteral(".profile")), edited);
    preview->accept();

    // The line is back; the user's later line stays; a real login shell sets GOPROXY again.
    ASSERT_TRUE(waitFor([&]() {
        return f.home.readFile(QStringLiteral(".profile")) ==
               "# mine\nexport GOPROXY=http://127.0.0.1:9/go-a\nexport EDITOR=vi\n";
    })) << f.home.readFile(QStringLiteral(".profile")).constData();
    EXPECT_EQ(loginShellGoproxy(f.home), "http://127.0.0.1:9/go-a");
    // The restore is recorded too, and the dialog shows it; the Go page warns of the shadow again.
    ASSERT_TRUE(waitFor([&]() { return history->entries().size() == 2; }));
    EcosystemPage *goPage = window.ecosystemPage(QStringLiteral("go"));
    ASSERT_TRUE(waitFor([&]() { return !goPage->card()->shadowTexts().isEmpty(); }));
    history->close();

    // The menu action opens it too, from the page on screen.
    window.showPage(1 + int(EcosystemRegistry::ids().indexOf(QStringLiteral("npm"))));
    menuAction(window.menuBar(), QStringLiteral("Shell Start-up File &History…"))->trigger();
    EcosystemPage *npmPage = window.ecosystemPage(QStringLiteral("npm"));
    ASSERT_NE(npmPage->shellHistoryDialog(), nullptr);
    EXPECT_TRUE(npmPage->shellHistoryDialog()->isVisible());
    ASSERT_TRUE(waitFor([&]() { return npmPage->shellHistoryDialog()->entries().size() == 2; }));
    npmPage->shellHistoryDialog()->close();
    window.hide();
    f.pool.waitForDone();
}

// The fixes next to a shadow warning, on the real page: a ~/.bashrc export of GOPROXY is offered
// "Open file", "Copy command" and "Comment out…"; copying puts `unset GOPROXY` on the clipboard,
// commenting out previews the diff, writes the line with a history entry and the warning goes
// away; opening runs the first known editor on PATH (here a stand-in script that records its
// arguments) with the line.

#include "ShellFixture.h"

#include "config/ShellStartupEditor.h"
#include "dialogs/DiffPreviewDialog.h"
#include "pages/ConfigService.h"
#include "pages/CurrentMirrorCard.h"
#include "pages/EcosystemPage.h"
#include "pages/FileLineOpener.h"
#include "pages/MessageBanner.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

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

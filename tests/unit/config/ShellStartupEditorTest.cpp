// Commenting out a shell start-up export that shadows a tool's setting, and putting it back:
// pure planning on bytes for every syntax the scanner knows, then the whole way through the real
// mirrordeck-cli (`shadow fix`, `history shell`, `restore shell`) judged by a real login shell.

#include "config/ShellStartupEditor.h"
#include "config/ConfigWriter.h"
#include "support/TestHome.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <gtest/gtest.h>

namespace {

ShellExport exportAt(const QString &filePath, int line, const QString &variable)
{
    return ShellExport{filePath, line, variable, QString()};
}

QByteArray commentOut(const QString &filePath, const QByteArray &bytes, int line,
                      const QString &variable = QStringLiteral("GOPROXY"))
{
    const Expected<QByteArray> after =
        ShellStartupEditor::commentOut(filePath, bytes, {exportAt(filePath, line, variable)});
    EXPECT_TRUE(after.hasValue()) << (after ? "" : qPrintable(after.error().message));
    return after ? *after : QByteArray();
}

const QString kBashrc = QStringLiteral("/h/.bashrc");

} // namespace

TEST(ShellStartupEditor, CommentsOutAnExportLineAndNothingElse)
{
    const QByteArray before = "alias ll='ls -l'\nexport GOPROXY=\"https://a.example,direct\"\n"
                              "export GOSUMDB=off\n";
    EXPECT_EQ(commentOut(kBashrc, before, 2),
              "alias ll='ls -l'\n# export GOPROXY=\"https://a.example,direct\"\n"
              "export GOSUMDB=off\n");
}

TEST(ShellStartupEditor, CommentsOutAssignmentExportedOnTheSameLine)
{
    EXPECT_EQ(commentOut(kBashrc, "GOPROXY=https://a.example; export GOPROXY\n", 1),
              "# GOPROXY=https://a.example; export GOPROXY\n");
}

TEST(ShellStartupEditor, CommentsOutAssignmentExportedOnALaterLine)
{
    EXPECT_EQ(commentOut(kBashrc, "GOPROXY=https://a.example\nexport GOPROXY\n", 1),
              "# GOPROXY=https://a.example\nexport GOPROXY\n");
}

TEST(ShellStartupEditor, CommentsOutFishSetExport)
{
    const QString fish = QStringLiteral("/h/.config/fish/config.fish");
    EXPECT_EQ(commentOut(fish, "set -gx GOPROXY https://a.example\n", 1),
              "# set -gx GOPROXY https://a.example\n");
}

TEST(ShellStartupEditor, CommentsOutEnvironmentDAssignment)
{
    const QString conf = QStringLiteral("/h/.config/environment.d/10-go.conf");
    EXPECT_EQ(commentOut(conf, "PATH=/usr/bin\nGOPROXY=https://a.example\n", 2),
              "PATH=/usr/bin\n# GOPROXY=https://a.example\n");
}

TEST(ShellStartupEditor, ContinuedLineIsCommentedOutOnEveryPhysicalLine)
{
    const QByteArray before = "export GOPROXY=https://a.example,\\\n"
                              "https://b.example,\\\n"
                              "direct\n"
                              "echo done\n";
    EXPECT_EQ(commentOut(kBashrc, before, 1), "# export GOPROXY=https://a.example,\\\n"
                                              "# https://b.example,\\\n"
                                              "# direct\n"
                                              "echo done\n");
}

TEST(ShellStartupEditor, KeepsCrlfBomAndMissingFinalNewline)
{
    const QByteArray before = "\xEF\xBB\xBF"
                              "export GOPROXY=https://a.example\r\n"
                              "echo hi\r\n"
                              "export GOSUMDB=off";
    EXPECT_EQ(commentOut(kBashrc, before, 1), "\xEF\xBB\xBF"
                                              "# export GOPROXY=https://a.example\r\n"
                                              "echo hi\r\n"
                                              "export GOSUMDB=off");
    EXPECT_EQ(commentOut(kBashrc, before, 3, QStringLiteral("GOSUMDB")),
              "\xEF\xBB\xBF"
              "export GOPROXY=https://a.example\r\n"
              "echo hi\r\n"
              "# export GOSUMDB=off");
}

TEST(ShellStartupEditor, CrlfContinuationLineIsFollowed)
{
    EXPECT_EQ(commentOut(kBashrc, "export GOPROXY=a,\\\r\ndirect\r\nx=1\r\n", 1),
              "# export GOPROXY=a,\\\r\n# direct\r\nx=1\r\n");
}

TEST(ShellStartupEditor, RefusesWhenTheLineNoLongerHoldsTheExport)
{
    // Scanned at line 2; someone inserted a line above since.
    const QByteArray now = "# new\nalias g=git\nexport GOPROXY=https://a.example\n";
    const Expected<QByteArray> after = ShellStartupEditor::commentOut(
        kBashrc, now, {exportAt(kBashrc, 2, QStringLiteral("GOPROXY"))});
    ASSERT_FALSE(after.hasValue());
    EXPECT_EQ(after.error().kind, CoreError::Kind::Conflict);
    EXPECT_TRUE(after.error().message.contains(QLatin1String("no longer exports GOPROXY")))
        << qPrintable(after.error().message);
    EXPECT_EQ(after.error().line, 2);
    // Another variable on the scanned line is not it either.
    EXPECT_FALSE(ShellStartupEditor::commentOut(kBashrc, "export GOSUMDB=off\n",
                                                {exportAt(kBashrc, 1, QStringLiteral("GOPROXY"))})
                     .hasValue());
}

TEST(ShellStartupEditor, AlreadyCommentedOutLineIsANoOp)
{
    const QByteArray done = "# export GOPROXY=https://a.example\n";
    EXPECT_EQ(commentOut(kBashrc, done, 1), done);
}

TEST(ShellStartupEditor, UnsetCommandFollowsTheShell)
{
    Shadow shadow;
    shadow.kind = Shadow::Kind::ShellStartup;
    shadow.variable = QStringLiteral("GOPROXY");
    shadow.filePath = kBashrc;
    EXPECT_EQ(ShellStartupEditor::unsetCommand(shadow), QStringLiteral("unset GOPROXY"));
    shadow.filePath = QStringLiteral("/h/.config/fish/config.fish");
    EXPECT_EQ(ShellStartupEditor::unsetCommand(shadow), QStringLiteral("set -e GOPROXY"));
}

TEST(ShellStartupEditor, WritesThroughConfigWriterAndRestoresKeepingLaterEdits)
{
    TestHome home;
    const QByteArray before = "export GOPROXY=https://a.example\r\necho hi";
    home.writeFile(QStringLiteral(".bashrc"), before);
    QFile::setPermissions(home.path(QStringLiteral(".bashrc")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const ShellStartupEditor editor(home.toolEnvironment());
    ChangeHistory history(home.path(QStringLiteral("history")));

    Shadow shadow;
    shadow.kind = Shadow::Kind::ShellStartup;
    shadow.variable = QStringLiteral("GOPROXY");
    shadow.value = QStringLiteral("https://a.example");
    shadow.filePath = home.path(QStringLiteral(".bashrc"));
    shadow.line = 1;
    const Expected<ConfigChange> change = editor.planCommentOut(shadow);
    ASSERT_TRUE(change.hasValue()) << qPrintable(change.error().message);
    EXPECT_EQ(change->ecosystem, ShellStartupEditor::historyName());
    ASSERT_EQ(change->notes.size(), 1);
    EXPECT_TRUE(change->notes.first().contains(QLatin1String("Line 1")));
    const Expected<QString> id = ConfigWriter(&history).apply(*change);
    ASSERT_TRUE(id.hasValue()) << qPrintable(id.error().message);
    EXPECT_EQ(home.readFile(QStringLiteral(".bashrc")),
              "# export GOPROXY=https://a.example\r\necho hi");
    EXPECT_EQ(QFileInfo(shadow.filePath).permissions(),
              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                  QFileDevice::WriteUser);

    // An edit after the entry (a line above) stays when the line is put back.
    home.writeFile(QStringLiteral(".bashrc"),
                   "alias g=git\r\n# export GOPROXY=https://a.example\r\necho hi");
    const Expected<HistoryEntry> entry = history.entry(ShellStartupEditor::historyName(), *id);
    ASSERT_TRUE(entry.hasValue());
    // The line is still there to put back: the history says so, not "removed".
    EXPECT_EQ(entry->summary, QStringLiteral("GOPROXY commented out (was https://a.example)"));
    const Expected<ConfigChange> restore = editor.planRestore(*entry);
    ASSERT_TRUE(restore.hasValue()) << qPrintable(restore.error().message);
    EXPECT_EQ(restore->after, "alias g=git\r\nexport GOPROXY=https://a.example\r\necho hi");
    EXPECT_EQ(restore->summary(), QStringLiteral("GOPROXY put back: https://a.example"));
}

TEST(ShellStartupEditor, RefusesFilesTheScannerDoesNotRead)
{
    TestHome home;
    home.writeFile(QStringLiteral("notes.sh"), "export GOPROXY=x\n");
    const ShellStartupEditor editor(home.toolEnvironment());
    const Expected<ConfigChange> change = editor.planCommentOut(
        home.path(QStringLiteral("notes.sh")),
        {exportAt(home.path(QStringLiteral("notes.sh")), 1, QStringLiteral("GOPROXY"))});
    ASSERT_FALSE(change.hasValue());
    EXPECT_EQ(change.error().kind, CoreError::Kind::Usage);

    HistoryEntry entry;
    entry.id = QStringLiteral("1");
    entry.ecosystem = ShellStartupEditor::historyName();
    entry.filePath = home.path(QStringLiteral("notes.sh"));
    entry.before = "export GOPROXY=x\n";
    entry.after = "# export GOPROXY=x\n";
    EXPECT_FALSE(editor.planRestore(entry).hasValue());
    EXPECT_EQ(home.readFile(QStringLiteral("notes.sh")), "export GOPROXY=x\n");
}

namespace {

// What a login shell of this home sees in GOPROXY.
ProcessResult shellValue(const TestHome &home, const QString &shell)
{
    return home.run(shell, {QStringLiteral("-lc"), QStringLiteral("printf %s \"$GOPROXY\"")});
}

// One start-up file in a shell's own syntax: as the user wrote it, and with the GOPROXY export
// commented out (it continues onto a second line, so both physical lines must be).
struct StartupFile
{
    QString path;
    QByteArray before;
    QByteArray commented;
    QByteArray unsetCommand;
};

void commentOutAndRestoreWithRealShell(const QString &shell, const StartupFile &file)
{
    const QString program = QStandardPaths::findExecutable(shell);
    if (program.isEmpty())
        GTEST_SKIP() << shell.toStdString() << " is not installed (scripts/install-deps.sh --test)";
    TestHome home;
    home.writeFile(file.path, file.before);
    ASSERT_EQ(shellValue(home, program).out, "http://127.0.0.1:9/go,direct");

    const ProcessResult dryRun =
        home.cli({QStringLiteral("shadow"), QStringLiteral("fix"), QStringLiteral("go"),
                  QStringLiteral("GOPROXY"), QStringLiteral("--dry-run")});
    ASSERT_EQ(dryRun.exitCode, 0) << dryRun.err.constData();
    EXPECT_TRUE(dryRun.out.contains("+" + file.commented.split('\n').at(1)))
        << dryRun.out.constData();
    EXPECT_EQ(home.readFile(file.path), file.before);

    const ProcessResult fix = home.cli({QStringLiteral("shadow"), QStringLiteral("fix"),
                                        QStringLiteral("go"), QStringLiteral("GOPROXY")});
    ASSERT_EQ(fix.exitCode, 0) << fix.err.constData();
    EXPECT_TRUE(fix.err.contains(file.unsetCommand)) << fix.err.constData();
    EXPECT_EQ(home.readFile(file.path), file.commented);
    const ProcessResult after = shellValue(home, program);
    EXPECT_EQ(after.exitCode, 0) << after.err.constData();
    EXPECT_EQ(after.out, QByteArray());

    const ProcessResult listed = home.cli({QStringLiteral("history"), QStringLiteral("shell")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.constData();
    EXPECT_TRUE(listed.out.contains(home.path(file.path).toUtf8())) << listed.out.constData();
    EXPECT_TRUE(listed.out.contains("GOPROXY commented out")) << listed.out.constData();

    const ProcessResult restored =
        home.cli({QStringLiteral("restore"), QStringLiteral("shell"), QStringLiteral("1")});
    ASSERT_EQ(restored.exitCode, 0) << restored.err.constData();
    EXPECT_EQ(home.readFile(file.path), file.before);
    EXPECT_EQ(shellValue(home, program).out, "http://127.0.0.1:9/go,direct");
}

// LF: before a CRLF a backslash escapes the carriage return, so a shell would not continue.
StartupFile posixStartupFile(const QString &path)
{
    return {path,
            "# my settings\n"
            "export GOPROXY=http://127.0.0.1:9/go,\\\n"
            "direct\n"
            "export EDITOR=vi",
            "# my settings\n"
            "# export GOPROXY=http://127.0.0.1:9/go,\\\n"
            "# direct\n"
            "export EDITOR=vi",
            "unset GOPROXY"};
}

} // namespace

TEST(ShellStartupEditorRealShell, BashLoginShellLosesAndRegainsGoproxy)
{
    commentOutAndRestoreWithRealShell(QStringLiteral("bash"),
                                      posixStartupFile(QStringLiteral(".profile")));
}

TEST(ShellStartupEditorRealShell, ZshLosesAndRegainsGoproxy)
{
    commentOutAndRestoreWithRealShell(QStringLiteral("zsh"),
                                      posixStartupFile(QStringLiteral(".zshenv")));
}

TEST(ShellStartupEditorRealShell, FishLosesAndRegainsGoproxy)
{
    // fish's own syntax and its own way to drop a variable (`set -e`), read by a real fish.
    commentOutAndRestoreWithRealShell(QStringLiteral("fish"),
                                      {QStringLiteral(".config/fish/config.fish"),
                                       "# my settings\n"
                                       "set -gx GOPROXY http://127.0.0.1:9/go,\\\n"
                                       "direct\n"
                                       "set -gx EDITOR vi",
                                       "# my settings\n"
                                       "# set -gx GOPROXY http://127.0.0.1:9/go,\\\n"
                                       "# direct\n"
                                       "set -gx EDITOR vi",
                                       "set -e GOPROXY"});
}

TEST(ShellStartupEditorCli, RestoreRefusesAnEntryForAnotherFile)
{
    TestHome home;
    home.writeFile(QStringLiteral(".profile"), "export GOPROXY=http://127.0.0.1:9/go\n");
    ASSERT_EQ(home.cli({QStringLiteral("shadow"), QStringLiteral("fix"), QStringLiteral("go"),
                        QStringLiteral("GOPROXY")})
                  .exitCode,
              0);
    // The history file is the user's to edit: point the entry at a file no shell reads.
    const QString store =
        home.path(QStringLiteral(".local/share/MirrorDeck/mirrordeck/history/shell.json"));
    QFile file(store);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(store);
    QByteArray json = file.readAll();
    file.close();
    json.replace(home.path(QStringLiteral(".profile")).toUtf8(),
                 home.path(QStringLiteral("other")).toUtf8());
    home.writeFile(QStringLiteral(".local/share/MirrorDeck/mirrordeck/history/shell.json"), json);
    home.writeFile(QStringLiteral("other"), "# export GOPROXY=http://127.0.0.1:9/go\n");
    const ProcessResult restored =
        home.cli({QStringLiteral("restore"), QStringLiteral("shell"), QStringLiteral("1")});
    EXPECT_NE(restored.exitCode, 0);
    EXPECT_EQ(home.readFile(QStringLiteral("other")), "# export GOPROXY=http://127.0.0.1:9/go\n");
}

TEST(ShellStartupEditor, SymlinkedStartupFileStaysALinkAndItsTargetIsEdited)
{
    TestHome home;
    home.writeFile(QStringLiteral("dotfiles/bashrc"), "export GOPROXY=https://a.example\n");
    ASSERT_TRUE(QFile::link(home.path(QStringLiteral("dotfiles/bashrc")),
                            home.path(QStringLiteral(".bashrc"))));
    const ShellStartupEditor editor(home.toolEnvironment());
    const Expected<ConfigChange> change = editor.planCommentOut(
        home.path(QStringLiteral(".bashrc")),
        {exportAt(home.path(QStringLiteral(".bashrc")), 1, QStringLiteral("GOPROXY"))});
    ASSERT_TRUE(change.hasValue()) << qPrintable(change.error().message);
    ChangeHistory history(home.path(QStringLiteral("history")));
    ASSERT_TRUE(ConfigWriter(&history).apply(*change).hasValue());
    EXPECT_TRUE(QFileInfo(home.path(QStringLiteral(".bashrc"))).isSymLink());
    EXPECT_EQ(home.readFile(QStringLiteral("dotfiles/bashrc")),
              "# export GOPROXY=https://a.example\n");
}

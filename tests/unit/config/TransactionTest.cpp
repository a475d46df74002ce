// Edits as transactions: planEdits() is a pure function of bytes and edits, the same for every
// ecosystem, and a restore is planned against the file as it is now.

#include "config/ConfigWriter.h"
#include "config/RestorePlanner.h"
#include "config/SecretMask.h"
#include "ecosystems/go/GoConfig.h"
#include "ecosystems/npm/NpmConfig.h"
#include "ecosystems/pip/PipConfig.h"
#include "support/TestHome.h"

#include <QLockFile>

#include <gtest/gtest.h>

namespace {

EditInput bytesOnly(const QByteArray &bytes, const QString &path = QStringLiteral("/nowhere/f"))
{
    EditInput input;
    input.path = path;
    input.targetPath = path;
    input.exists = !bytes.isEmpty();
    input.bytes = bytes;
    return input;
}

} // namespace

TEST(Transaction, PlanEditsIsPureAndFoldsSeveralKeysIntoOneChange)
{
    TestHome home;
    const GoConfig go(home.toolEnvironment());
    const QByteArray bytes("# keep\r\nGOPROXY=https://a.example\r\n");
    const Expected<EditOutcome> outcome = go.planEdits(
        bytesOnly(bytes),
        {KeyEdit::set(QStringLiteral("GOPROXY"), QStringLiteral("https://b.example,direct")),
         KeyEdit::set(QStringLiteral("GOPRIVATE"), QStringLiteral("corp.example")),
         KeyEdit::remove(QStringLiteral("GOINSECURE"))});
    ASSERT_TRUE(outcome.hasValue());
    EXPECT_TRUE(outcome->after.startsWith("# keep\r\nGOPROXY=https://b.example,direct\n"))
        << outcome->after.toStdString();
    EXPECT_TRUE(outcome->after.contains("GOPRIVATE=corp.example"));
    ASSERT_EQ(outcome->keyChanges.size(), 2);
    // Go reads the "\r" of a CRLF line into the value; the change reports what go read.
    EXPECT_EQ(outcome->keyChanges.at(0).oldValue, QStringLiteral("https://a.example\r"));
    // Nothing was read or written: the home is as empty as it started.
    EXPECT_FALSE(QFile::exists(home.path(QStringLiteral(".config/go/env"))));
}

TEST(Transaction, EditsThatCancelOutAreNoChangeAtAll)
{
    TestHome home;
    const NpmConfig npm(home.toolEnvironment());
    const QByteArray bytes("registry=https://a.example/\n");
    const Expected<EditOutcome> outcome = npm.planEdits(
        bytesOnly(bytes),
        {KeyEdit::set(QStringLiteral("registry"), QStringLiteral("https://b.example/")),
         KeyEdit::set(QStringLiteral("registry"), QStringLiteral("https://a.example/"))});
    ASSERT_TRUE(outcome.hasValue());
    EXPECT_EQ(outcome->after, bytes);
    EXPECT_TRUE(outcome->keyChanges.isEmpty());
}

TEST(Transaction, OneInvalidEditFailsTheWholeTransaction)
{
    TestHome home;
    const PipConfig pip(home.toolEnvironment());
    const Expected<EditOutcome> outcome = pip.planEdits(
        bytesOnly("[global]\n"),
        {KeyEdit::set(QStringLiteral("global.timeout"), QStringLiteral("30")),
         KeyEdit::set(QStringLiteral("global.index-url"), QStringLiteral("not a url"))});
    EXPECT_FALSE(outcome.hasValue());
}

TEST(Transaction, MultiFieldTransactionIsOneWriteAndOneHistoryEntry)
{
    TestHome home;
    home.writeFile(QStringLiteral(".npmrc"), "; mine\n//r.example/:_authToken=TOKEN\n");
    const NpmConfig npm(home.toolEnvironment());
    const Expected<ConfigChange> change = npm.planTransaction(
        {KeyEdit::set(QStringLiteral("registry"), QStringLiteral("https://r.example/")),
         KeyEdit::set(QStringLiteral("@corp:registry"), QStringLiteral("https://corp.example/"))});
    ASSERT_TRUE(change.hasValue());
    EXPECT_EQ(change->keyChanges.size(), 2);
    ChangeHistory history(home.path(QStringLiteral("history")));
    ConfigWriter writer(&history);
    const Expected<QString> id = writer.apply(*change);
    ASSERT_TRUE(id.hasValue());
    EXPECT_EQ(*id, QStringLiteral("1"));
    EXPECT_EQ(home.npmConfigGet(QStringLiteral("@corp:registry")).outText(),
              QStringLiteral("https://corp.example/"));
    EXPECT_EQ(history.entries(QStringLiteral("npm"))->size(), 1);
}

TEST(Transaction, RestoreOfAnUntouchedFileIsByteExact)
{
    TestHome home;
    const QByteArray original("# c\r\nGOPROXY=https://a.example\r\nGOFLAGS=-mod=mod");
    home.writeFile(QStringLiteral(".config/go/env"), original);
    const GoConfig go(home.toolEnvironment());
    ChangeHistory history(home.path(QStringLiteral("history")));
    ConfigWriter writer(&history);
    ASSERT_TRUE(
        writer.apply(*go.planSet(QStringLiteral("GOPROXY"), QStringLiteral("https://b.example"))));
    const HistoryEntry entry = history.entries(QStringLiteral("go"))->first();
    const Expected<ConfigChange> restore =
        RestorePlanner(go).plan(entry, RestorePlanner::Mode::KeepLaterEdits);
    ASSERT_TRUE(restore.hasValue());
    EXPECT_FALSE(restore->restoreKeepsLaterEdits);
    EXPECT_EQ(restore->after, original);
    ASSERT_TRUE(writer.apply(*restore));
    EXPECT_EQ(home.readFile(QStringLiteral(".config/go/env")), original);
}

TEST(Transaction, ConcurrentWriterUnderTheLockIsRefusedNotLost)
{
    TestHome home;
    const GoConfig go(home.toolEnvironment());
    const Expected<ConfigChange> first =
        go.planSet(QStringLiteral("GOPROXY"), QStringLiteral("https://a.example"));
    const Expected<ConfigChange> second =
        go.planSet(QStringLiteral("GOPRIVATE"), QStringLiteral("corp.example"));
    ASSERT_TRUE(first.hasValue() && second.hasValue());
    ConfigWriter writer(nullptr);
    ASSERT_TRUE(writer.apply(*first));
    // Planned against the file before the first write: landing it would drop GOPROXY.
    const Expected<QString> lost = writer.apply(*second);
    ASSERT_FALSE(lost.hasValue());
    EXPECT_EQ(lost.error().kind, CoreError::Kind::Conflict);
    EXPECT_EQ(home.goEnv(QStringLiteral("GOPROXY")).outText(), QStringLiteral("https://a.example"));
}

TEST(Transaction, WriterWaitsForAnotherProcesssLockAndThenSaysBusy)
{
    TestHome home;
    const GoConfig go(home.toolEnvironment());
    const Expected<ConfigChange> change =
        go.planSet(QStringLiteral("GOPROXY"), QStringLiteral("https://a.example"));
    ASSERT_TRUE(change.hasValue());
    QDir().mkpath(QFileInfo(change->targetPath).absolutePath());
    // A lock held by a live process (this one, through another lock object) is never stale.
    QLockFile other(ConfigWriter::lockPathFor(change->targetPath));
    ASSERT_TRUE(other.tryLock(0));
    // The writer's bounded wait is long; a direct tryLock shows the lock is really exclusive.
    QLockFile mine(ConfigWriter::lockPathFor(change->targetPath));
    EXPECT_FALSE(mine.tryLock(50));
    other.unlock();
    ConfigWriter writer(nullptr);
    EXPECT_TRUE(writer.apply(*change).hasValue());
    EXPECT_FALSE(QFile::exists(ConfigWriter::lockPathFor(change->targetPath)))
        << "no lock file is left next to the user's config";
}

TEST(Transaction, AHostThatMixesScriptsIsNamedInTheNotes)
{
    TestHome home;
    const GoConfig go(home.toolEnvironment());
    // "gоproxy.cn" with a Cyrillic о (U+043E).
    const QString spoofed = QStringLiteral("https://g\u043Eproxy.cn,direct");
    const Expected<EditOutcome> outcome =
        go.planEdits(bytesOnly(QByteArray()), {KeyEdit::set(QStringLiteral("GOPROXY"), spoofed)});
    ASSERT_TRUE(outcome.hasValue()) << outcome.error().toString().toStdString();
    ASSERT_EQ(outcome->notes.size(), 1);
    EXPECT_TRUE(outcome->notes.first().contains(QLatin1String("xn--")))
        << outcome->notes.first().toStdString();
    const Expected<EditOutcome> honest = go.planEdits(
        bytesOnly(QByteArray()),
        {KeyEdit::set(QStringLiteral("GOPROXY"), QStringLiteral("https://goproxy.cn,direct"))});
    ASSERT_TRUE(honest.hasValue());
    EXPECT_TRUE(honest->notes.isEmpty());
}

// Write safety end to end: the real mirrordeck-cli, many at once, against one file; restores that
// never drop later edits; a damaged or hostile history; secrets that never reach anything
// MirrorDeck stores. Judged by the files, the history and the real go / npm / pip clients.

#include "support/ProcessAssertions.h"
#include "support/TestHome.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <mutex>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

const QString kGoEnv = QStringLiteral(".config/go/env");

// The history file of `ecosystem`, wherever the shared data directory puts it.
QString historyFile(const TestHome &home, const QString &ecosystem)
{
    QDirIterator it(home.path(QStringLiteral(".local/share")),
                    {ecosystem + QStringLiteral(".json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QLatin1String("/history/")))
            return path;
    }
    return {};
}

QJsonArray historyEntries(const TestHome &home, const QString &ecosystem)
{
    QFile file(historyFile(home, ecosystem));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(QStringLiteral("entries"))
        .toArray();
}

QByteArray base64Field(const QJsonObject &entry, const char *name)
{
    return QByteArray::fromBase64(entry.value(QLatin1String(name)).toString().toLatin1());
}

// "(history entry 12)" → "12".
QString reportedEntry(const ProcessResult &result)
{
    static const QRegularExpression pattern(QStringLiteral("\\(history entry (\\d+)\\)"));
    return pattern.match(QString::fromUtf8(result.out)).captured(1);
}

QStringList goSet(const QString &key, const QString &value)
{
    return {QStringLiteral("set"), QStringLiteral("go"), key, value};
}

// Every file under `root` (recursively) that contains `needle`, in clear or base64.
QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        if (bytes.contains(needle) || bytes.contains(needle.toBase64()) ||
            QByteArray::fromBase64(bytes).contains(needle))
            found << path;
    }
    return found;
}

} // namespace

TEST(CliWriteSafety, ParallelSetsOfDifferentKeysAllLand)
{
    TestHome home;
    const QList<QPair<QString, QString>> sets = {
        {QStringLiteral("GOPROXY"), QStringLiteral("https://goproxy.cn,direct")},
        {QStringLiteral("GOSUMDB"), QStringLiteral("off")},
        {QStringLiteral("GOPRIVATE"), QStringLiteral("corp.example")},
        {QStringLiteral("GONOPROXY"), QStringLiteral("a.example")},
        {QStringLiteral("GONOSUMDB"), QStringLiteral("b.example")},
        {QStringLiteral("GOINSECURE"), QStringLiteral("c.example")},
    };
    std::vector<ProcessResult> results(size_t(sets.size()));
    std::vector<std::thread> threads;
    for (qsizetype i = 0; i < sets.size(); ++i)
        threads.emplace_back([&, i]() {
            results[size_t(i)] = home.cli(goSet(sets.at(i).first, sets.at(i).second));
        });
    for (std::thread &thread : threads)
        thread.join();

    QStringList ids;
    for (const ProcessResult &result : results) {
        ASSERT_TRUE(succeeded(result));
        ids << reportedEntry(result);
    }
    for (const auto &set : sets)
        EXPECT_EQ(home.goEnv(set.first).outText(), set.second) << set.first.toStdString();
    ids.sort();
    ids.removeDuplicates();
    EXPECT_EQ(ids.size(), sets.size()) << "every write has its own history entry";
}

// N processes × M random sets, unsets and restores on one file. Afterwards the history is one
// unbroken chain (ids unique and contiguous, every entry's before is the previous entry's after),
// every write a process reported is in it, the file is the chain's end, and go reads it.
TEST(CliWriteSafety, StressManyProcessesKeepOneUnbrokenHistory)
{
    TestHome home;
    constexpr int kProcesses = 6;
    constexpr int kOperations = 6;
    const QStringList keys = {QStringLiteral("GOPROXY"), QStringLiteral("GOPRIVATE"),
                              QStringLiteral("GONOSUMDB"), QStringLiteral("GOINSECURE")};
    std::mutex mutex;
    QStringList reportedIds;
    QStringList failures;
    std::vector<std::thread> threads;
    for (int worker = 0; worker < kProcesses; ++worker) {
        threads.emplace_back([&, worker]() {
            QRandomGenerator random(quint32(1000 + worker));
            for (int op = 0; op < kOperations; ++op) {
                const QString key = keys.at(int(random.bounded(keys.size())));
                const int kind = int(random.bounded(6));
                QStringList args;
                if (kind == 0)
                    args = {QStringLiteral("unset"), QStringLiteral("go"), key};
                else if (kind == 1)
                    args = {QStringLiteral("restore"), QStringLiteral("go"),
                            QString::number(1 + random.bounded(5))};
                else
                    args = goSet(
                        key,
                        key == QLatin1String("GOPROXY")
                            ? QStringLiteral("https://m%1-%2.example,direct").arg(worker).arg(op)
                            : QStringLiteral("w%1o%2.example").arg(worker).arg(op));
                const ProcessResult result = home.cli(args);
                const std::lock_guard<std::mutex> guard(mutex);
                const QString id = reportedEntry(result);
                if (result.exitCode == 0 && !id.isEmpty())
                    reportedIds << id;
                // A restore of an entry that does not exist yet is an honest refusal.
                else if (result.exitCode != 0 &&
                         !QString::fromUtf8(result.err).contains(QLatin1String("no history entry")))
                    failures << args.join(QLatin1Char(' ')) + QStringLiteral(": ") +
                                    QString::fromUtf8(result.err);
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    EXPECT_TRUE(failures.isEmpty()) << failures.join(QLatin1Char('\n')).toStdString();

    const QJsonArray entries = historyEntries(home, QStringLiteral("go"));
    ASSERT_FALSE(entries.isEmpty());
    // Stored newest first.
    QList<QJsonObject> chain;
    for (const QJsonValue &value : entries)
        chain.prepend(value.toObject());
    for (int i = 0; i < chain.size(); ++i) {
        EXPECT_EQ(chain.at(i).value(QStringLiteral("id")).toString(), QString::number(i + 1));
        if (i > 0) {
            EXPECT_EQ(base64Field(chain.at(i), "before"), base64Field(chain.at(i - 1), "after"))
                << "entry " << i + 1;
            EXPECT_EQ(chain.at(i).value(QStringLiteral("existed_before")).toBool(),
                      chain.at(i - 1).value(QStringLiteral("exists_after")).toBool(true));
        }
    }
    reportedIds.sort();
    QStringList chainIds;
    for (const QJsonObject &entry : chain)
        chainIds << entry.value(QStringLiteral("id")).toString();
    chainIds.sort();
    EXPECT_EQ(reportedIds, chainIds) << "every reported write is in the history, and only those";
    EXPECT_EQ(home.readFile(kGoEnv), base64Field(chain.last(), "after"));

    // The real client reads the final file as MirrorDeck says it is.
    for (const QString &key : keys) {
        const ProcessResult go = home.goEnv(key);
        ASSERT_TRUE(succeeded(go));
        EXPECT_EQ(home.cli({QStringLiteral("get"), QStringLiteral("go"), key}).outText(),
                  go.outText())
            << key.toStdString();
    }
}

TEST(CliWriteSafety, RestoreRecordsWhatTheFileHeldNotWhatTheEntryOnceSaw)
{
    TestHome home;
    ASSERT_TRUE(
        succeeded(home.cli(goSet(QStringLiteral("GOPROXY"), QStringLiteral("https://a.example")))));
    ASSERT_TRUE(
        succeeded(home.cli(goSet(QStringLiteral("GOPROXY"), QStringLiteral("https://c.example")))));
    const ProcessResult restored =
        home.cli({QStringLiteral("restore"), QStringLiteral("go"), QStringLiteral("1")});
    ASSERT_TRUE(succeeded(restored));
    const QJsonObject newest = historyEntries(home, QStringLiteral("go")).first().toObject();
    const QJsonObject key = newest.value(QStringLiteral("keys")).toArray().first().toObject();
    EXPECT_EQ(key.value(QStringLiteral("key")).toString(), QStringLiteral("GOPROXY"));
    EXPECT_EQ(key.value(QStringLiteral("old")).toString(), QStringLiteral("https://c.example"));
    EXPECT_TRUE(key.value(QStringLiteral("new")).toString().isEmpty());
    EXPECT_TRUE(restored.outText().contains(QLatin1String("https://c.example")))
        << restored.outText().toStdString();
    EXPECT_EQ(home.goEnv(QStringLiteral("GOPROXY")).outText(),
              QStringLiteral("https://proxy.golang.org,direct"));
}

TEST(CliWriteSafety, RestoreKeepsLaterHandEditsUnlessForced)
{
    TestHome home;
    ASSERT_TRUE(
        succeeded(home.cli(goSet(QStringLiteral("GOPROXY"), QStringLiteral("https://a.example")))));
    // Later, by hand: a comment and another key.
    home.writeFile(kGoEnv, home.readFile(kGoEnv) + "# my note\nGOPRIVATE=corp.example\n");

    const ProcessResult preview = home.cli({QStringLiteral("restore"), QStringLiteral("go"),
                                            QStringLiteral("1"), QStringLiteral("--dry-run")});
    ASSERT_TRUE(succeeded(preview));
    EXPECT_TRUE(QString::fromUtf8(preview.err).contains(QLatin1String("later edits are kept")))
        << preview.err.toStdString();

    ASSERT_TRUE(succeeded(
        home.cli({QStringLiteral("restore"), QStringLiteral("go"), QStringLiteral("1")})));
    EXPECT_EQ(home.readFile(kGoEnv), QByteArray("# my note\nGOPRIVATE=corp.example\n"));
    EXPECT_EQ(home.goEnv(QStringLiteral("GOPRIVATE")).outText(), QStringLiteral("corp.example"));

    // --force puts back the whole file as it was before entry 1 (there was none), and says what
    // it drops.
    ASSERT_TRUE(
        succeeded(home.cli(goSet(QStringLiteral("GOPROXY"), QStringLiteral("https://b.example")))));
    const ProcessResult forced = home.cli({QStringLiteral("restore"), QStringLiteral("go"),
                                           QStringLiteral("1"), QStringLiteral("--force")});
    ASSERT_TRUE(succeeded(forced));
    EXPECT_TRUE(QString::fromUtf8(forced.err).contains(QLatin1String("GOPRIVATE=corp.example")))
        << forced.err.toStdString();
    EXPECT_FALSE(QFile::exists(home.path(kGoEnv)));
}

TEST(CliWriteSafety, DamagedHistoryIsKeptAsideAndTheChangeStaysUndoable)
{
    TestHome home;
    ASSERT_TRUE(
        succeeded(home.cli(goSet(QStringLiteral("GOPROXY"), QStringLiteral("https://a.example")))));
    const QString history = historyFile(home, QStringLiteral("go"));
    ASSERT_FALSE(history.isEmpty());
    {
        QFile file(history);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.resize(17)); // truncated mid-JSON
    }
    const ProcessResult set = home.cli(goSet(QStringLiteral("GOSUMDB"), QStringLiteral("off")));
    ASSERT_TRUE(succeeded(set));
    EXPECT_TRUE(QString::fromUtf8(set.err).contains(QLatin1String("damaged")))
        << set.err.toStdString();
    const QStringList aside =
        QDir(QFileInfo(history).absolutePath()).entryList({QStringLiteral("go.json.damaged-*")});
    ASSERT_EQ(aside.size(), 1);
    ASSERT_TRUE(
        succeeded(home.cli({QStringLiteral("restore"), QStringLiteral("go"), reportedEntry(set)})));
    EXPECT_EQ(home.goEnv(QStringLiteral("GOSUMDB")).outText(), QStringLiteral("sum.golang.org"));
}

TEST(CliWriteSafety, HistoryThatCannotBeWrittenMeansNothingIsWritten)
{
    if (::geteuid() == 0)
        GTEST_SKIP() << "root writes into a read-only directory; covered by the unit test";
    TestHome home;
    ASSERT_TRUE(
        succeeded(home.cli(goSet(QStringLiteral("GOPROXY"), QStringLiteral("https://a.example")))));
    const QByteArray before = home.readFile(kGoEnv);
    const QString directory = QFileInfo(historyFile(home, QStringLiteral("go"))).absolutePath();
    ASSERT_TRUE(QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const ProcessResult set = home.cli(goSet(QStringLiteral("GOSUMDB"), QStringLiteral("off")));
    QFile::setPermissions(directory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    EXPECT_EQ(set.exitCode, 1);
    EXPECT_EQ(home.readFile(kGoEnv), before);
}

TEST(CliWriteSafety, UnsetOnAMissingFileCreatesNothing)
{
    TestHome home;
    for (const QStringList &args :
         {QStringList{QStringLiteral("unset"), QStringLiteral("pip"),
                      QStringLiteral("global.index-url")},
          QStringList{QStringLiteral("unset"), QStringLiteral("npm"), QStringLiteral("registry")},
          QStringList{QStringLiteral("unset"), QStringLiteral("go"), QStringLiteral("GOPROXY")}}) {
        const ProcessResult result = home.cli(args);
        ASSERT_TRUE(succeeded(result));
        EXPECT_TRUE(reportedEntry(result).isEmpty()) << result.outText().toStdString();
    }
    EXPECT_FALSE(QFile::exists(home.path(QStringLiteral(".config/pip/pip.conf"))));
    EXPECT_FALSE(QFile::exists(home.path(QStringLiteral(".pip/pip.conf"))));
    EXPECT_FALSE(QFile::exists(home.path(QStringLiteral(".npmrc"))));
    EXPECT_FALSE(QFile::exists(home.path(kGoEnv)));
    EXPECT_TRUE(historyFile(home, QStringLiteral("pip")).isEmpty());
}

TEST(CliWriteSafety, RestoreNeverWritesAPathTheHistoryMerelyClaims)
{
    TestHome home;
    ASSERT_TRUE(
        succeeded(home.cli(goSet(QStringLiteral("GOPROXY"), QStringLiteral("https://a.example")))));
    home.writeFile(QStringLiteral("precious.txt"), "keep me\n");
    const QString path = historyFile(home, QStringLiteral("go"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonArray entries = root.value(QStringLiteral("entries")).toArray();
    QJsonObject entry = entries.first().toObject();
    entry.insert(QStringLiteral("file"), home.path(QStringLiteral("precious.txt")));
    entry.insert(QStringLiteral("target"), home.path(QStringLiteral("precious.txt")));
    entry.insert(QStringLiteral("after"), QString::fromLatin1(QByteArray("keep me\n").toBase64()));
    entries.replace(0, entry);
    root.insert(QStringLiteral("entries"), entries);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(root).toJson());
    file.close();

    const ProcessResult restored =
        home.cli({QStringLiteral("restore"), QStringLiteral("go"), QStringLiteral("1")});
    EXPECT_EQ(restored.exitCode, 1);
    EXPECT_EQ(home.readFile(QStringLiteral("precious.txt")), QByteArray("keep me\n"));
    EXPECT_TRUE(QFile::exists(home.path(kGoEnv)));
}

TEST(CliWriteSafety, TokensNeverReachTheHistoryAndRestoreKeepsTheCurrentOne)
{
    TestHome home;
    const QByteArray secret("SECRET123abcXYZ");
    home.writeFile(QStringLiteral(".npmrc"),
                   "registry=https://registry.example/\n//registry.example/:_authToken=" + secret +
                       "\n");
    QFile::setPermissions(home.path(QStringLiteral(".npmrc")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const ProcessResult dry =
        home.cli({QStringLiteral("set"), QStringLiteral("npm"), QStringLiteral("registry"),
                  QStringLiteral("https://mirror.example/"), QStringLiteral("--dry-run")});
    ASSERT_TRUE(succeeded(dry));
    EXPECT_FALSE(dry.out.contains(secret)) << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains("_authToken=")) << "the line is shown, masked";

    ASSERT_TRUE(succeeded(
        home.cli({QStringLiteral("set"), QStringLiteral("npm"), QStringLiteral("registry"),
                  QStringLiteral("https://mirror.example/")})));
    // The user's token changes (npm login again); then the registry change is undone.
    const QByteArray newSecret("NEWTOKEN987zyx");
    QByteArray npmrc = home.readFile(QStringLiteral(".npmrc"));
    npmrc.replace(secret, newSecret);
    home.writeFile(QStringLiteral(".npmrc"), npmrc);
    ASSERT_TRUE(succeeded(
        home.cli({QStringLiteral("restore"), QStringLiteral("npm"), QStringLiteral("1")})));
    EXPECT_EQ(home.readFile(QStringLiteral(".npmrc")),
              "registry=https://registry.example/\n//registry.example/:_authToken=" + newSecret +
                  "\n");
    ASSERT_TRUE(succeeded(home.cli({QStringLiteral("history"), QStringLiteral("npm")})));

    const QString data = home.path(QStringLiteral(".local/share"));
    EXPECT_TRUE(filesContaining(data, secret).isEmpty())
        << filesContaining(data, secret).join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(filesContaining(data, newSecret).isEmpty());
    EXPECT_TRUE(filesContaining(home.path(QStringLiteral(".config/MirrorDeck")), secret).isEmpty());
    const QString history = historyFile(home, QStringLiteral("npm"));
    EXPECT_TRUE(QFile::permissions(history) & QFileDevice::ReadOwner);
    EXPECT_EQ(QFile::permissions(QFileInfo(history).absolutePath()) &
                  (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeGroup |
                   QFileDevice::ExeOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
              QFileDevice::Permissions());
    EXPECT_EQ(QFile::permissions(history) & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                             QFileDevice::WriteGroup | QFileDevice::WriteOther),
              QFileDevice::Permissions());
    // npm itself still finds the (current) token for its registry.
    EXPECT_EQ(home.npmConfigGet(QStringLiteral("registry")).outText(),
              QStringLiteral("https://registry.example/"));
}

TEST(CliWriteSafety, PasswordsInIndexUrlsAreMaskedInSummariesAndHistory)
{
    TestHome home;
    const QString url = QStringLiteral("https://alice:Pa55word9@pypi.corp.example/simple");
    const ProcessResult set = home.cli(
        {QStringLiteral("set"), QStringLiteral("pip"), QStringLiteral("global.index-url"), url});
    ASSERT_TRUE(succeeded(set));
    EXPECT_FALSE(set.out.contains("Pa55word9")) << set.out.toStdString();
    EXPECT_TRUE(filesContaining(home.path(QStringLiteral(".local/share")), "Pa55word9").isEmpty());
    // The file itself holds what the user asked for: pip reads it.
    EXPECT_EQ(home.pipConfigGet(QStringLiteral("global.index-url")).outText(), url);
}

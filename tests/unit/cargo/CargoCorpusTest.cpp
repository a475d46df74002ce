// The round-trip corpus (tests/fixtures/corpus/cargo): for every real-world-shaped Cargo
// config.toml, MirrorDeck reports the replacement the real cargo reports, a no-op edit writes
// nothing, `use` changes one line (or only adds lines when nothing was replaced), the real cargo
// reads the new mirror, and unsetting it restores crates.io.

#include "CargoTestSupport.h"

#include "config/ConfigWriter.h"
#include "ecosystems/cargo/CargoConfig.h"

#include <QDir>
#include <QFile>

#include <algorithm>

#include <gtest/gtest.h>

using namespace cargotest;

namespace {

const QString kReplaceWith = QStringLiteral("source.crates-io.replace-with");
const QString kNewMirror = QStringLiteral("sparse+http://127.0.0.1:9/new-index/");

QString corpusDir()
{
    return QStringLiteral(MIRRORDECK_SOURCE_DIR "/tests/fixtures/corpus/cargo");
}

QStringList corpusFiles()
{
    return QDir(corpusDir()).entryList({QStringLiteral("*.toml")}, QDir::Files, QDir::Name);
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Lines with their terminators, so a changed line ending counts as a change.
QList<QByteArray> linesOf(const QByteArray &bytes)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < bytes.size()) {
        const qsizetype nl = bytes.indexOf('\n', start);
        const qsizetype end = nl < 0 ? bytes.size() : nl + 1;
        lines << bytes.mid(start, end - start);
        start = end;
    }
    return lines;
}

// `before` turned into `after` by changing at most `changed` of its lines and adding others:
// every other line of `before` is in `after`, in order, with its line ending (the last line may
// gain the newline it lacked).
::testing::AssertionResult minimalDiff(const QByteArray &before, const QByteArray &after,
                                       int changed)
{
    QList<QByteArray> a = linesOf(before);
    const QList<QByteArray> b = linesOf(after);
    if (!a.isEmpty() && !a.last().endsWith('\n') && !b.contains(a.last()))
        a.last() += before.contains("\r\n") ? "\r\n" : "\n";
    // The longest common subsequence: the old lines kept as they were.
    QList<QList<int>> lcs(a.size() + 1, QList<int>(b.size() + 1, 0));
    for (qsizetype i = a.size() - 1; i >= 0; --i)
        for (qsizetype j = b.size() - 1; j >= 0; --j)
            lcs[i][j] =
                a.at(i) == b.at(j) ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    const qsizetype lost = a.size() - lcs[0][0];
    if (lost <= changed)
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << lost << " old lines changed or lost";
}

Mirror mirrorAt(const QString &url)
{
    Mirror m;
    m.id = QStringLiteral("new");
    m.ecosystem = QStringLiteral("cargo");
    m.protocol = QStringLiteral("cargo-sparse");
    m.url = url;
    m.name = url;
    return m;
}

void apply(const Expected<ConfigChange> &change)
{
    ASSERT_TRUE(change.hasValue()) << change.error().toString().toStdString();
    if (change->isNoOp())
        return;
    ConfigWriter writer(nullptr);
    const Expected<QString> written = writer.apply(*change);
    ASSERT_TRUE(written.hasValue()) << written.error().toString().toStdString();
}

} // namespace

TEST(CargoCorpus, HasTwentyRealWorldShapedFiles)
{
    EXPECT_GE(corpusFiles().size(), 20);
}

TEST(CargoCorpus, NoOpEditsWriteNothing)
{
    for (const QString &name : corpusFiles()) {
        SCOPED_TRACE(name.toStdString());
        TestHome home;
        const QByteArray original = readBytes(corpusDir() + QLatin1Char('/') + name);
        home.writeFile(QStringLiteral(".cargo/config.toml"), original);
        const CargoConfig config(home.toolEnvironment());
        const Expected<EffectiveSetting> replace = config.effectiveSetting(kReplaceWith);
        ASSERT_TRUE(replace) << replace.error().toString().toStdString();
        const Expected<ConfigChange> none = config.planTransaction({});
        ASSERT_TRUE(none);
        EXPECT_TRUE(none->isNoOp());
        if (!replace->isDefault) {
            const Expected<ConfigChange> same = config.planSet(kReplaceWith, replace->value);
            ASSERT_TRUE(same) << same.error().toString().toStdString();
            EXPECT_TRUE(same->isNoOp());
            const Expected<EffectiveSetting> mirror = config.effectiveSetting(config.mirrorKey());
            ASSERT_TRUE(mirror);
            if (!mirror->value.isEmpty() && !mirror->isDefault &&
                config.validate(config.mirrorKey(), mirror->value)) {
                const Expected<ConfigChange> again = config.planUseMirror(mirrorAt(mirror->value));
                ASSERT_TRUE(again) << again.error().toString().toStdString();
                EXPECT_TRUE(again->isNoOp());
            }
        }
        // Unsetting what is not there changes nothing either.
        const Expected<ConfigChange> unset =
            config.planUnset(QStringLiteral("registries.crates-io.protocol"));
        ASSERT_TRUE(unset);
        if (!original.contains("protocol")) {
            EXPECT_TRUE(unset->isNoOp());
        }
    }
}

TEST(CargoCorpus, UseIsAMinimalDiffThatTheRealCargoReadsAndUnsetRestoresCratesIo)
{
    const QList<Cargo> cargos = realCargos();
    for (const QString &name : corpusFiles()) {
        SCOPED_TRACE(name.toStdString());
        TestHome home;
        prepare(home);
        const QByteArray original = readBytes(corpusDir() + QLatin1Char('/') + name);
        home.writeFile(QStringLiteral(".cargo/config.toml"), original);
        const CargoConfig config(home.toolEnvironment());
        const Expected<EffectiveSetting> before = config.effectiveSetting(kReplaceWith);
        ASSERT_TRUE(before);
        for (const Cargo &cargo : cargos)
            EXPECT_EQ(configValue(configGet(home, cargo, kReplaceWith)),
                      before->isDefault ? QString() : before->value)
                << cargo.label.toStdString();

        apply(config.planUseMirror(mirrorAt(kNewMirror)));
        const QByteArray used = home.readFile(QStringLiteral(".cargo/config.toml"));
        const CargoConfig after(home.toolEnvironment());
        const Expected<EffectiveSetting> mirror = after.effectiveSetting(after.mirrorKey());
        ASSERT_TRUE(mirror);
        EXPECT_EQ(mirror->value, kNewMirror);
        // One line when the user's replacement source is reused; otherwise lines are added (and
        // at most the replace-with line changes).
        EXPECT_TRUE(minimalDiff(original, used, 2)) << used.toStdString();
        EXPECT_EQ(used.startsWith("\xEF\xBB\xBF"), original.startsWith("\xEF\xBB\xBF"));
        EXPECT_EQ(used.contains("\r\n"), original.contains("\r\n"));
        const QString name = after.mirrorKey();
        for (const Cargo &cargo : cargos) {
            const QString replacement = configValue(configGet(home, cargo, kReplaceWith));
            EXPECT_EQ(QStringLiteral("source.%1.registry").arg(replacement), name)
                << cargo.label.toStdString();
            EXPECT_EQ(configValue(configGet(home, cargo, name)), kNewMirror)
                << cargo.label.toStdString();
        }

        apply(after.planUnset(name));
        const QByteArray restored = home.readFile(QStringLiteral(".cargo/config.toml"));
        const Expected<EffectiveSetting> gone =
            CargoConfig(home.toolEnvironment()).effectiveSetting(kReplaceWith);
        ASSERT_TRUE(gone);
        EXPECT_TRUE(gone->isDefault) << restored.toStdString();
        for (const Cargo &cargo : cargos)
            EXPECT_NE(configGet(home, cargo, kReplaceWith).exitCode, 0)
                << cargo.label.toStdString();
        // A file that replaced nothing is back to its bytes.
        if (before->isDefault) {
            EXPECT_EQ(restored, original);
        }
    }
    if (cargos.isEmpty())
        GTEST_SKIP() << "edits checked; no real cargo to read them (~/.cargo/bin/cargo, "
                        "/usr/bin/cargo)";
}

// The round-trip corpus (tests/fixtures/corpus/yarn): for every real-world-shaped .yarnrc.yml,
// MirrorDeck and the real Yarn Berry agree before any edit, a no-op edit writes nothing, a
// registry change touches exactly one line (or adds one), a new scope adds its lines and its
// unset gives back the original bytes, and Yarn reads every new value. Files Yarn's YAML parser
// refuses (bad/) are refused with file and line and left byte for byte.

#include "YarnTestSupport.h"

#include "config/LineDocument.h"
#include "ecosystems/yarn/YarnConfig.h"
#include "ecosystems/yarn/Yarnrc.h"

#include <QDir>
#include <QFile>

using namespace yarntest;

namespace {

const QString kRegistry = QStringLiteral("npmRegistryServer");
const QString kRc = QStringLiteral(".yarnrc.yml");

QString corpusDir()
{
    return QStringLiteral(MIRRORDECK_SOURCE_DIR "/tests/fixtures/corpus/yarn");
}

QStringList corpusFiles(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.yarnrc.yml")}, QDir::Files, QDir::Name);
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<QByteArray> contents(const QByteArray &bytes)
{
    QList<QByteArray> lines;
    const LineDocument document = LineDocument::fromBytes(bytes);
    for (const LineDocument::Line &line : document.lines())
        lines << line.content;
    return lines;
}

// `after` is `before` with exactly one line changed, or `added` lines inserted in one place;
// BOM and every kept line's terminator unchanged (but the one a no-final-newline line gains).
::testing::AssertionResult minimalDiff(const QByteArray &before, const QByteArray &after, int added)
{
    const LineDocument a = LineDocument::fromBytes(before);
    const LineDocument b = LineDocument::fromBytes(after);
    if (a.hasBom() != b.hasBom())
        return ::testing::AssertionFailure() << "BOM changed";
    const QList<QByteArray> x = contents(before);
    const QList<QByteArray> y = contents(after);
    if (added == 0) {
        if (x.size() != y.size())
            return ::testing::AssertionFailure() << "line count " << x.size() << "→" << y.size();
        int changed = 0;
        for (int i = 0; i < x.size(); ++i) {
            changed += x.at(i) != y.at(i) ? 1 : 0;
            if (a.lines().at(i).terminator != b.lines().at(i).terminator)
                return ::testing::AssertionFailure() << "terminator changed on line " << i + 1;
        }
        return changed == 1 ? ::testing::AssertionSuccess()
                            : ::testing::AssertionFailure() << changed << " lines changed";
    }
    if (y.size() != x.size() + added)
        return ::testing::AssertionFailure() << "line count " << x.size() << "→" << y.size();
    for (int at = 0; at + added <= y.size(); ++at) {
        QList<QByteArray> without = y;
        without.remove(at, added);
        if (without == x)
            return ::testing::AssertionSuccess();
    }
    return ::testing::AssertionFailure() << "lines changed besides the " << added << " added";
}

QString shown(const EffectiveSetting &setting)
{
    return setting.value.isEmpty() ? QStringLiteral("undefined") : setting.value;
}

} // namespace

TEST(YarnCorpusFiles, HasEnoughRealWorldShapes)
{
    EXPECT_GE(corpusFiles(corpusDir()).size(), 20);
    EXPECT_GE(corpusFiles(corpusDir() + QStringLiteral("/bad")).size(), 5);
}

TEST(YarnCorpus, EveryFileParsesAndSerializesByteIdentically)
{
    for (const QString &name : corpusFiles(corpusDir())) {
        SCOPED_TRACE(name.toStdString());
        const QByteArray bytes = readBytes(corpusDir() + QLatin1Char('/') + name);
        const Expected<Yarnrc> rc = Yarnrc::parse(bytes);
        ASSERT_TRUE(rc.hasValue()) << rc.error().toString().toStdString();
        EXPECT_EQ(rc->toBytes(), bytes);
    }
}

TEST(YarnCorpus, AgreesWithYarnNoOpMinimalEditsAndYarnReadsThem)
{
    YARN_OR_SKIP();
    for (const QString &name : corpusFiles(corpusDir())) {
        SCOPED_TRACE(name.toStdString());
        YarnHome home;
        const QByteArray original = readBytes(corpusDir() + QLatin1Char('/') + name);
        home.writeFile(kRc, original);
        const YarnConfig config(home.toolEnvironment());
        const Yarnrc rc = *Yarnrc::parse(original);

        // Agreement before any edit: the registry and every scope the file names.
        const Expected<EffectiveSetting> before = config.effectiveSetting(kRegistry);
        ASSERT_TRUE(before.hasValue()) << before.error().toString().toStdString();
        EXPECT_EQ(before->value, home.yarnGet(kRegistry));
        const QStringList scopes = rc.childKeys({QStringLiteral("npmScopes")});
        for (const QString &scope : scopes) {
            const QString key = QStringLiteral("npmScopes.%1.npmRegistryServer").arg(scope);
            const Expected<EffectiveSetting> scoped = config.effectiveSetting(key);
            ASSERT_TRUE(scoped.hasValue());
            EXPECT_EQ(scoped->value, home.yarnScopeRegistry(scope)) << key.toStdString();
        }

        // A no-op: the value the file holds, or an unset of a key it does not have.
        const Yarnrc::Node *inFile = rc.find({kRegistry});
        const Expected<ConfigChange> noOp = inFile && inFile->kind == Yarnrc::Kind::Scalar
                                                ? config.planSet(kRegistry, inFile->text)
                                                : config.planUnset(kRegistry);
        ASSERT_TRUE(noOp.hasValue()) << noOp.error().toString().toStdString();
        EXPECT_TRUE(noOp->isNoOp());

        // A new registry: one line changed (or added), and Yarn uses it.
        const QString mirror = before->value == QLatin1String("https://registry.npmmirror.com")
                                   ? QStringLiteral("https://mirrors.cloud.tencent.com/npm/")
                                   : QStringLiteral("https://registry.npmmirror.com");
        const Expected<ConfigChange> change = config.planSet(kRegistry, mirror);
        ASSERT_TRUE(change.hasValue()) << change.error().toString().toStdString();
        EXPECT_TRUE(minimalDiff(original, change->after, inFile ? 0 : 1));
        apply(change);
        EXPECT_EQ(home.yarnGet(kRegistry), mirror);
        for (const QString &scope : scopes) {
            EXPECT_EQ(
                config
                    .effectiveSetting(QStringLiteral("npmScopes.%1.npmRegistryServer").arg(scope))
                    ->value,
                home.yarnScopeRegistry(scope));
        }

        // A new scope: its lines added in one place, Yarn reads it, and its unset restores the
        // bytes exactly (the maps it created go with it).
        const QByteArray afterRegistry = home.readFile(kRc);
        const QString scopeKey = QStringLiteral("npmScopes.mdtest.npmRegistryServer");
        const Expected<ConfigChange> scoped =
            config.planSet(scopeKey, QStringLiteral("https://npm.mdtest.example"));
        if (!scoped) {
            // Only a file whose npmScopes is not a block map may refuse, naming the line.
            ASSERT_TRUE(rc.find({QStringLiteral("npmScopes")}));
            EXPECT_EQ(rc.find({QStringLiteral("npmScopes")})->kind, Yarnrc::Kind::Flow);
            EXPECT_GT(scoped.error().line, 0);
            continue;
        }
        const Yarnrc::Node *scopesNode = rc.find({QStringLiteral("npmScopes")});
        const int addedLines =
            scopesNode && scopesNode->kind == Yarnrc::Kind::Map ? 2 : (scopesNode ? 2 : 3);
        EXPECT_TRUE(minimalDiff(afterRegistry, scoped->after, addedLines));
        apply(scoped);
        EXPECT_EQ(home.yarnScopeRegistry(QStringLiteral("mdtest")),
                  QStringLiteral("https://npm.mdtest.example"));
        EXPECT_EQ(home.yarnGet(kRegistry), mirror);
        const Expected<ConfigChange> unset = config.planUnset(scopeKey);
        ASSERT_TRUE(unset.hasValue()) << unset.error().toString().toStdString();
        if (!scopesNode || scopesNode->kind == Yarnrc::Kind::Map) {
            EXPECT_EQ(unset->after, afterRegistry);
        }
        apply(unset);
        EXPECT_EQ(shown(*config.effectiveSetting(kRegistry)), home.yarnGet(kRegistry));
    }
}

TEST(YarnCorpus, FilesYarnCannotParseAreRefusedWithFileAndLineAndLeftAlone)
{
    const QString dir = corpusDir() + QStringLiteral("/bad");
    for (const QString &name : corpusFiles(dir)) {
        SCOPED_TRACE(name.toStdString());
        YarnHome home;
        const QByteArray original = readBytes(dir + QLatin1Char('/') + name);
        home.writeFile(kRc, original);
        const YarnConfig config(home.toolEnvironment());
        const Expected<ConfigChange> change =
            config.planSet(kRegistry, QStringLiteral("https://registry.npmmirror.com"));
        ASSERT_FALSE(change.hasValue());
        EXPECT_EQ(change.error().kind, CoreError::Kind::BadFile);
        EXPECT_EQ(change.error().filePath, home.path(kRc));
        EXPECT_GT(change.error().line, 0);
        EXPECT_FALSE(config.planUnset(kRegistry).hasValue());
        EXPECT_FALSE(config.effectiveSetting(kRegistry).hasValue());
        EXPECT_EQ(home.readFile(kRc), original);
        if (haveYarn()) {
            // Yarn itself refuses the file.
            const ProcessResult yarn =
                home.yarn({QStringLiteral("config"), QStringLiteral("get"), kRegistry});
            EXPECT_NE(yarn.exitCode, 0) << yarn.out.constData();
        }
    }
}

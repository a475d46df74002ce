// The round-trip corpus (tests/fixtures/corpus/npm): for every real-world-shaped .npmrc,
// MirrorDeck agrees with the real npm before any edit, a no-op edit writes nothing, a registry
// change touches exactly one line, and npm reads the new value. Files npm itself chokes on
// (bad/) are refused with file and line. Bad input (binary, invalid UTF-8, oversized,
// read-only) leaves the file byte-for-byte as it was.

#include "NpmTestSupport.h"

#include "ecosystems/npm/NpmConfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace npmtest;

namespace {

const QString kRegistry = QStringLiteral("registry");
const QString kStrictSsl = QStringLiteral("strict-ssl");

QString corpusDir()
{
    return QStringLiteral(MIRRORDECK_SOURCE_DIR "/tests/fixtures/corpus/npm");
}

QStringList corpusFiles(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.npmrc")}, QDir::Files, QDir::Name);
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString shownValue(const EffectiveSetting &setting)
{
    return setting.isDefault && setting.value.isEmpty() ? QStringLiteral("undefined")
                                                        : setting.value;
}

// Every line of `before` is in `after` unchanged, except exactly one changed or added line.
::testing::AssertionResult oneLineDiff(const QByteArray &before, const QByteArray &after)
{
    const LineDocument a = LineDocument::fromBytes(before);
    const LineDocument b = LineDocument::fromBytes(after);
    if (a.hasBom() != b.hasBom())
        return ::testing::AssertionFailure() << "BOM changed";
    QList<QByteArray> x;
    QList<QByteArray> y;
    for (const LineDocument::Line &line : a.lines())
        x << line.content;
    for (const LineDocument::Line &line : b.lines())
        y << line.content;
    int differences = 0;
    if (x.size() == y.size()) {
        for (int i = 0; i < x.size(); ++i) {
            if (x.at(i) != y.at(i))
                ++differences;
            else if (a.lines().at(i).terminator != b.lines().at(i).terminator)
                return ::testing::AssertionFailure() << "terminator changed on line " << i + 1;
        }
        return differences == 1 ? ::testing::AssertionSuccess()
                                : ::testing::AssertionFailure() << differences << " lines changed";
    }
    if (y.size() != x.size() + 1)
        return ::testing::AssertionFailure() << "line count " << x.size() << " -> " << y.size();
    for (int added = 0; added < y.size(); ++added) {
        QList<QByteArray> without = y;
        without.removeAt(added);
        if (without == x) {
            // Terminators: identical except where the no-final-newline line gained one.
            for (int i = 0; i < x.size(); ++i) {
                const int j = i < added ? i : i + 1;
                const bool lastWithoutNewline =
                    i == x.size() - 1 && a.lines().at(i).terminator.isEmpty();
                if (a.lines().at(i).terminator != b.lines().at(j).terminator && !lastWithoutNewline)
                    return ::testing::AssertionFailure() << "terminator changed on line " << i + 1;
            }
            return ::testing::AssertionSuccess();
        }
    }
    return ::testing::AssertionFailure() << "more than one line changed";
}

class NpmCorpus : public RealNpmTest
{};

} // namespace

TEST(NpmCorpusFiles, HasEnoughRealWorldShapes)
{
    EXPECT_GE(corpusFiles(corpusDir()).size(), 15);
    EXPECT_GE(corpusFiles(corpusDir() + QStringLiteral("/bad")).size(), 1);
}

TEST_P(NpmCorpus, AgreeNoOpOneLineEditAndNpmReadsIt)
{
    const QStringList files = corpusFiles(corpusDir());
    for (const QString &name : files) {
        SCOPED_TRACE(name.toStdString());
        NpmHome home(GetParam());
        const QByteArray original = readBytes(corpusDir() + QLatin1Char('/') + name);
        home.writeFile(QStringLiteral(".npmrc"), original);
        const NpmConfig config(home.toolEnvironment());
        const QProcessEnvironment &variables = home.toolEnvironment().variables();

        // (d) MirrorDeck and npm agree before any edit, on every managed key the file names.
        QStringList keys = {kRegistry, kStrictSsl};
        for (const QString &key : Npmrc::fromBytes(original).keys(variables)) {
            if (key.startsWith(QLatin1Char('@')) && key.endsWith(QLatin1String(":registry")))
                keys << key;
        }
        const QMap<QString, QString> npmBefore = npmGet(home, keys);
        for (const QString &key : std::as_const(keys)) {
            const Expected<EffectiveSetting> setting = config.effectiveSetting(key);
            ASSERT_TRUE(setting.hasValue()) << setting.error().toString().toStdString();
            EXPECT_EQ(shownValue(*setting), npmBefore.value(key)) << key.toStdString();
        }

        // (a) Setting the value the file already holds is a no-op; so is unsetting a key the
        // file does not have. (A value npm reads but MirrorDeck would not write, such as a bare
        // "registry" line meaning true, cannot be set again and is only checked by (b).)
        const Npmrc::Resolved inFile = Npmrc::fromBytes(original).resolve(kRegistry, variables);
        if (inFile.kind == Npmrc::Resolved::Kind::Absent) {
            const Expected<ConfigChange> noOp = config.planUnset(kRegistry);
            ASSERT_TRUE(noOp.hasValue()) << noOp.error().toString().toStdString();
            EXPECT_TRUE(noOp->isNoOp());
        } else if (config.validate(kRegistry, inFile.text)) {
            const Expected<ConfigChange> noOp = config.planSet(kRegistry, inFile.text);
            ASSERT_TRUE(noOp.hasValue()) << noOp.error().toString().toStdString();
            EXPECT_TRUE(noOp->isNoOp());
            EXPECT_EQ(noOp->after, original);
        }

        // (b) A new registry changes exactly one line; (c) npm reads it.
        const QString mirror =
            npmBefore.value(kRegistry) == QLatin1String("https://registry.npmmirror.com/")
                ? QStringLiteral("https://mirrors.cloud.tencent.com/npm/")
                : QStringLiteral("https://registry.npmmirror.com/");
        const Expected<ConfigChange> change = config.planSet(kRegistry, mirror);
        ASSERT_TRUE(change.hasValue()) << change.error().toString().toStdString();
        EXPECT_FALSE(change->isNoOp());
        EXPECT_TRUE(oneLineDiff(original, change->after));
        apply(change);
        const QMap<QString, QString> npmAfter = npmGet(home, keys);
        EXPECT_EQ(npmAfter.value(kRegistry), mirror);
        for (const QString &key : std::as_const(keys)) {
            if (key != kRegistry) {
                EXPECT_EQ(npmAfter.value(key), npmBefore.value(key)) << key.toStdString();
            }
        }
        EXPECT_EQ(shownValue(*config.effectiveSetting(kRegistry)), mirror);
    }
}

TEST_P(NpmCorpus, FilesNpmFailsOnAreRefusedWithFileAndLine)
{
    const QString dir = corpusDir() + QStringLiteral("/bad");
    const QStringList files = corpusFiles(dir);
    for (const QString &name : files) {
        SCOPED_TRACE(name.toStdString());
        NpmHome home(GetParam());
        const QByteArray original = readBytes(dir + QLatin1Char('/') + name);
        home.writeFile(QStringLiteral(".npmrc"), original);
        const NpmConfig config(home.toolEnvironment());
        int refused = 0;
        for (const QString &key : {kRegistry, kStrictSsl}) {
            const Expected<ConfigChange> change = config.planSet(
                key, key == kRegistry ? QStringLiteral("https://registry.npmmirror.com/")
                                      : QStringLiteral("false"));
            if (change)
                continue;
            ++refused;
            EXPECT_EQ(change.error().kind, CoreError::Kind::BadFile);
            EXPECT_EQ(change.error().filePath, home.path(QStringLiteral(".npmrc")));
            EXPECT_GT(change.error().line, 0);
            EXPECT_FALSE(config.effectiveSetting(key).hasValue());
            EXPECT_FALSE(config.planUnset(key).hasValue());
            // npm itself cannot print the key either.
            const ProcessResult npm =
                home.run(QStringLiteral("npm"), {QStringLiteral("config"), QStringLiteral("get"),
                                                 key, QStringLiteral("--offline")});
            EXPECT_TRUE(npm.out.trimmed().isEmpty()) << npm.out.constData();
            // npm 10 and later say "npm error", npm 9 (Debian 12's) says "npm ERR!".
            EXPECT_TRUE(npm.err.contains(npmMajorVersion(home) >= 10 ? "npm error" : "npm ERR!"))
                << npm.err.constData();
        }
        EXPECT_GE(refused, 1);
        EXPECT_EQ(home.readFile(QStringLiteral(".npmrc")), original);
    }
}

TEST(NpmBadInput, BinaryInvalidUtf8AndOversizedFilesAreRefusedUntouched)
{
    const QList<QByteArray> inputs = {
        QByteArray("registry=https://a/\n\0\x01\x02", 23),
        QByteArray("fund=false\nregistry=https://a/\xC3\x28\n"),
        QByteArray("registry=https://a/\n") + QByteArray(1024 * 1024, ';'),
    };
    for (const QByteArray &bytes : inputs) {
        TestHome home;
        home.writeFile(QStringLiteral(".npmrc"), bytes);
        const NpmConfig config(home.toolEnvironment());
        const Expected<ConfigChange> change =
            config.planSet(kRegistry, QStringLiteral("https://registry.npmmirror.com/"));
        ASSERT_FALSE(change.hasValue());
        EXPECT_EQ(change.error().filePath, home.path(QStringLiteral(".npmrc")));
        EXPECT_FALSE(config.planUnset(kRegistry).hasValue());
        EXPECT_FALSE(config.effectiveSetting(kRegistry).hasValue());
        EXPECT_EQ(home.readFile(QStringLiteral(".npmrc")), bytes);
    }
}

TEST(NpmBadInput, InvalidUtf8NamesTheLine)
{
    TestHome home;
    home.writeFile(QStringLiteral(".npmrc"), "fund=false\nregistry=https://a/\xC3\x28\n");
    const Expected<ConfigChange> change =
        NpmConfig(home.toolEnvironment()).planSet(kRegistry, QStringLiteral("https://b.example/"));
    ASSERT_FALSE(change.hasValue());
    EXPECT_EQ(change.error().line, 2);
}

TEST(NpmBadInput, ReadOnlyFileAndDirectoryStayUnchanged)
{
    TestHome home;
    const QByteArray bytes = "; mine\nregistry=https://a.example/\n";
    home.writeFile(QStringLiteral(".npmrc"), bytes);
    const QString path = home.path(QStringLiteral(".npmrc"));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    const NpmConfig config(home.toolEnvironment());
    const Expected<ConfigChange> change =
        config.planSet(kRegistry, QStringLiteral("https://b.example/"));
    ASSERT_TRUE(change.hasValue());
    ConfigWriter writer(nullptr);
    EXPECT_FALSE(writer.apply(*change).hasValue());
    EXPECT_EQ(home.readFile(QStringLiteral(".npmrc")), bytes);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    // A read-only directory: the atomic replace cannot happen, so nothing is written.
    const QString dir = home.path(QStringLiteral("ro"));
    home.writeFile(QStringLiteral("ro/npmrc"), bytes);
    home.variables().insert(QStringLiteral("npm_config_userconfig"),
                            dir + QStringLiteral("/npmrc"));
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    const NpmConfig redirected(home.toolEnvironment());
    const Expected<ConfigChange> inReadOnlyDir =
        redirected.planSet(kRegistry, QStringLiteral("https://b.example/"));
    ASSERT_TRUE(inReadOnlyDir.hasValue());
    EXPECT_FALSE(writer.apply(*inReadOnlyDir).hasValue());
    QFile::setPermissions(dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    EXPECT_EQ(home.readFile(QStringLiteral("ro/npmrc")), bytes);
}

TEST(NpmBadInput, UnreadableFileIsRefused)
{
    TestHome home;
    home.writeFile(QStringLiteral(".npmrc"), "registry=https://a.example/\n");
    QFile::setPermissions(home.path(QStringLiteral(".npmrc")), QFileDevice::Permissions());
    const Expected<ConfigChange> change =
        NpmConfig(home.toolEnvironment()).planSet(kRegistry, QStringLiteral("https://b.example/"));
    EXPECT_FALSE(change.hasValue());
    QFile::setPermissions(home.path(QStringLiteral(".npmrc")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    EXPECT_EQ(home.readFile(QStringLiteral(".npmrc")), "registry=https://a.example/\n");
}

INSTANTIATE_TEST_SUITE_P(EachNpm, NpmCorpus, ::testing::ValuesIn(npmClients()), clientName);

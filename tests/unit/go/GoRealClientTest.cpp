// The real go command (Debian's golang-go) judges what the core reads and writes: on files in
// real-world shapes (tests/fixtures/corpus/go), on files written by `go env -w`, and after
// planSet / planUnset / planUseMirror have been applied.

#include "config/ConfigWriter.h"
#include "ecosystems/go/GoConfig.h"
#include "support/TestHome.h"

#include <QDir>

#include <gtest/gtest.h>

namespace {

const QString kEnvFile = QStringLiteral(".config/go/env");
const QStringList kKeys = {QStringLiteral("GOPROXY"),   QStringLiteral("GOSUMDB"),
                           QStringLiteral("GOPRIVATE"), QStringLiteral("GONOPROXY"),
                           QStringLiteral("GONOSUMDB"), QStringLiteral("GOINSECURE")};

bool haveGo()
{
    static const bool found = !QStandardPaths::findExecutable(QStringLiteral("go")).isEmpty();
    return found;
}

// `go env K1 K2 …` prints one value per line; values are raw (a "\r" from a CRLF file stays).
QStringList goEnvValues(const TestHome &home, const QStringList &keys)
{
    const ProcessResult result =
        home.run(QStringLiteral("go"), QStringList{QStringLiteral("env")} + keys);
    if (result.exitCode != 0)
        return {QStringLiteral("go env failed: ") + QString::fromUtf8(result.err)};
    QStringList lines = QString::fromUtf8(result.out).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QString goEnvValue(const TestHome &home, const QString &key)
{
    const QStringList values = goEnvValues(home, {key});
    return values.size() == 1 ? values.first() : values.join(QLatin1Char('|'));
}

QStringList coreValues(const GoConfig &config, const QStringList &keys)
{
    QStringList values;
    for (const QString &key : keys) {
        const Expected<EffectiveSetting> setting = config.effectiveSetting(key);
        values << (setting ? setting->value : QStringLiteral("ERROR ") + setting.error().message);
    }
    return values;
}

QByteArray readFixture(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Exactly one line changed in place or one line added at the end; every other line's content
// and terminator identical. A previously unterminated last line may gain "\n" when a line is
// appended after it.
::testing::AssertionResult isMinimalDiff(const QByteArray &before, const QByteArray &after)
{
    const LineDocument a = LineDocument::fromBytes(before);
    const LineDocument b = LineDocument::fromBytes(after);
    if (a.hasBom() != b.hasBom())
        return ::testing::AssertionFailure() << "BOM changed";
    if (a.lineCount() == b.lineCount()) {
        int changed = 0;
        for (int i = 0; i < a.lineCount(); ++i) {
            if (a.lines().at(i).content != b.lines().at(i).content) {
                ++changed;
            } else if (a.lines().at(i).terminator != b.lines().at(i).terminator) {
                return ::testing::AssertionFailure() << "terminator of untouched line " << i + 1;
            }
        }
        return changed == 1 ? ::testing::AssertionSuccess()
                            : ::testing::AssertionFailure() << changed << " lines changed";
    }
    if (b.lineCount() != a.lineCount() + 1)
        return ::testing::AssertionFailure()
               << "line count " << a.lineCount() << " -> " << b.lineCount();
    for (int i = 0; i < a.lineCount(); ++i) {
        const bool lastGainedNewline = i == a.lineCount() - 1 &&
                                       a.lines().at(i).terminator.isEmpty() &&
                                       b.lines().at(i).terminator == "\n";
        if (a.lines().at(i).content != b.lines().at(i).content ||
            (a.lines().at(i).terminator != b.lines().at(i).terminator && !lastGainedNewline))
            return ::testing::AssertionFailure() << "line " << i + 1 << " changed while appending";
    }
    return ::testing::AssertionSuccess();
}

class GoRealClient : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!haveGo())
            GTEST_SKIP() << "the go command is not installed";
    }
};

} // namespace

TEST_F(GoRealClient, CorpusReadEditAndJudgeByTheGoCommand)
{
    const QString dir = QStringLiteral(MIRRORDECK_SOURCE_DIR "/tests/fixtures/corpus/go");
    const QStringList names = QDir(dir).entryList(QDir::Files, QDir::Name);
    ASSERT_GE(names.size(), 15);
    const QString newProxy = QStringLiteral("https://new-mirror.example/go,direct");
    for (const QString &name : names) {
        SCOPED_TRACE(name.toStdString());
        TestHome home;
        const QByteArray original = readFixture(dir + QLatin1Char('/') + name);
        home.writeFile(kEnvFile, original);
        const GoConfig config(home.toolEnvironment());

        // (d) the core agrees with the go command before any edit, on every key.
        EXPECT_EQ(coreValues(config, kKeys), goEnvValues(home, kKeys));

        // (a) setting the value already in the file writes nothing; a CRLF value cannot be set
        // back as it is (the "\r" is flagged), and a file without GOPROXY has nothing to unset.
        const Expected<EffectiveSetting> current =
            config.effectiveSetting(QStringLiteral("GOPROXY"));
        ASSERT_TRUE(current);
        if (current->source.kind == SettingSource::Kind::File) {
            const Expected<ConfigChange> same =
                config.planSet(QStringLiteral("GOPROXY"), current->value);
            if (same)
                EXPECT_TRUE(same->isNoOp());
            else
                EXPECT_EQ(same.error().kind, CoreError::Kind::InvalidValue);
        } else if (current->userFileLine == 0) {
            const Expected<ConfigChange> unset = config.planUnset(QStringLiteral("GOPROXY"));
            ASSERT_TRUE(unset);
            EXPECT_TRUE(unset->isNoOp());
        }

        // (b) a new value changes one line (or adds one), nothing else.
        const Expected<ConfigChange> change = config.planSet(QStringLiteral("GOPROXY"), newProxy);
        ASSERT_TRUE(change) << change.error().toString().toStdString();
        EXPECT_TRUE(isMinimalDiff(original, change->after));
        ASSERT_TRUE(ConfigWriter(nullptr).apply(*change));

        // (c) the go command reads the new value; the other keys are as they were.
        QStringList expected = goEnvValues(home, kKeys);
        EXPECT_EQ(expected.value(0), newProxy);
        EXPECT_EQ(coreValues(GoConfig(home.toolEnvironment()), kKeys), expected);

        // Unset: the go command falls back to the default.
        const Expected<ConfigChange> unset =
            GoConfig(home.toolEnvironment()).planUnset(QStringLiteral("GOPROXY"));
        ASSERT_TRUE(unset);
        ASSERT_TRUE(ConfigWriter(nullptr).apply(*unset));
        EXPECT_EQ(goEnvValue(home, QStringLiteral("GOPROXY")),
                  QStringLiteral("https://proxy.golang.org,direct"));
    }
}

TEST_F(GoRealClient, NoOpOnCorpusFilesThatSetAValidGoproxy)
{
    const QString dir = QStringLiteral(MIRRORDECK_SOURCE_DIR "/tests/fixtures/corpus/go");
    int checked = 0;
    for (const QString &name : QDir(dir).entryList(QDir::Files, QDir::Name)) {
        TestHome home;
        const QByteArray original = readFixture(dir + QLatin1Char('/') + name);
        home.writeFile(kEnvFile, original);
        const GoConfig config(home.toolEnvironment());
        const Expected<EffectiveSetting> current =
            config.effectiveSetting(QStringLiteral("GOPROXY"));
        ASSERT_TRUE(current);
        if (current->source.kind != SettingSource::Kind::File ||
            !config.validate(QStringLiteral("GOPROXY"), current->value))
            continue;
        const Expected<ConfigChange> same =
            config.planSet(QStringLiteral("GOPROXY"), current->value);
        ASSERT_TRUE(same) << name.toStdString();
        EXPECT_TRUE(same->isNoOp()) << name.toStdString();
        EXPECT_EQ(same->after, original) << name.toStdString();
        ++checked;
    }
    EXPECT_GE(checked, 12);
}

TEST_F(GoRealClient, CrlfValueIsReadWithItsCarriageReturnLikeGo)
{
    TestHome home;
    home.writeFile(kEnvFile, "GOPROXY=https://goproxy.cn,direct\r\nGOSUMDB=off\r\n");
    const GoConfig config(home.toolEnvironment());
    EXPECT_EQ(goEnvValue(home, QStringLiteral("GOPROXY")),
              QStringLiteral("https://goproxy.cn,direct\r"));
    EXPECT_EQ(coreValues(config, {QStringLiteral("GOPROXY")}).first(),
              QStringLiteral("https://goproxy.cn,direct\r"));
    const Expected<ConfigChange> change =
        config.planSet(QStringLiteral("GOSUMDB"), QStringLiteral("sum.golang.google.cn"));
    ASSERT_TRUE(change);
    EXPECT_EQ(change->after, "GOPROXY=https://goproxy.cn,direct\r\nGOSUMDB=sum.golang.google.cn\n");
    ASSERT_TRUE(ConfigWriter(nullptr).apply(*change));
    EXPECT_EQ(goEnvValue(home, QStringLiteral("GOSUMDB")), QStringLiteral("sum.golang.google.cn"));
}

TEST_F(GoRealClient, AgreesWithFilesWrittenByGoEnvW)
{
    TestHome home;
    const ProcessResult written =
        home.run(QStringLiteral("go"),
                 {QStringLiteral("env"), QStringLiteral("-w"),
                  QStringLiteral("GOPROXY=https://goproxy.cn,direct"),
                  QStringLiteral("GOSUMDB=sum.golang.google.cn"),
                  QStringLiteral("GOPRIVATE=*.corp.example.com"), QStringLiteral("GONOSUMDB=none"),
                  QStringLiteral("GOINSECURE=insecure.example.com")});
    ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
    const GoConfig config(home.toolEnvironment());
    EXPECT_EQ(coreValues(config, kKeys), goEnvValues(home, kKeys));
    const Expected<EffectiveSetting> proxy = config.effectiveSetting(QStringLiteral("GOPROXY"));
    ASSERT_TRUE(proxy);
    EXPECT_EQ(proxy->source.filePath, home.path(kEnvFile));
    ASSERT_EQ(home.run(QStringLiteral("go"),
                       {QStringLiteral("env"), QStringLiteral("-u"), QStringLiteral("GOPRIVATE")})
                  .exitCode,
              0);
    EXPECT_EQ(coreValues(GoConfig(home.toolEnvironment()), kKeys), goEnvValues(home, kKeys));
}

TEST_F(GoRealClient, SetEveryKeyThenUnsetFallsBackLikeGo)
{
    TestHome home;
    home.writeFile(kEnvFile, "# keep me\nGOPRIVATE=old.example.com\n");
    const QList<QPair<QString, QString>> values = {
        {QStringLiteral("GOPROXY"), QStringLiteral("https://goproxy.io|https://goproxy.cn,direct")},
        {QStringLiteral("GOSUMDB"),
         QStringLiteral("sum.golang.org https://goproxy.cn/sumdb/sum.golang.org")},
        {QStringLiteral("GOPRIVATE"), QStringLiteral("*.corp.example.com,github.com/me")},
        {QStringLiteral("GONOPROXY"), QStringLiteral("none")},
        {QStringLiteral("GOINSECURE"), QStringLiteral("insecure.example.com")},
    };
    for (const auto &[key, value] : values) {
        const Expected<ConfigChange> change = GoConfig(home.toolEnvironment()).planSet(key, value);
        ASSERT_TRUE(change) << change.error().toString().toStdString();
        ASSERT_TRUE(ConfigWriter(nullptr).apply(*change));
    }
    EXPECT_EQ(goEnvValues(home, kKeys),
              (QStringList{values[0].second, values[1].second, values[2].second,
                           QStringLiteral("none"), values[2].second, values[4].second}));
    EXPECT_TRUE(home.readFile(kEnvFile).startsWith(
        "# keep me\nGOPRIVATE=*.corp.example.com,github.com/me\n"));
    for (const QString &key : {QStringLiteral("GONOPROXY"), QStringLiteral("GOPROXY")}) {
        const Expected<ConfigChange> change = GoConfig(home.toolEnvironment()).planUnset(key);
        ASSERT_TRUE(change);
        ASSERT_TRUE(ConfigWriter(nullptr).apply(*change));
    }
    const QStringList after = goEnvValues(home, kKeys);
    EXPECT_EQ(after.value(0), QStringLiteral("https://proxy.golang.org,direct"));
    EXPECT_EQ(after.value(3), values[2].second); // GONOPROXY back to GOPRIVATE
    EXPECT_EQ(coreValues(GoConfig(home.toolEnvironment()), kKeys), after);
}

TEST_F(GoRealClient, UseMirrorIsWhatTheGoCommandThenUses)
{
    TestHome home;
    Mirror mirror;
    mirror.id = QStringLiteral("goproxy-cn");
    mirror.ecosystem = QStringLiteral("go");
    mirror.url = QStringLiteral("https://goproxy.cn");
    mirror.setOption(QStringLiteral("sumdb"),
                     QStringLiteral("sum.golang.org https://goproxy.cn/sumdb/sum.golang.org"));
    Expected<ConfigChange> change = GoConfig(home.toolEnvironment()).planUseMirror(mirror);
    ASSERT_TRUE(change);
    ASSERT_TRUE(ConfigWriter(nullptr).apply(*change));
    EXPECT_EQ(goEnvValues(home, {QStringLiteral("GOPROXY"), QStringLiteral("GOSUMDB")}),
              (QStringList{QStringLiteral("https://goproxy.cn,direct"),
                           mirror.option(QStringLiteral("sumdb"))}));
    // Same mirror again: nothing to write.
    change = GoConfig(home.toolEnvironment()).planUseMirror(mirror);
    ASSERT_TRUE(change);
    EXPECT_TRUE(change->isNoOp());

    Mirror other;
    other.id = QStringLiteral("goproxy-io");
    other.ecosystem = QStringLiteral("go");
    other.url = QStringLiteral("https://goproxy.io");
    change = GoConfig(home.toolEnvironment()).planUseMirror(other);
    ASSERT_TRUE(change);
    ASSERT_TRUE(ConfigWriter(nullptr).apply(*change));
    EXPECT_EQ(goEnvValues(home, {QStringLiteral("GOPROXY"), QStringLiteral("GOSUMDB")}),
              (QStringList{QStringLiteral("https://goproxy.io,direct"),
                           QStringLiteral("sum.golang.org")}));
}

TEST_F(GoRealClient, UseMirrorOnAPipeChainKeepsEntriesAndSeparatorsForGo)
{
    // A chain written by `go env -w`, switched twice: the go command reads every entry and both
    // separators afterwards, and the preview notes say which entry changed.
    TestHome home;
    const ProcessResult written =
        home.run(QStringLiteral("go"),
                 {QStringLiteral("env"), QStringLiteral("-w"),
                  QStringLiteral("GOPROXY=https://a.example|https://b.example,direct")});
    ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
    const auto goMirror = [](const QString &url) {
        Mirror mirror;
        mirror.id = url;
        mirror.ecosystem = QStringLiteral("go");
        mirror.url = url;
        return mirror;
    };

    Expected<ConfigChange> change =
        GoConfig(home.toolEnvironment())
            .planUseMirror(goMirror(QStringLiteral("https://m.example")));
    ASSERT_TRUE(change) << change.error().toString().toStdString();
    ASSERT_EQ(change->notes.size(), 1);
    EXPECT_TRUE(change->notes.first().contains(QStringLiteral("“https://a.example”")));
    ASSERT_TRUE(ConfigWriter(nullptr).apply(*change));
    EXPECT_EQ(goEnvValue(home, QStringLiteral("GOPROXY")),
              QStringLiteral("https://m.example|https://b.example,direct"));

    // The fallback chosen as mirror moves to the front; the old first proxy takes its place.
    change = GoConfig(home.toolEnvironment())
                 .planUseMirror(goMirror(QStringLiteral("https://b.example")));
    ASSERT_TRUE(change);
    ASSERT_TRUE(ConfigWriter(nullptr).apply(*change));
    EXPECT_EQ(goEnvValue(home, QStringLiteral("GOPROXY")),
              QStringLiteral("https://b.example|https://m.example,direct"));
}

TEST_F(GoRealClient, GoenvVariablePointsBothAtTheSameFile)
{
    TestHome home;
    home.variables().insert(QStringLiteral("GOENV"), home.path(QStringLiteral("custom/go.env")));
    home.writeFile(QStringLiteral("custom/go.env"), "GOPROXY=https://custom.example,direct\n");
    const GoConfig config(home.toolEnvironment());
    EXPECT_EQ(coreValues(config, kKeys), goEnvValues(home, kKeys));
    home.variables().insert(QStringLiteral("GOENV"), QStringLiteral("off"));
    EXPECT_EQ(coreValues(GoConfig(home.toolEnvironment()), kKeys), goEnvValues(home, kKeys));
}

TEST_F(GoRealClient, SymlinkedEnvFileIsEditedThroughItsTarget)
{
    TestHome home;
    home.writeFile(QStringLiteral("dotfiles/go-env"), "# from my dotfiles repo\nGOSUMDB=off\n");
    QDir().mkpath(home.path(QStringLiteral(".config/go")));
    ASSERT_TRUE(QFile::link(home.path(QStringLiteral("dotfiles/go-env")), home.path(kEnvFile)));
    const Expected<ConfigChange> change =
        GoConfig(home.toolEnvironment())
            .planSet(QStringLiteral("GOPROXY"), QStringLiteral("https://goproxy.cn,direct"));
    ASSERT_TRUE(change);
    ASSERT_TRUE(ConfigWriter(nullptr).apply(*change));
    EXPECT_TRUE(QFileInfo(home.path(kEnvFile)).isSymLink());
    EXPECT_EQ(home.readFile(QStringLiteral("dotfiles/go-env")),
              "# from my dotfiles repo\nGOSUMDB=off\nGOPROXY=https://goproxy.cn,direct\n");
    EXPECT_EQ(goEnvValue(home, QStringLiteral("GOPROXY")),
              QStringLiteral("https://goproxy.cn,direct"));
}

TEST_F(GoRealClient, RelativeXdgConfigHomeMeansNoFileForBoth)
{
    TestHome home;
    home.writeFile(kEnvFile, "GOPROXY=https://not-read.example,direct\n");
    home.variables().insert(QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("relative/config"));
    const GoConfig config(home.toolEnvironment());
    EXPECT_EQ(coreValues(config, kKeys), goEnvValues(home, kKeys));
    EXPECT_EQ(coreValues(config, {QStringLiteral("GOPROXY")}).first(),
              QStringLiteral("https://proxy.golang.org,direct"));
    const Expected<ConfigChange> change =
        config.planSet(QStringLiteral("GOPROXY"), QStringLiteral("https://goproxy.cn,direct"));
    ASSERT_FALSE(change);
    EXPECT_TRUE(change.error().message.contains(QLatin1String("XDG_CONFIG_HOME")));
}

TEST_F(GoRealClient, InvalidUtf8InLinesGoIgnoresIsKeptByteForByte)
{
    TestHome home;
    // The go command skips lines that do not start with A-Z or have no "=", whatever bytes they
    // hold; MirrorDeck edits around them.
    const QByteArray ignored("# caf\xE9 au lait\r\ngoflags=\xFF\xFE\n\xE9\xE9\nGOPROXY \xE9\n");
    home.writeFile(kEnvFile, ignored + "GOSUMDB=off\n");
    const GoConfig config(home.toolEnvironment());
    EXPECT_EQ(coreValues(config, kKeys), goEnvValues(home, kKeys));
    const Expected<ConfigChange> set =
        config.planSet(QStringLiteral("GOPROXY"), QStringLiteral("https://goproxy.cn,direct"));
    ASSERT_TRUE(set) << set.error().toString().toStdString();
    ASSERT_TRUE(ConfigWriter(nullptr).apply(*set));
    EXPECT_EQ(home.readFile(kEnvFile),
              ignored + "GOSUMDB=off\nGOPROXY=https://goproxy.cn,direct\n");
    EXPECT_EQ(goEnvValue(home, QStringLiteral("GOPROXY")),
              QStringLiteral("https://goproxy.cn,direct"));
    const Expected<ConfigChange> unset = config.planUnset(QStringLiteral("GOSUMDB"));
    ASSERT_TRUE(unset) << unset.error().toString().toStdString();
    ASSERT_TRUE(ConfigWriter(nullptr).apply(*unset));
    EXPECT_EQ(home.readFile(kEnvFile), ignored + "GOPROXY=https://goproxy.cn,direct\n");
    EXPECT_EQ(coreValues(config, kKeys), goEnvValues(home, kKeys));
}

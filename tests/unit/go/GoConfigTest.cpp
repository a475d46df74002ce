// GoConfig: layers and precedence, shadows, planning edits, and refusing bad files. Files live in
// a TestHome; the real go command judges them in GoRealClientTest.cpp.

#include "ecosystems/go/GoConfig.h"
#include "config/ConfigWriter.h"
#include "support/TestHome.h"

#include <gtest/gtest.h>

namespace {

const QString kEnvFile = QStringLiteral(".config/go/env");

QString value(const GoConfig &config, const char *key)
{
    const Expected<EffectiveSetting> setting = config.effectiveSetting(QString::fromLatin1(key));
    return setting ? setting->value : QStringLiteral("ERROR ") + setting.error().toString();
}

Mirror goMirror(const char *url, const char *sumdb = "")
{
    Mirror mirror;
    mirror.id = QStringLiteral("m");
    mirror.ecosystem = QStringLiteral("go");
    mirror.url = QString::fromLatin1(url);
    mirror.setOption(QStringLiteral("sumdb"), QString::fromLatin1(sumdb));
    return mirror;
}

QByteArray afterOf(const Expected<ConfigChange> &change)
{
    return change ? change->after : QByteArray("ERROR ") + change.error().toString().toUtf8();
}

} // namespace

TEST(GoConfig, DefaultsWhenNothingIsSet)
{
    TestHome home;
    const GoConfig config(home.toolEnvironment());
    const Expected<EffectiveSetting> proxy = config.effectiveSetting(QStringLiteral("GOPROXY"));
    ASSERT_TRUE(proxy);
    EXPECT_EQ(proxy->value, QStringLiteral("https://proxy.golang.org,direct"));
    EXPECT_TRUE(proxy->isDefault);
    EXPECT_EQ(proxy->userFilePath, home.path(kEnvFile));
    EXPECT_EQ(value(config, "GOSUMDB"), QStringLiteral("sum.golang.org"));
    EXPECT_EQ(value(config, "GOPRIVATE"), QString());
}

TEST(GoConfig, FileBeatsDefaultAndEnvironmentBeatsFile)
{
    TestHome home;
    home.writeFile(kEnvFile, "# x\nGOPROXY=https://file.example,direct\n");
    {
        const GoConfig config(home.toolEnvironment());
        const Expected<EffectiveSetting> setting =
            config.effectiveSetting(QStringLiteral("GOPROXY"));
        ASSERT_TRUE(setting);
        EXPECT_EQ(setting->value, QStringLiteral("https://file.example,direct"));
        EXPECT_EQ(setting->source.kind, SettingSource::Kind::File);
        EXPECT_EQ(setting->source.line, 2);
        EXPECT_EQ(setting->userFileLine, 2);
        EXPECT_TRUE(setting->shadows.isEmpty());
    }
    home.variables().insert(QStringLiteral("GOPROXY"), QStringLiteral("https://env.example"));
    const GoConfig config(home.toolEnvironment());
    const Expected<EffectiveSetting> setting = config.effectiveSetting(QStringLiteral("GOPROXY"));
    ASSERT_TRUE(setting);
    EXPECT_EQ(setting->value, QStringLiteral("https://env.example"));
    EXPECT_EQ(setting->source.kind, SettingSource::Kind::Environment);
    ASSERT_EQ(setting->shadows.size(), 1);
    EXPECT_EQ(setting->shadows.first().kind, Shadow::Kind::ProcessEnvironment);
    EXPECT_EQ(setting->userFileLine, 2);
}

TEST(GoConfig, EmptyEnvironmentVariableAndEmptyFileValueCountAsUnset)
{
    TestHome home;
    home.writeFile(kEnvFile, "GOPROXY=\nGOSUMDB=off\n");
    home.variables().insert(QStringLiteral("GOSUMDB"), QString());
    const GoConfig config(home.toolEnvironment());
    EXPECT_EQ(value(config, "GOPROXY"), QStringLiteral("https://proxy.golang.org,direct"));
    EXPECT_EQ(value(config, "GOSUMDB"), QStringLiteral("off"));
}

TEST(GoConfig, GonoproxyAndGonosumdbDefaultToGoprivate)
{
    TestHome home;
    home.writeFile(kEnvFile, "GOPRIVATE=*.corp.example.com\nGONOSUMDB=none\n");
    const GoConfig config(home.toolEnvironment());
    const Expected<EffectiveSetting> noproxy = config.effectiveSetting(QStringLiteral("GONOPROXY"));
    ASSERT_TRUE(noproxy);
    EXPECT_EQ(noproxy->value, QStringLiteral("*.corp.example.com"));
    EXPECT_TRUE(noproxy->isDefault);
    EXPECT_EQ(noproxy->source.line, 1);
    EXPECT_EQ(value(config, "GONOSUMDB"), QStringLiteral("none"));
}

TEST(GoConfig, GorootGoEnvIsTheLayerBelowTheUserFile)
{
    TestHome home;
    home.writeFile(QStringLiteral("goroot/pkg/tool/.keep"), "");
    home.writeFile(QStringLiteral("goroot/go.env"),
                   "# shipped\nGOPROXY=https://distro.example,direct\nGOSUMDB=off\n");
    home.writeFile(kEnvFile, "GOSUMDB=sum.golang.org\n");
    home.variables().insert(QStringLiteral("GOROOT"), home.path(QStringLiteral("goroot")));
    const GoConfig config(home.toolEnvironment());
    const Expected<EffectiveSetting> proxy = config.effectiveSetting(QStringLiteral("GOPROXY"));
    ASSERT_TRUE(proxy);
    EXPECT_EQ(proxy->value, QStringLiteral("https://distro.example,direct"));
    EXPECT_EQ(proxy->source.level, QStringLiteral("GOROOT"));
    EXPECT_EQ(proxy->source.line, 2);
    EXPECT_EQ(value(config, "GOSUMDB"), QStringLiteral("sum.golang.org"));
    // Switching mirrors keeps the fallback chain the distribution ships.
    const Expected<ConfigChange> change = config.planUseMirror(goMirror("https://m.example"));
    EXPECT_EQ(afterOf(change), "GOSUMDB=sum.golang.org\nGOPROXY=https://m.example,direct\n");
}

TEST(GoConfig, InGoEnvEraAnEmptyUserValueHidesGorootGoEnv)
{
    // Go 1.21+: readEnvFile does not let go.env overwrite a key the user file has, even an empty
    // one, and EnvOrAndChanged then falls back to the compiled-in "".
    TestHome home;
    home.writeFile(QStringLiteral("goroot/pkg/tool/.keep"), "");
    home.writeFile(QStringLiteral("goroot/VERSION"), "go1.23.4\ntime 2024-12-03T00:00:00Z\n");
    home.writeFile(QStringLiteral("goroot/go.env"), "GOPROXY=https://proxy.golang.org,direct\n"
                                                    "GOSUMDB=sum.golang.org\n");
    home.writeFile(kEnvFile,
                   "GOPROXY=\nGOROOT=" + home.path(QStringLiteral("goroot")).toUtf8() + "\n");
    const GoConfig config(home.toolEnvironment());
    EXPECT_EQ(value(config, "GOPROXY"), QString());
    EXPECT_EQ(value(config, "GOSUMDB"), QStringLiteral("sum.golang.org"));
    // Unsetting the empty line brings go.env's value back.
    const Expected<ConfigChange> change = config.planUnset(QStringLiteral("GOPROXY"));
    ASSERT_TRUE(change);
    ASSERT_TRUE(ConfigWriter(nullptr).apply(*change));
    EXPECT_EQ(value(GoConfig(home.toolEnvironment()), "GOPROXY"),
              QStringLiteral("https://proxy.golang.org,direct"));
}

TEST(GoConfig, GoEnvEraWithoutGoEnvFileHasEmptyDefaults)
{
    TestHome home;
    home.writeFile(QStringLiteral("goroot/pkg/tool/.keep"), "");
    home.writeFile(QStringLiteral("goroot/VERSION"), "go1.22.0\n");
    home.variables().insert(QStringLiteral("GOROOT"), home.path(QStringLiteral("goroot")));
    const GoConfig config(home.toolEnvironment());
    EXPECT_EQ(value(config, "GOPROXY"), QString());
    EXPECT_EQ(value(config, "GOSUMDB"), QString());
    // Go 1.19-style GOROOT (no go.env): the compiled-in defaults.
    home.writeFile(QStringLiteral("goroot/VERSION"), "go1.19.8\n");
    EXPECT_EQ(value(GoConfig(home.toolEnvironment()), "GOPROXY"),
              QStringLiteral("https://proxy.golang.org,direct"));
}

TEST(GoConfig, ShellStartupExportsAreReportedAsShadows)
{
    TestHome home;
    home.writeFile(QStringLiteral(".bashrc"),
                   "alias ll='ls -l'\nexport GOPROXY=https://shell.example\n");
    home.writeFile(QStringLiteral(".profile"), "export GOENV=/elsewhere/env\n");
    const GoConfig config(home.toolEnvironment());
    const Expected<EffectiveSetting> setting = config.effectiveSetting(QStringLiteral("GOPROXY"));
    ASSERT_TRUE(setting);
    bool sawProxy = false;
    bool sawGoenv = false;
    for (const Shadow &shadow : setting->shadows) {
        EXPECT_EQ(shadow.kind, Shadow::Kind::ShellStartup);
        if (shadow.variable == QLatin1String("GOPROXY")) {
            sawProxy = true;
            EXPECT_EQ(shadow.value, QStringLiteral("https://shell.example"));
            EXPECT_EQ(shadow.line, 2);
            EXPECT_EQ(shadow.filePath, home.path(QStringLiteral(".bashrc")));
        }
        sawGoenv = sawGoenv || shadow.variable == QLatin1String("GOENV");
    }
    EXPECT_TRUE(sawProxy);
    EXPECT_TRUE(sawGoenv);
}

TEST(GoConfig, SetSameValueIsNoOpAndUnsetOfMissingKeyIsNoOp)
{
    TestHome home;
    home.writeFile(kEnvFile, "GOPROXY=https://goproxy.cn,direct\n");
    const GoConfig config(home.toolEnvironment());
    const Expected<ConfigChange> same =
        config.planSet(QStringLiteral("GOPROXY"), QStringLiteral("https://goproxy.cn,direct"));
    ASSERT_TRUE(same);
    EXPECT_TRUE(same->isNoOp());
    const Expected<ConfigChange> unset = config.planUnset(QStringLiteral("GOSUMDB"));
    ASSERT_TRUE(unset);
    EXPECT_TRUE(unset->isNoOp());
    // No file at all: unsetting does not create one.
    TestHome empty;
    const Expected<ConfigChange> none =
        GoConfig(empty.toolEnvironment()).planUnset(QStringLiteral("GOPROXY"));
    ASSERT_TRUE(none);
    EXPECT_TRUE(none->isNoOp());
}

TEST(GoConfig, SetCreatesTheFileAndRecordsTheKeyChange)
{
    TestHome home;
    const GoConfig config(home.toolEnvironment());
    const Expected<ConfigChange> change =
        config.planSet(QStringLiteral("GOPROXY"), QStringLiteral("https://goproxy.cn,direct"));
    ASSERT_TRUE(change);
    EXPECT_FALSE(change->existedBefore);
    EXPECT_EQ(change->after, "GOPROXY=https://goproxy.cn,direct\n");
    ASSERT_EQ(change->keyChanges.size(), 1);
    EXPECT_EQ(change->keyChanges.first().newValue, QStringLiteral("https://goproxy.cn,direct"));
    ASSERT_TRUE(ConfigWriter(nullptr).apply(*change));
    EXPECT_EQ(home.readFile(kEnvFile), "GOPROXY=https://goproxy.cn,direct\n");
}

TEST(GoConfig, InvalidValueIsRefusedBeforeAnythingIsPlanned)
{
    TestHome home;
    const Expected<ConfigChange> change =
        GoConfig(home.toolEnvironment())
            .planSet(QStringLiteral("GOPROXY"), QStringLiteral("ftp://x"));
    ASSERT_FALSE(change);
    EXPECT_EQ(change.error().kind, CoreError::Kind::InvalidValue);
    const Expected<ConfigChange> unknown =
        GoConfig(home.toolEnvironment()).planSet(QStringLiteral("GOFLAGS"), QStringLiteral("-x"));
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().kind, CoreError::Kind::UnknownKey);
}

TEST(GoConfig, DuplicatesAreReportedAndOnlyTheEffectiveLineIsEdited)
{
    TestHome home;
    home.writeFile(kEnvFile, "GOPROXY=https://a.example\nGOSUMDB=off\nGOPROXY=https://b.example\n");
    const GoConfig config(home.toolEnvironment());
    const Expected<QList<int>> ignored = config.ignoredDuplicateLines(QStringLiteral("GOPROXY"));
    ASSERT_TRUE(ignored);
    EXPECT_EQ(*ignored, QList<int>{1});
    EXPECT_EQ(
        afterOf(config.planSet(QStringLiteral("GOPROXY"), QStringLiteral("https://n.example"))),
        "GOPROXY=https://a.example\nGOSUMDB=off\nGOPROXY=https://n.example\n");
    // Unset removes the earlier duplicate too, so the go command falls back to the default.
    EXPECT_EQ(afterOf(config.planUnset(QStringLiteral("GOPROXY"))), "GOSUMDB=off\n");
}

TEST(GoConfig, LinesTheGoCommandIgnoresAreReportedOneBased)
{
    TestHome home;
    home.writeFile(kEnvFile, "  GOPROXY=https://indented.example\nexport GOPROXY=https://x\n");
    const GoConfig config(home.toolEnvironment());
    const Expected<QList<int>> lines = config.ignoredLookalikeLines(QStringLiteral("GOPROXY"));
    ASSERT_TRUE(lines);
    EXPECT_EQ(*lines, (QList<int>{1, 2}));
    EXPECT_EQ(value(config, "GOPROXY"), QStringLiteral("https://proxy.golang.org,direct"));
}

TEST(GoConfig, UseMirrorWritesUrlDirectAndSumdb)
{
    TestHome home;
    home.writeFile(kEnvFile, "# mine\nGOPROXY=https://old.example\n");
    const GoConfig config(home.toolEnvironment());
    const Expected<ConfigChange> change = config.planUseMirror(
        goMirror("https://goproxy.cn", "sum.golang.org https://goproxy.cn/sumdb/sum.golang.org"));
    EXPECT_EQ(afterOf(change), "# mine\nGOPROXY=https://goproxy.cn,direct\nGOSUMDB=sum.golang.org "
                               "https://goproxy.cn/sumdb/sum.golang.org\n");
    ASSERT_TRUE(change);
    EXPECT_EQ(change->keyChanges.size(), 2);
}

TEST(GoConfig, UseMirrorKeepsAnExistingFallbackChain)
{
    TestHome home;
    home.writeFile(kEnvFile, "GOPROXY=https://old.example|https://backup.example,off\n");
    EXPECT_EQ(
        afterOf(GoConfig(home.toolEnvironment()).planUseMirror(goMirror("https://goproxy.io"))),
        "GOPROXY=https://goproxy.io|https://backup.example,off\n");
}

TEST(GoConfig, UseMirrorWithoutSumdbResetsAnotherMirrorsSumdbProxy)
{
    TestHome home;
    home.writeFile(kEnvFile, "GOPROXY=https://goproxy.cn,direct\n"
                             "GOSUMDB=sum.golang.org https://goproxy.cn/sumdb/sum.golang.org\n");
    const GoConfig config(home.toolEnvironment());
    const Expected<ConfigChange> change = config.planUseMirror(goMirror("https://goproxy.io"));
    EXPECT_EQ(afterOf(change), "GOPROXY=https://goproxy.io,direct\n");
    // A sumdb choice of the user's own (not through a mirror) stays.
    home.writeFile(kEnvFile, "GOPROXY=https://goproxy.cn,direct\nGOSUMDB=sum.golang.google.cn\n");
    EXPECT_EQ(afterOf(config.planUseMirror(goMirror("https://goproxy.io"))),
              "GOPROXY=https://goproxy.io,direct\nGOSUMDB=sum.golang.google.cn\n");
}

TEST(GoConfig, UseMirrorRefusesOtherEcosystemsAndBadUrls)
{
    TestHome home;
    const GoConfig config(home.toolEnvironment());
    Mirror npm = goMirror("https://registry.npmmirror.com");
    npm.ecosystem = QStringLiteral("npm");
    EXPECT_FALSE(config.planUseMirror(npm));
    EXPECT_FALSE(config.planUseMirror(goMirror("ftp://x.example")));
    EXPECT_FALSE(config.planUseMirror(goMirror("https://goproxy.cn", "sum.example.com")));
}

// ---- bad input: a clear error naming the file (and line), the file left byte-for-byte ----

TEST(GoConfig, BadFilesAreRefusedWithFileAndLineAndLeftUnchanged)
{
    const QString dir = QStringLiteral(MIRRORDECK_SOURCE_DIR "/tests/fixtures/corpus/go/bad");
    const QStringList names = QDir(dir).entryList(QDir::Files, QDir::Name);
    ASSERT_GE(names.size(), 3);
    for (const QString &name : names) {
        TestHome home;
        QFile source(dir + QLatin1Char('/') + name);
        ASSERT_TRUE(source.open(QIODevice::ReadOnly));
        const QByteArray bytes = source.readAll();
        home.writeFile(kEnvFile, bytes);
        const GoConfig config(home.toolEnvironment());
        const Expected<ConfigChange> change =
            config.planSet(QStringLiteral("GOPROXY"), QStringLiteral("https://goproxy.cn,direct"));
        ASSERT_FALSE(change) << name.toStdString();
        EXPECT_EQ(change.error().filePath, home.path(kEnvFile)) << name.toStdString();
        EXPECT_GT(change.error().line, 0) << name.toStdString();
        EXPECT_FALSE(config.effectiveSetting(QStringLiteral("GOPROXY"))) << name.toStdString();
        EXPECT_FALSE(config.planUnset(QStringLiteral("GOPROXY"))) << name.toStdString();
        EXPECT_EQ(home.readFile(kEnvFile), bytes) << name.toStdString();
    }
}

TEST(GoConfig, FileOverOneMegabyteIsRefused)
{
    TestHome home;
    const QByteArray bytes =
        "GOPROXY=https://goproxy.cn,direct\n" + QByteArray(1100000, '#') + '\n';
    home.writeFile(kEnvFile, bytes);
    const Expected<ConfigChange> change =
        GoConfig(home.toolEnvironment())
            .planSet(QStringLiteral("GOPROXY"), QStringLiteral("https://x.example"));
    ASSERT_FALSE(change);
    EXPECT_EQ(change.error().filePath, home.path(kEnvFile));
    EXPECT_EQ(home.readFile(kEnvFile), bytes);
}

TEST(GoConfig, ReadOnlyFileAndDirectoryAreLeftUnchanged)
{
    TestHome home;
    const QByteArray bytes = "GOPROXY=https://goproxy.cn,direct\n";
    home.writeFile(kEnvFile, bytes);
    const GoConfig config(home.toolEnvironment());
    const QString file = home.path(kEnvFile);
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    Expected<ConfigChange> change =
        config.planSet(QStringLiteral("GOPROXY"), QStringLiteral("https://goproxy.io,direct"));
    ASSERT_TRUE(change);
    const Expected<QString> written = ConfigWriter(nullptr).apply(*change);
    ASSERT_FALSE(written);
    EXPECT_EQ(home.readFile(kEnvFile), bytes);
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    const QString dir = home.path(QStringLiteral(".config/go"));
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    change = config.planSet(QStringLiteral("GOPROXY"), QStringLiteral("https://goproxy.io,direct"));
    ASSERT_TRUE(change);
    EXPECT_FALSE(ConfigWriter(nullptr).apply(*change));
    QFile::setPermissions(dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    EXPECT_EQ(home.readFile(kEnvFile), bytes);
}

TEST(GoConfig, UnreadableFileIsAnErrorNamingTheFile)
{
    TestHome home;
    home.writeFile(kEnvFile, "GOPROXY=https://goproxy.cn,direct\n");
    QFile::setPermissions(home.path(kEnvFile), QFileDevice::WriteOwner);
    const Expected<EffectiveSetting> setting =
        GoConfig(home.toolEnvironment()).effectiveSetting(QStringLiteral("GOPROXY"));
    QFile::setPermissions(home.path(kEnvFile), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    ASSERT_FALSE(setting);
    EXPECT_EQ(setting.error().filePath, home.path(kEnvFile));
}

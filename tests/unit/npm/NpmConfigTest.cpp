// NpmConfig against the REAL npm (each of npmClients(): Debian's npm 9 and a current npm): after
// MirrorDeck's edits `npm config get` reports the new value, and on files npm itself wrote,
// MirrorDeck reports what npm reports. Every test uses a temporary HOME and an environment without
// npm_config_* variables.

#include "NpmTestSupport.h"

#include "ecosystems/npm/NpmConfig.h"
#include "ecosystems/npm/NpmConfigPaths.h"
#include "ecosystems/npm/Npmrc.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace npmtest;

namespace {

const QString kRegistry = QStringLiteral("registry");
const QString kMirror = QStringLiteral("https://registry.npmmirror.com/");

QString effective(const TestHome &home, const QString &key)
{
    const Expected<EffectiveSetting> setting =
        NpmConfig(home.toolEnvironment()).effectiveSetting(key);
    EXPECT_TRUE(setting.hasValue()) << setting.error().toString().toStdString();
    if (!setting)
        return QStringLiteral("<error>");
    return setting->isDefault && setting->value.isEmpty() ? QStringLiteral("undefined")
                                                          : setting->value;
}

class NpmConfigRealClient : public RealNpmTest
{};

} // namespace

TEST_P(NpmConfigRealClient, SetCreatesPrivateFileNpmReads)
{
    NpmHome home(GetParam());
    const NpmConfig config(home.toolEnvironment());
    EXPECT_EQ(*config.userConfigPath(), home.path(QStringLiteral(".npmrc")));
    apply(config.planSet(kRegistry, kMirror));
    apply(config.planSet(QStringLiteral("@corp:registry"),
                         QStringLiteral("https://npm.corp.example/")));
    apply(config.planSet(QStringLiteral("strict-ssl"), QStringLiteral("false")));
    const QMap<QString, QString> npm =
        npmGet(home, {kRegistry, QStringLiteral("@corp:registry"), QStringLiteral("strict-ssl")});
    EXPECT_EQ(npm.value(kRegistry), kMirror);
    EXPECT_EQ(npm.value(QStringLiteral("@corp:registry")), "https://npm.corp.example/");
    EXPECT_EQ(npm.value(QStringLiteral("strict-ssl")), "false");
    EXPECT_EQ(QFileInfo(home.path(QStringLiteral(".npmrc"))).permissions() &
                  (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                   QFileDevice::WriteOther),
              QFileDevice::Permissions());
    // Setting it again writes nothing.
    EXPECT_TRUE(config.planSet(kRegistry, kMirror)->isNoOp());
}

TEST_P(NpmConfigRealClient, UnsetFallsBackToDefaultThenToProjectLevel)
{
    NpmHome home(GetParam());
    home.writeFile(QStringLiteral(".npmrc"),
                   "registry=https://a.example/\n; keep me\nregistry=https://b.example/\n");
    const NpmConfig config(home.toolEnvironment());
    EXPECT_EQ(effective(home, kRegistry), npmGetOne(home, kRegistry));
    apply(config.planUnset(kRegistry));
    EXPECT_EQ(home.readFile(QStringLiteral(".npmrc")), "; keep me\n");
    EXPECT_EQ(npmGetOne(home, kRegistry), "https://registry.npmjs.org/");
    EXPECT_EQ(effective(home, kRegistry), "https://registry.npmjs.org/");

    // The project file (next to the working directory) beats the user file.
    home.writeFile(QStringLiteral("work/.npmrc"), "registry=https://project.example/\n");
    apply(config.planSet(kRegistry, kMirror));
    EXPECT_EQ(npmGetOne(home, kRegistry), "https://project.example/");
    const Expected<EffectiveSetting> setting = config.effectiveSetting(kRegistry);
    ASSERT_TRUE(setting.hasValue());
    EXPECT_EQ(setting->value, "https://project.example/");
    EXPECT_EQ(setting->source.level, "project");
    EXPECT_EQ(setting->userFileLine, 2);
    ASSERT_FALSE(setting->shadows.isEmpty());
    EXPECT_EQ(setting->shadows.first().kind, Shadow::Kind::HigherLevelFile);
    EXPECT_EQ(setting->shadows.first().line, 1);
}

TEST_P(NpmConfigRealClient, AgreesWithFilesWrittenByNpmConfigSet)
{
    NpmHome home(GetParam());
    for (const QStringList &args :
         {QStringList{QStringLiteral("registry"), QStringLiteral("https://r.example/npm/")},
          QStringList{QStringLiteral("@corp:registry"), QStringLiteral("https://corp.example/")},
          QStringList{QStringLiteral("strict-ssl"), QStringLiteral("false")},
          QStringList{QStringLiteral("//r.example/npm/:_authToken"),
                      QStringLiteral("${NPM_TOKEN}")}}) {
        const ProcessResult result =
            home.run(QStringLiteral("npm"),
                     QStringList{QStringLiteral("config"), QStringLiteral("set")} << args);
        ASSERT_EQ(result.exitCode, 0) << result.err.constData();
    }
    const QStringList keys = {kRegistry, QStringLiteral("@corp:registry"),
                              QStringLiteral("strict-ssl")};
    const QMap<QString, QString> npm = npmGet(home, keys);
    for (const QString &key : keys)
        EXPECT_EQ(effective(home, key), npm.value(key)) << key.toStdString();

    const NpmConfig config(home.toolEnvironment());
    const QByteArray before = home.readFile(QStringLiteral(".npmrc"));
    apply(config.planSet(kRegistry, kMirror));
    EXPECT_EQ(npmGetOne(home, kRegistry), kMirror);
    // Only the registry line changed; the token line is byte-identical.
    QByteArray expected = before;
    expected.replace("registry=https://r.example/npm/\n", "registry=" + kMirror.toUtf8() + "\n");
    EXPECT_EQ(home.readFile(QStringLiteral(".npmrc")), expected);
}

TEST_P(NpmConfigRealClient, EnvironmentVariablesOverrideAndAreReported)
{
    NpmHome home(GetParam());
    home.writeFile(QStringLiteral(".npmrc"), "registry=https://file.example/\n");
    home.variables().insert(QStringLiteral("NPM_CONFIG_REGISTRY"),
                            QStringLiteral("  https://env.example/  "));
    home.variables().insert(QStringLiteral("npm_config_@corp:registry"),
                            QStringLiteral("https://corp-env.example/"));
    home.variables().insert(QStringLiteral("npm_config_strict_ssl"), QStringLiteral("false"));
    const QStringList keys = {kRegistry, QStringLiteral("@corp:registry"),
                              QStringLiteral("strict-ssl")};
    const QMap<QString, QString> npm = npmGet(home, keys);
    for (const QString &key : keys)
        EXPECT_EQ(effective(home, key), npm.value(key)) << key.toStdString();
    const Expected<EffectiveSetting> setting =
        NpmConfig(home.toolEnvironment()).effectiveSetting(kRegistry);
    ASSERT_TRUE(setting.hasValue());
    EXPECT_EQ(setting->source.kind, SettingSource::Kind::Environment);
    EXPECT_EQ(setting->source.variable, "NPM_CONFIG_REGISTRY");
    ASSERT_FALSE(setting->shadows.isEmpty());
    EXPECT_EQ(setting->shadows.first().kind, Shadow::Kind::ProcessEnvironment);
    EXPECT_EQ(setting->userFileLine, 1);
}

TEST(NpmConfig, ShellStartupExportIsAShadow)
{
    TestHome home;
    home.writeFile(QStringLiteral(".bashrc"),
                   "alias ll='ls -l'\nexport npm_config_registry=https://shell.example/\n");
    const Expected<EffectiveSetting> setting =
        NpmConfig(home.toolEnvironment()).effectiveSetting(kRegistry);
    ASSERT_TRUE(setting.hasValue());
    ASSERT_EQ(setting->shadows.size(), 1);
    EXPECT_EQ(setting->shadows.first().kind, Shadow::Kind::ShellStartup);
    EXPECT_EQ(setting->shadows.first().line, 2);
    EXPECT_EQ(setting->shadows.first().value, "https://shell.example/");
}

TEST_P(NpmConfigRealClient, GlobalFileFollowsPrefixFromUserFile)
{
    NpmHome home(GetParam());
    home.writeFile(QStringLiteral("pfx/etc/npmrc"), "@g:registry=https://global.example/\n");
    home.writeFile(QStringLiteral(".npmrc"), "prefix=~/pfx\n");
    // Upstream npm (9 and 11 alike) derives the global file from the prefix the user file sets.
    // Debian's npm 9 ships a builtin npmrc that names globalconfig=/etc/npmrc, which a prefix
    // does not move; MirrorDeck reads that builtin file too, so it must agree with either.
    const NpmConfigPaths paths(home.toolEnvironment());
    QFile builtin(paths.builtinConfigPath());
    const Npmrc::Resolved pinned =
        builtin.open(QIODevice::ReadOnly)
            ? Npmrc::fromBytes(builtin.readAll())
                  .resolve(QStringLiteral("globalconfig"), home.variables())
            : Npmrc::Resolved();
    const bool builtinPinsGlobal = pinned.kind != Npmrc::Resolved::Kind::Absent;
    EXPECT_EQ(npmGetOne(home, QStringLiteral("globalconfig")),
              builtinPinsGlobal ? pinned.text : home.path(QStringLiteral("pfx/etc/npmrc")));
    const QString expected =
        builtinPinsGlobal ? QStringLiteral("undefined") : QStringLiteral("https://global.example/");
    EXPECT_EQ(npmGetOne(home, QStringLiteral("@g:registry")), expected);
    EXPECT_EQ(effective(home, QStringLiteral("@g:registry")), expected);
    const Expected<QList<EffectiveSetting>> all =
        NpmConfig(home.toolEnvironment()).effectiveSettings();
    ASSERT_TRUE(all.hasValue());
    QStringList listed;
    for (const EffectiveSetting &setting : *all)
        listed << setting.key;
    QStringList expectedKeys = {kRegistry, QStringLiteral("strict-ssl")};
    if (!builtinPinsGlobal)
        expectedKeys << QStringLiteral("@g:registry");
    EXPECT_EQ(listed, expectedKeys);
}

TEST_P(NpmConfigRealClient, MachineGlobalFileIsRead)
{
    NpmHome home(GetParam());
    // This machine's node is /usr/bin/node, so npm reads /usr/etc/npmrc (cafile=…).
    const NpmConfig config(home.toolEnvironment());
    const Expected<QList<NpmConfig::Layer>> layers = config.layers();
    ASSERT_TRUE(layers.hasValue());
    EXPECT_EQ(layers->at(2).level, "global");
    const ProcessResult npm =
        home.run(QStringLiteral("npm"),
                 {QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("globalconfig")});
    EXPECT_EQ(layers->at(2).path, npm.outText());
}

TEST_P(NpmConfigRealClient, UserconfigVariableRedirectsEdits)
{
    NpmHome home(GetParam());
    home.variables().insert(QStringLiteral("NPM_CONFIG_USERCONFIG"),
                            home.path(QStringLiteral("conf/my-npmrc")));
    const NpmConfig config(home.toolEnvironment());
    apply(config.planSet(kRegistry, kMirror));
    EXPECT_TRUE(QFile::exists(home.path(QStringLiteral("conf/my-npmrc"))));
    EXPECT_FALSE(QFile::exists(home.path(QStringLiteral(".npmrc"))));
    EXPECT_EQ(npmGetOne(home, kRegistry), kMirror);
}

TEST_P(NpmConfigRealClient, EnvReferencesStayLiteralInFileAndExpandForNpm)
{
    NpmHome home(GetParam());
    home.variables().insert(QStringLiteral("MY_MIRROR"), kMirror);
    const NpmConfig config(home.toolEnvironment());
    apply(config.planSet(kRegistry, QStringLiteral("${MY_MIRROR}")));
    EXPECT_EQ(home.readFile(QStringLiteral(".npmrc")), "registry=${MY_MIRROR}\n");
    EXPECT_EQ(npmGetOne(home, kRegistry), kMirror);
    EXPECT_EQ(effective(home, kRegistry), kMirror);
}

TEST_P(NpmConfigRealClient, UseMirrorSetsRegistryAndNotesTokensLeftBehind)
{
    NpmHome home(GetParam());
    home.writeFile(
        QStringLiteral(".npmrc"),
        "registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n");
    const NpmConfig config(home.toolEnvironment());
    Mirror mirror;
    mirror.id = QStringLiteral("npmmirror");
    mirror.ecosystem = QStringLiteral("npm");
    mirror.url = kMirror;
    const QStringList notes = config.planUseMirror(mirror)->notes;
    ASSERT_EQ(notes.size(), 1);
    EXPECT_TRUE(notes.first().contains(QLatin1String("//registry.npmjs.org/")));
    EXPECT_TRUE(notes.first().contains(QLatin1String("line 2")));
    apply(config.planUseMirror(mirror));
    EXPECT_EQ(npmGetOne(home, kRegistry), kMirror);
    EXPECT_TRUE(home.readFile(QStringLiteral(".npmrc"))
                    .contains("//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n"));
    // No note when the new registry has its own credentials.
    home.writeFile(
        QStringLiteral(".npmrc"),
        "registry=https://a.example/\n//a.example/:_authToken=x\n//b.example/:_authToken=y\n");
    EXPECT_TRUE(config.planSet(kRegistry, QStringLiteral("https://b.example/"))->notes.isEmpty());
    Mirror pip = mirror;
    pip.ecosystem = QStringLiteral("pip");
    EXPECT_FALSE(config.planUseMirror(pip).hasValue());
}

TEST(NpmConfig, InvalidValuesAreRefusedBeforeAnyWrite)
{
    TestHome home;
    const NpmConfig config(home.toolEnvironment());
    EXPECT_FALSE(config.planSet(kRegistry, QStringLiteral("registry.npmmirror.com")).hasValue());
    EXPECT_FALSE(config.planSet(QStringLiteral("@Bad:registry"), kMirror).hasValue());
    EXPECT_FALSE(config.planSet(QStringLiteral("cafile"), QStringLiteral("/x")).hasValue());
    EXPECT_TRUE(config.isKnownKey(QStringLiteral("@ok:registry")));
    EXPECT_FALSE(QFile::exists(home.path(QStringLiteral(".npmrc"))));
}

TEST_P(NpmConfigRealClient, ProjectFileThatIsTheUserFileIsReadOnce)
{
    // A node_modules folder in HOME makes HOME the project; npm then ignores the "project"
    // copy of ~/.npmrc, so the user level is the source and nothing shadows it.
    NpmHome home(GetParam());
    QDir().mkpath(home.path(QStringLiteral("node_modules")));
    home.writeFile(QStringLiteral(".npmrc"), "registry=https://home.example/\n");
    EXPECT_EQ(npmGetOne(home, kRegistry), "https://home.example/");
    const Expected<EffectiveSetting> setting =
        NpmConfig(home.toolEnvironment()).effectiveSetting(kRegistry);
    ASSERT_TRUE(setting.hasValue());
    EXPECT_EQ(setting->value, "https://home.example/");
    EXPECT_EQ(setting->source.level, "user");
    EXPECT_TRUE(setting->shadows.isEmpty());
}

TEST_P(NpmConfigRealClient, SymlinkedUserFileIsEditedThroughTheLink)
{
    NpmHome home(GetParam());
    home.writeFile(QStringLiteral("dotfiles/npmrc"), "; from my dotfiles repo\nfund=false\n");
    ASSERT_TRUE(QFile::link(home.path(QStringLiteral("dotfiles/npmrc")),
                            home.path(QStringLiteral(".npmrc"))));
    apply(NpmConfig(home.toolEnvironment()).planSet(kRegistry, kMirror));
    EXPECT_TRUE(QFileInfo(home.path(QStringLiteral(".npmrc"))).isSymLink());
    EXPECT_EQ(home.readFile(QStringLiteral("dotfiles/npmrc")),
              "; from my dotfiles repo\nfund=false\nregistry=https://registry.npmmirror.com/\n");
    EXPECT_EQ(npmGetOne(home, kRegistry), kMirror);
}

TEST_P(NpmConfigRealClient, InvalidUtf8InCommentsIsKeptByteForByte)
{
    NpmHome home(GetParam());
    // npm reads the file as UTF-8 with replacement characters and skips comments, so invalid
    // bytes there change nothing for it; MirrorDeck edits around them.
    const QByteArray comments("# caf\xE9 au lait\n  ;\xFF\xFE\r\n");
    home.writeFile(QStringLiteral(".npmrc"),
                   comments + "registry=https://r.example/\nstrict-ssl=false\n");
    EXPECT_EQ(effective(home, kRegistry), npmGetOne(home, kRegistry));
    const NpmConfig config(home.toolEnvironment());
    apply(config.planSet(kRegistry, kMirror));
    EXPECT_EQ(home.readFile(QStringLiteral(".npmrc")),
              comments + "registry=" + kMirror.toUtf8() + "\nstrict-ssl=false\n");
    const QMap<QString, QString> npm = npmGet(home, {kRegistry, QStringLiteral("strict-ssl")});
    EXPECT_EQ(npm.value(kRegistry), kMirror);
    EXPECT_EQ(npm.value(QStringLiteral("strict-ssl")), QStringLiteral("false"));
    // An invalid byte in a value npm reads is still refused.
    home.writeFile(QStringLiteral(".npmrc"), comments + "registry=https://caf\xE9.example/\n");
    const Expected<ConfigChange> refused = config.planSet(kRegistry, kMirror);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, CoreError::Kind::BadFile);
    EXPECT_EQ(refused.error().line, 3);
}

INSTANTIATE_TEST_SUITE_P(EachNpm, NpmConfigRealClient, ::testing::ValuesIn(npmClients()),
                         clientName);

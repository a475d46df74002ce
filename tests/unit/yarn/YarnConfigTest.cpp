// YarnConfig against the real Yarn Berry: where the effective value comes from (default, home
// file, nearer project files, YARN_RC_FILENAME, YARN_* variables, ${VAR} references), strict
// validation, and `use` of a plain-http mirror, which Yarn only reaches through
// unsafeHttpWhitelist.

#include "YarnTestSupport.h"

#include "catalog/Mirror.h"
#include "ecosystems/EcosystemRegistry.h"
#include "ecosystems/yarn/YarnConfig.h"

#include <QDir>
#include <QJsonArray>

using namespace yarntest;

namespace {

const QString kRegistry = QStringLiteral("npmRegistryServer");
const QString kWhitelist = QStringLiteral("unsafeHttpWhitelist");
const QString kRc = QStringLiteral(".yarnrc.yml");

QStringList yarnList(const YarnHome &home, const QString &key)
{
    const ProcessResult result =
        home.yarn({QStringLiteral("config"), QStringLiteral("get"), key, QStringLiteral("--json")});
    QStringList items;
    for (const QJsonValue &value : QJsonDocument::fromJson(result.out).array())
        items << value.toString();
    return items;
}

Mirror urlMirror(const QString &url)
{
    Mirror mirror;
    mirror.id = url;
    mirror.ecosystem = QStringLiteral("yarn");
    mirror.url = url;
    return mirror;
}

std::unique_ptr<EcosystemConfig> registered(const YarnHome &home)
{
    return EcosystemRegistry::create(QStringLiteral("yarn"), home.toolEnvironment());
}

} // namespace

TEST(YarnConfig, DefaultIsYarnsOwnRegistry)
{
    YARN_OR_SKIP();
    YarnHome home;
    const Expected<EffectiveSetting> setting =
        YarnConfig(home.toolEnvironment()).effectiveSetting(kRegistry);
    ASSERT_TRUE(setting.hasValue());
    EXPECT_TRUE(setting->isDefault);
    EXPECT_EQ(setting->value, home.yarnGet(kRegistry));
    EXPECT_EQ(setting->userFilePath, home.path(kRc));
}

TEST(YarnConfig, ProjectFilesInTheWorkingDirectoryAndItsParentsShadowTheHomeFile)
{
    YARN_OR_SKIP();
    YarnHome home;
    home.writeFile(kRc, "npmRegistryServer: https://home.example\n");
    home.writeFile(QStringLiteral("work/.yarnrc.yml"),
                   "# project\nnpmRegistryServer: https://project.example\n");
    const Expected<EffectiveSetting> setting =
        YarnConfig(home.toolEnvironment()).effectiveSetting(kRegistry);
    ASSERT_TRUE(setting.hasValue());
    EXPECT_EQ(setting->value, QStringLiteral("https://project.example"));
    EXPECT_EQ(setting->value, home.yarnGet(kRegistry));
    EXPECT_EQ(setting->source.filePath, home.path(QStringLiteral("work/.yarnrc.yml")));
    EXPECT_EQ(setting->source.line, 2);
    EXPECT_EQ(setting->userFileLine, 1);
    ASSERT_FALSE(setting->shadows.isEmpty());
    EXPECT_EQ(setting->shadows.first().kind, Shadow::Kind::HigherLevelFile);
}

TEST(YarnConfig, RcFilenameRenamesProjectFilesButNotTheHomeFile)
{
    YARN_OR_SKIP();
    YarnHome home;
    home.writeFile(kRc, "npmRegistryServer: https://home.example\n");
    home.writeFile(QStringLiteral("work/.yarnrc.yml"),
                   "npmRegistryServer: https://ignored.example\n");
    home.writeFile(QStringLiteral("work/.ci-yarnrc.yml"),
                   "npmRegistryServer: https://ci.example\n");
    home.variables().insert(QStringLiteral("YARN_RC_FILENAME"), QStringLiteral(".ci-yarnrc.yml"));
    const YarnConfig config(home.toolEnvironment());
    EXPECT_EQ(config.effectiveSetting(kRegistry)->value, QStringLiteral("https://ci.example"));
    EXPECT_EQ(home.yarnGet(kRegistry), QStringLiteral("https://ci.example"));
    EXPECT_EQ(*config.userConfigPath(), home.path(kRc));
}

TEST(YarnConfig, YarnVariablesOverrideEveryFile)
{
    YARN_OR_SKIP();
    YarnHome home;
    home.writeFile(kRc, "npmRegistryServer: https://home.example\n");
    home.variables().insert(QStringLiteral("YARN_NPM_REGISTRY_SERVER"),
                            QStringLiteral("https://env.example"));
    const Expected<EffectiveSetting> setting =
        YarnConfig(home.toolEnvironment()).effectiveSetting(kRegistry);
    ASSERT_TRUE(setting.hasValue());
    EXPECT_EQ(setting->value, home.yarnGet(kRegistry));
    EXPECT_EQ(setting->source.kind, SettingSource::Kind::Environment);
    EXPECT_EQ(setting->source.variable, QStringLiteral("YARN_NPM_REGISTRY_SERVER"));
    ASSERT_FALSE(setting->shadows.isEmpty());
    EXPECT_EQ(setting->shadows.first().kind, Shadow::Kind::ProcessEnvironment);
}

TEST(YarnConfig, VariableReferencesAreShownExpandedAndAsWritten)
{
    YARN_OR_SKIP();
    YarnHome home;
    home.writeFile(kRc, "npmRegistryServer: \"${MD_REGISTRY:-https://fallback.example}\"\n"
                        "npmScopes:\n  corp:\n    npmRegistryServer: ${MD_CORP}\n");
    home.variables().insert(QStringLiteral("MD_CORP"), QStringLiteral("https://corp.example"));
    const YarnConfig config(home.toolEnvironment());
    const Expected<EffectiveSetting> registry = config.effectiveSetting(kRegistry);
    ASSERT_TRUE(registry.hasValue());
    EXPECT_EQ(registry->value, QStringLiteral("https://fallback.example"));
    EXPECT_EQ(registry->value, home.yarnGet(kRegistry));
    EXPECT_TRUE(registry->source.describe().contains(QLatin1String("${MD_REGISTRY:-")))
        << registry->source.describe().toStdString();
    const Expected<EffectiveSetting> corp =
        config.effectiveSetting(QStringLiteral("npmScopes.corp.npmRegistryServer"));
    ASSERT_TRUE(corp.hasValue());
    EXPECT_EQ(corp->value, home.yarnScopeRegistry(QStringLiteral("corp")));
    // Editing elsewhere keeps the references literal.
    apply(config.planSet(QStringLiteral("npmScopes.oss.npmRegistryServer"),
                         QStringLiteral("https://oss.example")));
    EXPECT_TRUE(home.readFile(kRc).startsWith(
        "npmRegistryServer: \"${MD_REGISTRY:-https://fallback.example}\"\n"));
    EXPECT_EQ(home.yarnScopeRegistry(QStringLiteral("oss")), QStringLiteral("https://oss.example"));
    // Scopes found in the files are listed.
    const Expected<QList<EffectiveSetting>> all = config.effectiveSettings();
    ASSERT_TRUE(all.hasValue());
    QStringList keys;
    for (const EffectiveSetting &setting : *all)
        keys << setting.key;
    EXPECT_TRUE(keys.contains(QStringLiteral("npmScopes.corp.npmRegistryServer")));
    EXPECT_TRUE(keys.contains(QStringLiteral("npmScopes.oss.npmRegistryServer")));
}

TEST(YarnConfig, ValidationRefusesWhatYarnCannotUse)
{
    YarnHome home;
    const YarnConfig config(home.toolEnvironment());
    EXPECT_TRUE(config.validate(kRegistry, QStringLiteral("https://registry.npmmirror.com")));
    EXPECT_TRUE(config.validate(kRegistry, QStringLiteral("${REG:-https://a.example}")));
    EXPECT_FALSE(config.validate(kRegistry, QStringLiteral("ftp://a.example")));
    EXPECT_FALSE(config.validate(kRegistry, QStringLiteral("registry.npmmirror.com")));
    EXPECT_FALSE(config.validate(kRegistry, QStringLiteral("https://a.example/?x=1")));
    EXPECT_FALSE(config.validate(kRegistry, QStringLiteral("https://a\nb")));
    EXPECT_FALSE(config.validate(QStringLiteral("npmScopes.@corp.npmRegistryServer"),
                                 QStringLiteral("https://a.example")));
    EXPECT_FALSE(config.validate(QStringLiteral("npmScopes.c/d.npmRegistryServer"),
                                 QStringLiteral("https://a.example")));
    EXPECT_TRUE(config.validate(kWhitelist, QStringLiteral("localhost\n*.corp.example")));
    EXPECT_FALSE(config.validate(kWhitelist, QStringLiteral("127.0.0.1:8080")));
    EXPECT_FALSE(config.validate(kWhitelist, QStringLiteral("http://127.0.0.1")));
    EXPECT_FALSE(config.validate(QStringLiteral("npmAuthToken"), QStringLiteral("x")));
    EXPECT_FALSE(config.planSet(kRegistry, QStringLiteral("ftp://a")).hasValue());
}

TEST(YarnConfig, UseOfAPlainHttpMirrorAllowsItsHostAndKeepsLocalhost)
{
    YARN_OR_SKIP();
    YarnHome home;
    home.writeFile(kRc, "# mine\nenableTelemetry: false\n");
    const std::unique_ptr<EcosystemConfig> config = registered(home);
    const Expected<ConfigChange> change =
        config->planUseMirror(urlMirror(QStringLiteral("http://127.0.0.1:4873/")));
    ASSERT_TRUE(change.hasValue()) << change.error().toString().toStdString();
    EXPECT_TRUE(change->notes.isEmpty()) << change->notes.join(QLatin1Char('\n')).toStdString();
    apply(change);
    EXPECT_EQ(home.readFile(kRc), QByteArray("# mine\nenableTelemetry: false\n"
                                             "unsafeHttpWhitelist:\n  - localhost\n"
                                             "  - 127.0.0.1\n"
                                             "npmRegistryServer: http://127.0.0.1:4873/\n"));
    EXPECT_EQ(yarnList(home, kWhitelist),
              QStringList({QStringLiteral("localhost"), QStringLiteral("127.0.0.1")}));
    EXPECT_EQ(home.yarnGet(kRegistry), QStringLiteral("http://127.0.0.1:4873/"));

    // Another port on an allowed host, and an https mirror, leave the list alone.
    const Expected<ConfigChange> again =
        config->planUseMirror(urlMirror(QStringLiteral("http://127.0.0.1:9999/")));
    ASSERT_TRUE(again.hasValue());
    ASSERT_EQ(again->keyChanges.size(), 1);
    EXPECT_EQ(again->keyChanges.first().key, kRegistry);
}

TEST(YarnConfig, SettingAPlainHttpRegistryByHandSaysYarnWillRefuseIt)
{
    YarnHome home;
    const Expected<ConfigChange> change =
        YarnConfig(home.toolEnvironment()).planSet(kRegistry, QStringLiteral("http://10.1.2.3/"));
    ASSERT_TRUE(change.hasValue());
    ASSERT_EQ(change->notes.size(), 1);
    EXPECT_TRUE(change->notes.first().contains(QLatin1String("unsafeHttpWhitelist")));
}

TEST(YarnConfig, NpmCatalogMirrorsServeYarn)
{
    YarnHome home;
    Mirror npmmirror;
    npmmirror.id = QStringLiteral("npmmirror");
    npmmirror.ecosystem = QStringLiteral("npm");
    npmmirror.url = QStringLiteral("https://registry.npmmirror.com/");
    const Expected<ConfigChange> change = registered(home)->planUseMirror(npmmirror);
    ASSERT_TRUE(change.hasValue()) << change.error().toString().toStdString();
    EXPECT_EQ(change->after, QByteArray("npmRegistryServer: https://registry.npmmirror.com/\n"));
    Mirror pypi = npmmirror;
    pypi.ecosystem = QStringLiteral("pip");
    EXPECT_FALSE(registered(home)->planUseMirror(pypi).hasValue());
}

TEST(YarnConfig, TheNearestProjectFileWinsAmongTheParents)
{
    YARN_OR_SKIP();
    YarnHome home;
    home.writeFile(kRc, "npmRegistryServer: https://home.example\n");
    home.writeFile(QStringLiteral("work/.yarnrc.yml"),
                   "npmRegistryServer: https://outer.example\n");
    home.writeFile(QStringLiteral("work/a/.yarnrc.yml"),
                   "npmRegistryServer: https://inner.example\n");
    const QString deep = home.path(QStringLiteral("work/a/b"));
    QDir().mkpath(deep);
    const ToolEnvironment environment(home.variables(), home.home(), deep,
                                      ToolEnvironment::Os::Linux);
    const Expected<EffectiveSetting> setting = YarnConfig(environment).effectiveSetting(kRegistry);
    ASSERT_TRUE(setting.hasValue());
    EXPECT_EQ(setting->value, QStringLiteral("https://inner.example"));
    const ProcessResult yarn =
        home.yarn({QStringLiteral("config"), QStringLiteral("get"), kRegistry}, deep);
    EXPECT_EQ(yarn.outText(), setting->value);
    EXPECT_EQ(setting->source.filePath, home.path(QStringLiteral("work/a/.yarnrc.yml")));
    // Both project files are reported as overriding the home file.
    int projectShadows = 0;
    for (const Shadow &shadow : setting->shadows)
        projectShadows += shadow.kind == Shadow::Kind::HigherLevelFile ? 1 : 0;
    EXPECT_EQ(projectShadows, 2);
}

TEST(YarnConfig, AShellStartupExportOfTheYarnVariableIsAShadow)
{
    YarnHome home;
    home.writeFile(QStringLiteral(".bashrc"),
                   "# rc\nexport YARN_NPM_REGISTRY_SERVER=https://shell.example\n");
    const Expected<EffectiveSetting> setting =
        YarnConfig(home.toolEnvironment()).effectiveSetting(kRegistry);
    ASSERT_TRUE(setting.hasValue());
    bool found = false;
    for (const Shadow &shadow : setting->shadows) {
        if (shadow.kind == Shadow::Kind::ShellStartup) {
            found = true;
            EXPECT_EQ(shadow.variable, QStringLiteral("YARN_NPM_REGISTRY_SERVER"));
            EXPECT_EQ(shadow.line, 2);
        }
    }
    EXPECT_TRUE(found);
}

TEST(YarnConfig, AnEmptyRegistryLineIsTheErrorYarnStopsOnAndSetFillsIt)
{
    YarnHome home;
    home.writeFile(kRc, "npmRegistryServer: # todo\n");
    const YarnConfig config(home.toolEnvironment());
    const Expected<EffectiveSetting> setting = config.effectiveSetting(kRegistry);
    ASSERT_FALSE(setting.hasValue());
    EXPECT_EQ(setting.error().filePath, home.path(kRc));
    EXPECT_EQ(setting.error().line, 1);
    if (haveYarn()) {
        EXPECT_NE(home.yarn({QStringLiteral("config"), QStringLiteral("get"), kRegistry}).exitCode,
                  0);
    }
    const Expected<ConfigChange> change =
        config.planSet(kRegistry, QStringLiteral("https://registry.npmmirror.com"));
    ASSERT_TRUE(change.hasValue()) << change.error().toString().toStdString();
    EXPECT_EQ(change->after,
              QByteArray("npmRegistryServer: https://registry.npmmirror.com # todo\n"));
}

// UvConfig against uv's documented rules (uv cannot run here): where the files are, which one
// wins, what overrides the user file, validation, the descriptor and the catalog it shares with
// pip. Edits are read back with TomlDocument and, where noted, Python's tomllib.

#include "ecosystems/uv/UvConfig.h"
#include "catalog/MirrorCatalog.h"
#include "config/ConfigWriter.h"
#include "ecosystems/EcosystemRegistry.h"
#include "ecosystems/uv/UvConfigPaths.h"
#include "ecosystems/uv/UvValueValidator.h"
#include "support/TestHome.h"
#include "support/Tomllib.h"

#include <gtest/gtest.h>

namespace {

const QString kUserFile = QStringLiteral(".config/uv/uv.toml");
const QString kKey = QStringLiteral("default-index");

QByteArray index(const char *url)
{
    return QByteArray("[[index]]\nurl = \"") + url + "\"\ndefault = true\n";
}

EffectiveSetting effective(const TestHome &home, const QString &key = kKey)
{
    const Expected<EffectiveSetting> setting =
        UvConfig(home.toolEnvironment()).effectiveSetting(key);
    EXPECT_TRUE(setting.hasValue()) << (setting ? "" : setting.error().toString().toStdString());
    return setting ? *setting : EffectiveSetting();
}

void apply(const Expected<ConfigChange> &change)
{
    ASSERT_TRUE(change.hasValue()) << change.error().toString().toStdString();
    ConfigWriter writer(nullptr);
    ASSERT_TRUE(writer.apply(*change).hasValue());
}

} // namespace

TEST(UvConfigPaths, UserFileFollowsXdgConfigHomeAndWindowsAppData)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("/x/config"));
    EXPECT_EQ(UvConfigPaths(ToolEnvironment(env, "/home/u", "/w", ToolEnvironment::Os::Linux))
                  .userFile()
                  .path,
              "/x/config/uv/uv.toml");
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("relative"));
    EXPECT_EQ(UvConfigPaths(ToolEnvironment(env, "/home/u", "/w", ToolEnvironment::Os::MacOS))
                  .userFile()
                  .path,
              "/home/u/.config/uv/uv.toml");
    QProcessEnvironment windows;
    windows.insert(QStringLiteral("APPDATA"), QStringLiteral("C:/Users/u/AppData/Roaming"));
    EXPECT_EQ(
        UvConfigPaths(ToolEnvironment(windows, "C:/Users/u", "C:/w", ToolEnvironment::Os::Windows))
            .userFile()
            .path,
        "C:/Users/u/AppData/Roaming/uv/uv.toml");
}

TEST(UvConfigPaths, NearestProjectFileWinsAndUvTomlBeatsPyprojectInOneDirectory)
{
    TestHome home;
    home.writeFile("work/a/pyproject.toml", "[project]\nname = \"no-uv-table\"\n");
    home.writeFile("pyproject.toml", "[tool.uv]\nnative-tls = true\n");
    QProcessEnvironment env = home.variables();
    ToolEnvironment deep(env, home.home(), home.path("work/a"), ToolEnvironment::Os::Linux);
    // A pyproject.toml without [tool.uv] is passed over; the one in HOME has it.
    UvConfigLocation found = UvConfigPaths(deep).projectFile();
    EXPECT_EQ(found.path, home.path("pyproject.toml"));
    EXPECT_TRUE(found.isPyproject);
    home.writeFile("uv.toml", "");
    found = UvConfigPaths(deep).projectFile();
    EXPECT_EQ(found.path, home.path("uv.toml"));
    EXPECT_FALSE(found.isPyproject);
}

TEST(UvConfig, EnvironmentBeatsProjectBeatsUserAndEachIsAShadow)
{
    TestHome home;
    home.writeFile(kUserFile, "# mine\n" + index("https://user.example/simple"));
    EffectiveSetting setting = effective(home);
    EXPECT_EQ(setting.value, "https://user.example/simple");
    EXPECT_EQ(setting.source.filePath, home.path(kUserFile));
    EXPECT_EQ(setting.source.line, 3);
    EXPECT_EQ(setting.userFileLine, 3);
    EXPECT_TRUE(setting.shadows.isEmpty());

    home.writeFile("work/pyproject.toml", "[project]\nname = \"p\"\n\n[[tool.uv.index]]\nurl = "
                                          "\"https://project.example/simple\"\ndefault = true\n");
    setting = effective(home);
    EXPECT_EQ(setting.value, "https://project.example/simple");
    EXPECT_EQ(setting.source.level, "project");
    EXPECT_EQ(setting.source.line, 5);
    ASSERT_EQ(setting.shadows.size(), 1);
    EXPECT_EQ(setting.shadows.at(0).kind, Shadow::Kind::HigherLevelFile);
    EXPECT_EQ(setting.shadows.at(0).filePath, home.path("work/pyproject.toml"));

    // uv.toml in the same directory beats the pyproject's [tool.uv].
    home.writeFile("work/uv.toml", "index-url = 'https://legacy.example/simple'\n");
    setting = effective(home);
    // The user file's [[index]] default comes before any index-url (uv lists indexes first).
    EXPECT_EQ(setting.value, "https://user.example/simple");
    ASSERT_EQ(setting.shadows.size(), 1);
    EXPECT_EQ(setting.shadows.at(0).filePath, home.path("work/uv.toml"));
    EXPECT_EQ(effective(home, "index-url").value, "https://legacy.example/simple");

    home.variables().insert("UV_INDEX_URL", "https://deprecated-env.example/simple");
    EXPECT_EQ(effective(home).source.variable, "UV_INDEX_URL");
    home.variables().insert("UV_DEFAULT_INDEX", "corp=https://env.example/simple");
    setting = effective(home);
    EXPECT_EQ(setting.value, "https://env.example/simple");
    EXPECT_EQ(setting.source.kind, SettingSource::Kind::Environment);
    EXPECT_EQ(setting.source.variable, "UV_DEFAULT_INDEX");
    int environmentShadows = 0;
    for (const Shadow &shadow : setting.shadows)
        environmentShadows += shadow.kind == Shadow::Kind::ProcessEnvironment ? 1 : 0;
    EXPECT_EQ(environmentShadows, 2);
}

TEST(UvConfig, PipsSettingsDoNotSwitchUv)
{
    TestHome home;
    home.writeFile(".config/pip/pip.conf", "[global]\nindex-url = https://pip.example/simple\n");
    home.variables().insert("PIP_INDEX_URL", "https://pip-env.example/simple");
    const EffectiveSetting setting = effective(home);
    EXPECT_TRUE(setting.isDefault);
    EXPECT_EQ(setting.value, "https://pypi.org/simple");
}

TEST(UvConfig, UvByTomllib_SetAndUnsetOfEveryKeyKeepTheRest)
{
    TestHome home;
    const QByteArray original = "# uv\r\nnative-tls = true # keep\r\n\r\n[[index]]\r\nname = "
                                "\"torch\"\r\nurl = \"https://download.pytorch.org/whl/cpu\"\r\n";
    home.writeFile(kUserFile, original);
    const UvConfig config(home.toolEnvironment());
    apply(config.planSet(kKey, "https://m.example/simple"));
    apply(config.planSet("extra-index-url", "https://a.example/simple https://b.example/simple"));
    apply(config.planSet("index-url", "https://legacy.example/simple"));
    const QByteArray edited = home.readFile(kUserFile);
    EXPECT_EQ(edited, "# uv\r\nnative-tls = true # keep\r\nextra-index-url = "
                      "[\"https://a.example/simple\", \"https://b.example/simple\"]\r\nindex-url = "
                      "\"https://legacy.example/simple\"\r\n\r\n[[index]]\r\nname = \"torch\"\r\n"
                      "url = \"https://download.pytorch.org/whl/cpu\"\r\n\r\n[[index]]\r\nurl = "
                      "\"https://m.example/simple\"\r\ndefault = true\r\n");
    QString whyNot;
    const QJsonObject read = Tomllib::parseOne(home.path(kUserFile), &whyNot);
    if (read.isEmpty())
        GTEST_SKIP() << "python3 with tomllib is needed: " << whyNot.toStdString();
    EXPECT_TRUE(read.value("ok").toBool());
    EXPECT_EQ(read.value("data").toObject().value("index").toArray().size(), 2);
    EXPECT_EQ(effective(home, "extra-index-url").values,
              QStringList({"https://a.example/simple", "https://b.example/simple"}));

    apply(config.planUnset("index-url"));
    apply(config.planUnset("extra-index-url"));
    apply(config.planUnset(kKey));
    EXPECT_EQ(home.readFile(kUserFile), original);
    // Nothing left to remove: no change at all.
    const Expected<ConfigChange> again = config.planUnset(kKey);
    ASSERT_TRUE(again.hasValue());
    EXPECT_TRUE(again->isNoOp());
}

TEST(UvConfig, UseNotesADeprecatedIndexUrlLeftInTheFile)
{
    TestHome home;
    home.writeFile(kUserFile, "index-url = \"https://old.example/simple\"\n");
    const Expected<ConfigChange> change =
        UvConfig(home.toolEnvironment()).planSet(kKey, "https://new.example/simple");
    ASSERT_TRUE(change.hasValue());
    ASSERT_EQ(change->notes.size(), 1);
    EXPECT_TRUE(change->notes.first().contains("index-url (line 1)"));
}

TEST(UvValueValidator, AcceptsSimpleIndexUrlsOnly)
{
    for (const char *good :
         {"https://pypi.tuna.tsinghua.edu.cn/simple", "http://10.0.0.5:8080/simple",
          "https://user:pw@private.example/simple/"})
        EXPECT_TRUE(UvValueValidator::validate("default-index", good)) << good;
    for (const char *bad : {"", "pypi.tuna.tsinghua.edu.cn/simple", "ftp://x.example/simple",
                            "https:///simple", "https://a.example/simple#frag",
                            "https://a.example/ simple", "./local/dir", "file:///srv/simple"})
        EXPECT_FALSE(UvValueValidator::validate("default-index", bad)) << bad;
    EXPECT_TRUE(UvValueValidator::validate("extra-index-url",
                                           "https://a.example/simple https://b.example/simple"));
    EXPECT_FALSE(UvValueValidator::validate("extra-index-url", "https://a.example/simple nope"));
    EXPECT_FALSE(UvConfig(ToolEnvironment()).validate("index", "https://a.example/simple"));
}

TEST(UvEcosystem, DescriptorSharesPipsMirrorsAndSaysPipDoesNotSwitchUv)
{
    const Ecosystem *uv = EcosystemRegistry::find("uv");
    ASSERT_NE(uv, nullptr);
    EXPECT_EQ(uv->protocol, EcosystemRegistry::protocolOf("pip"));
    EXPECT_EQ(uv->badgeText, "uv");
    EXPECT_EQ(uv->badgeColour, 0xde5fe9u);
    EXPECT_EQ(uv->relatedTo, "pip");
    EXPECT_FALSE(uv->relationNote().isEmpty());
    EXPECT_FALSE(uv->relatedToNote().isEmpty());
    EXPECT_EQ(uv->keyDescription("extra-index-url").type, ConfigKeyType::UrlList);

    const Expected<MirrorCatalog> catalog = MirrorCatalog::load({});
    ASSERT_TRUE(catalog.hasValue());
    QStringList forPip, forUv;
    for (const Mirror &m : catalog->byEcosystem("pip"))
        forPip << m.id;
    for (const Mirror &m : catalog->byEcosystem("uv"))
        forUv << m.id;
    EXPECT_FALSE(forUv.isEmpty());
    EXPECT_EQ(forUv, forPip);
}

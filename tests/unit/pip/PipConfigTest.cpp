// PipConfig end to end: plans applied with ConfigWriter and judged by the real pip (pip 23 via
// python3 -m pip) in a temporary HOME with PIP_* variables removed; effective values, shadows
// and refusals.

#include "PipTestSupport.h"

#include "config/ConfigFile.h"

#include <QDir>
#include <QFileInfo>

namespace {

const QString kIndex = QStringLiteral("global.index-url");

} // namespace

TEST(PipConfigRealClient, SetIndexUrlIsReadByPip)
{
    PipHome pip;
    pip.writeUserFile("# mine\n[global]\ntimeout = 30\n");
    ASSERT_TRUE(pip.apply(
        pip.config().planSet(kIndex, QStringLiteral("https://pypi.tuna.tsinghua.edu.cn/simple"))));
    EXPECT_EQ(pip.pipGet(kIndex).value, "https://pypi.tuna.tsinghua.edu.cn/simple");
    EXPECT_EQ(
        pip.userBytes(),
        "# mine\n[global]\ntimeout = 30\nindex-url = https://pypi.tuna.tsinghua.edu.cn/simple\n");
    pip.expectAgrees(kIndex);
}

TEST(PipConfigRealClient, UseMirrorCreatesTheUserFile)
{
    PipHome pip;
    Mirror mirror;
    mirror.id = QStringLiteral("tuna");
    mirror.ecosystem = QStringLiteral("pip");
    mirror.url = QStringLiteral("https://pypi.tuna.tsinghua.edu.cn/simple");
    const Expected<ConfigChange> change = pip.config().planUseMirror(mirror);
    ASSERT_TRUE(change.hasValue());
    EXPECT_FALSE(change->existedBefore);
    EXPECT_EQ(change->filePath, pip.userFile());
    ASSERT_TRUE(pip.apply(change));
    EXPECT_EQ(pip.pipGet(kIndex).value, mirror.url);
}

TEST(PipConfigRealClient, HttpIndexAlsoTrustsItsHostWithPort)
{
    PipHome pip;
    pip.writeUserFile("[global]\ntrusted-host = pypi.internal\n");
    Mirror mirror;
    mirror.ecosystem = QStringLiteral("pip");
    mirror.url = QStringLiteral("http://mirror.example.net:8080/simple");
    const Expected<ConfigChange> change = pip.config().planUseMirror(mirror);
    ASSERT_TRUE(change.hasValue());
    EXPECT_EQ(change->keyChanges.size(), 2);
    ASSERT_TRUE(pip.apply(change));
    EXPECT_EQ(pip.pipGet(kIndex).value, mirror.url);
    EXPECT_EQ(
        PipConf::splitValues(pip.pipGet(QStringLiteral("global.trusted-host")).value),
        (QStringList{QStringLiteral("pypi.internal"), QStringLiteral("mirror.example.net:8080")}));
    // Already trusted: setting it again changes nothing at all.
    EXPECT_TRUE(pip.config().planUseMirror(mirror)->isNoOp());
}

TEST(PipConfigRealClient, HttpIndexWithoutPortTrustsBareHost)
{
    PipHome pip;
    ASSERT_TRUE(pip.apply(
        pip.config().planSet(kIndex, QStringLiteral("http://mirrors.aliyun.com/pypi/simple/"))));
    EXPECT_EQ(pip.pipGet(QStringLiteral("global.trusted-host")).value, "mirrors.aliyun.com");
}

TEST(PipConfigRealClient, UnsetFallsBackToDefaultAndThenToLegacyFile)
{
    PipHome pip;
    pip.writeUserFile(
        "[global]\nindex_url = https://a.example/simple\nindex-url = https://b.example/simple\n");
    ASSERT_TRUE(pip.apply(pip.config().planUnset(kIndex)));
    EXPECT_FALSE(pip.pipGet(kIndex).present);
    const Expected<EffectiveSetting> setting = pip.config().effectiveSetting(kIndex);
    ASSERT_TRUE(setting.hasValue());
    EXPECT_TRUE(setting->isDefault);
    EXPECT_EQ(setting->value, "https://pypi.org/simple");

    pip.home.writeFile(QStringLiteral(".pip/pip.conf"),
                       "[global]\nindex-url = https://legacy.example/simple\n");
    pip.writeUserFile("[global]\nindex-url = https://new.example/simple\n");
    pip.expectAgrees(kIndex);
    ASSERT_TRUE(pip.apply(pip.config().planUnset(kIndex)));
    EXPECT_EQ(pip.pipGet(kIndex).value, "https://legacy.example/simple");
    pip.expectAgrees(kIndex);
    EXPECT_EQ(pip.config().effectiveSetting(kIndex)->source.filePath,
              pip.home.path(QStringLiteral(".pip/pip.conf")));
}

TEST(PipConfigRealClient, MultiValuedAndTimeoutKeys)
{
    PipHome pip;
    ASSERT_TRUE(pip.apply(
        pip.config().planSet(QStringLiteral("global.extra-index-url"),
                             QStringLiteral("https://a.example/simple https://b.example/simple"))));
    ASSERT_TRUE(
        pip.apply(pip.config().planSet(QStringLiteral("global.timeout"), QStringLiteral("60"))));
    EXPECT_EQ(PipConf::splitValues(pip.pipGet(QStringLiteral("global.extra-index-url")).value),
              (QStringList{QStringLiteral("https://a.example/simple"),
                           QStringLiteral("https://b.example/simple")}));
    EXPECT_EQ(pip.pipGet(QStringLiteral("global.timeout")).value, "60");
    const Expected<EffectiveSetting> extra =
        pip.config().effectiveSetting(QStringLiteral("global.extra-index-url"));
    EXPECT_EQ(extra->values.size(), 2);
    pip.expectAgrees(QStringLiteral("global.extra-index-url"));
    pip.expectAgrees(QStringLiteral("global.timeout"));
}

TEST(PipConfigRealClient, AgreesOnFilesWrittenByPipConfigSet)
{
    PipHome pip;
    const QString python = TestHome::pythonProgram();
    auto pipSet = [&](const QString &key, const QString &value) {
        const ProcessResult result =
            pip.home.run(python, {QStringLiteral("-m"), QStringLiteral("pip"),
                                  QStringLiteral("config"), QStringLiteral("set"), key, value});
        ASSERT_EQ(result.exitCode, 0) << result.err.constData();
    };
    pipSet(kIndex, QStringLiteral("https://mirrors.aliyun.com/pypi/simple/"));
    pipSet(QStringLiteral("global.extra-index-url"),
           QStringLiteral("https://a.example/simple\nhttps://b.example/simple"));
    pipSet(QStringLiteral("global.trusted-host"), QStringLiteral("a.example b.example"));
    pipSet(QStringLiteral("install.timeout"), QStringLiteral("5"));
    for (const QString &key :
         {kIndex, QStringLiteral("global.extra-index-url"), QStringLiteral("global.trusted-host"),
          QStringLiteral("global.timeout")})
        pip.expectAgrees(key);
    // And our edit of pip's tab-indented form is read back by pip.
    ASSERT_TRUE(pip.apply(
        pip.config().planSet(QStringLiteral("global.extra-index-url"),
                             QStringLiteral("https://c.example/simple https://a.example/simple"))));
    EXPECT_EQ(PipConf::splitValues(pip.pipGet(QStringLiteral("global.extra-index-url")).value),
              (QStringList{QStringLiteral("https://c.example/simple"),
                           QStringLiteral("https://a.example/simple")}));
    EXPECT_TRUE(pip.userBytes().contains("\n\thttps://a.example/simple"));
}

TEST(PipConfigRealClient, GlobalLevelFromXdgConfigDirs)
{
    PipHome pip;
    pip.home.writeFile(QStringLiteral("xdg/pip/pip.conf"),
                       "[global]\nindex-url = https://global.example/simple\n");
    pip.home.variables().insert(QStringLiteral("XDG_CONFIG_DIRS"),
                                pip.home.path(QStringLiteral("xdg")));
    // `pip config get` reads only the user file; `pip config list` merges every level.
    EXPECT_FALSE(pip.pipGet(kIndex).present);
    pip.expectAgrees(kIndex, {}, true);
    EXPECT_EQ(pip.config().effectiveSetting(kIndex)->source.level, "global");
    // The user file wins over it.
    ASSERT_TRUE(
        pip.apply(pip.config().planSet(kIndex, QStringLiteral("https://user.example/simple"))));
    pip.expectAgrees(kIndex, {}, true);
    EXPECT_EQ(pip.config().effectiveSetting(kIndex)->source.level, "user");
}

TEST(PipConfigRealClient, TrustedHostsOfLowerLevelAreKeptWhenUserFileTakesOver)
{
    // pip does not merge a key across files: once the user file has trusted-host, the global
    // file's list no longer counts, so MirrorDeck carries it over.
    PipHome pip;
    pip.home.writeFile(QStringLiteral("xdg/pip/pip.conf"),
                       "[global]\ntrusted-host = corp.example\n");
    pip.home.variables().insert(QStringLiteral("XDG_CONFIG_DIRS"),
                                pip.home.path(QStringLiteral("xdg")));
    ASSERT_TRUE(
        pip.apply(pip.config().planSet(kIndex, QStringLiteral("http://mirror.example/simple"))));
    EXPECT_EQ(PipConf::splitValues(pip.pipList(QStringLiteral("global.trusted-host")).value),
              (QStringList{QStringLiteral("corp.example"), QStringLiteral("mirror.example")}));
    pip.expectAgrees(QStringLiteral("global.trusted-host"), {}, true);
    // A host the lower level already trusts needs no line at all.
    PipHome covered;
    covered.home.writeFile(QStringLiteral("xdg/pip/pip.conf"),
                           "[global]\ntrusted-host = mirror.example\n");
    covered.home.variables().insert(QStringLiteral("XDG_CONFIG_DIRS"),
                                    covered.home.path(QStringLiteral("xdg")));
    const Expected<ConfigChange> change =
        covered.config().planSet(kIndex, QStringLiteral("http://mirror.example:8080/simple"));
    ASSERT_TRUE(change.hasValue());
    EXPECT_EQ(change->keyChanges.size(), 1);
}

TEST(PipConfigPlans, UseMirrorOfAnotherEcosystemIsRefused)
{
    PipHome pip;
    Mirror mirror;
    mirror.id = QStringLiteral("goproxy-cn");
    mirror.ecosystem = QStringLiteral("go");
    mirror.url = QStringLiteral("https://goproxy.cn");
    EXPECT_EQ(pip.config().planUseMirror(mirror).error().kind, CoreError::Kind::Usage);
}

TEST(PipConfigRealClient, ExistingPipConfigFileIsTheFileEdited)
{
    PipHome pip;
    pip.writeUserFile("[global]\nindex-url = https://ignored.example/simple\n");
    pip.home.writeFile(QStringLiteral("custom.conf"), "[global]\ntimeout = 9\n");
    pip.home.variables().insert(QStringLiteral("PIP_CONFIG_FILE"),
                                pip.home.path(QStringLiteral("custom.conf")));
    EXPECT_EQ(*pip.config().userConfigPath(), pip.home.path(QStringLiteral("custom.conf")));
    pip.expectAgrees(kIndex, {}, true); // pip skips the user file: default
    ASSERT_TRUE(
        pip.apply(pip.config().planSet(kIndex, QStringLiteral("https://env.example/simple"))));
    EXPECT_EQ(pip.pipList(kIndex).value, "https://env.example/simple");
    pip.expectAgrees(kIndex, {}, true);
    EXPECT_EQ(pip.home.readFile(QStringLiteral("custom.conf")),
              "[global]\ntimeout = 9\nindex-url = https://env.example/simple\n");
}

TEST(PipConfigShadows, EnvironmentVariableOverridesAndIsReported)
{
    PipHome pip;
    pip.writeUserFile("[global]\nindex-url = https://file.example/simple\ntimeout = 30\n");
    pip.home.variables().insert(QStringLiteral("PIP_INDEX_URL"),
                                QStringLiteral("https://env.example/simple"));
    pip.home.variables().insert(QStringLiteral("PIP_DEFAULT_TIMEOUT"), QStringLiteral("180"));
    const Expected<EffectiveSetting> index = pip.config().effectiveSetting(kIndex);
    ASSERT_TRUE(index.hasValue());
    EXPECT_EQ(index->value, "https://env.example/simple");
    EXPECT_EQ(index->source.kind, SettingSource::Kind::Environment);
    EXPECT_EQ(index->userFileLine, 2);
    ASSERT_EQ(index->shadows.size(), 1);
    EXPECT_EQ(index->shadows.first().kind, Shadow::Kind::ProcessEnvironment);
    EXPECT_EQ(index->shadows.first().variable, "PIP_INDEX_URL");
    // PIP_DEFAULT_TIMEOUT is pip's alias of --timeout.
    const Expected<EffectiveSetting> timeout =
        pip.config().effectiveSetting(QStringLiteral("global.timeout"));
    ASSERT_EQ(timeout->shadows.size(), 1);
    EXPECT_EQ(timeout->shadows.first().variable, "PIP_DEFAULT_TIMEOUT");
    EXPECT_EQ(timeout->value, "180");
    EXPECT_EQ(timeout->source.variable, "PIP_DEFAULT_TIMEOUT");
    pip.home.variables().insert(QStringLiteral("PIP_TIMEOUT"), QStringLiteral("20"));
    EXPECT_EQ(pip.config().effectiveSetting(QStringLiteral("global.timeout"))->value, "20");
    // An empty variable is ignored by pip.
    pip.home.variables().insert(QStringLiteral("PIP_INDEX_URL"), QString());
    EXPECT_EQ(pip.config().effectiveSetting(kIndex)->value, "https://file.example/simple");
}

TEST(PipConfigShadows, ShellStartupExportIsReported)
{
    PipHome pip;
    pip.home.writeFile(QStringLiteral(".bashrc"),
                       "alias ll='ls -l'\nexport PIP_INDEX_URL=https://shell.example/simple\n");
    const Expected<EffectiveSetting> setting = pip.config().effectiveSetting(kIndex);
    ASSERT_EQ(setting->shadows.size(), 1);
    EXPECT_EQ(setting->shadows.first().kind, Shadow::Kind::ShellStartup);
    EXPECT_EQ(setting->shadows.first().line, 2);
    EXPECT_EQ(setting->shadows.first().value, "https://shell.example/simple");
}

TEST(PipConfigShadows, CommandSectionsAndLaterFilesAreReported)
{
    PipHome pip;
    pip.writeUserFile("[global]\nindex-url = https://user.example/simple\n");
    pip.home.writeFile(QStringLiteral("venv/pip.conf"),
                       "[global]\nindex-url = https://site.example/simple\n\n[install]\nindex-url "
                       "= https://install.example/simple\n");
    pip.home.variables().insert(QStringLiteral("VIRTUAL_ENV"),
                                pip.home.path(QStringLiteral("venv")));
    const Expected<EffectiveSetting> setting = pip.config().effectiveSetting(kIndex);
    ASSERT_TRUE(setting.hasValue());
    EXPECT_EQ(setting->value, "https://site.example/simple");
    EXPECT_EQ(setting->source.level, "site");
    ASSERT_EQ(setting->shadows.size(), 2);
    EXPECT_EQ(setting->shadows.at(0).kind, Shadow::Kind::HigherLevelFile);
    EXPECT_EQ(setting->shadows.at(0).line, 2);
    EXPECT_EQ(setting->shadows.at(1).variable, "install.index-url");
    EXPECT_EQ(setting->shadows.at(1).line, 5);
}

TEST(PipConfigShadows, DefaultSectionLeakingIntoInstallIsReported)
{
    PipHome pip;
    pip.writeUserFile("[DEFAULT]\nindex-url = https://d.example/simple\n[global]\nindex-url = "
                      "https://g.example/simple\n[install]\nuser = true\n");
    const Expected<EffectiveSetting> setting = pip.config().effectiveSetting(kIndex);
    ASSERT_EQ(setting->shadows.size(), 1);
    EXPECT_EQ(setting->shadows.first().variable, "install.index-url");
    EXPECT_EQ(setting->shadows.first().line, 2);
}

TEST(PipConfigPlans, SameValueIsNoOpAndUnknownKeyRefused)
{
    PipHome pip;
    pip.writeUserFile("[global]\nindex-url = https://a.example/simple\n");
    EXPECT_TRUE(
        pip.config()
            .planSet(QStringLiteral("global.index_url"), QStringLiteral("https://a.example/simple"))
            ->isNoOp());
    EXPECT_TRUE(pip.config().planUnset(QStringLiteral("global.timeout"))->isNoOp());
    EXPECT_EQ(
        pip.config().planSet(QStringLiteral("global.cert"), QStringLiteral("/x")).error().kind,
        CoreError::Kind::UnknownKey);
    EXPECT_EQ(pip.config().planSet(kIndex, QStringLiteral("pypi.org/simple")).error().kind,
              CoreError::Kind::InvalidValue);
}

TEST(PipConfigPlans, UnsetOfValueFromDefaultSectionIsRefused)
{
    PipHome pip;
    const QByteArray before =
        "[DEFAULT]\nindex-url = https://d.example/simple\n[global]\ntimeout = 1\n";
    pip.writeUserFile(before);
    const Expected<ConfigChange> change = pip.config().planUnset(kIndex);
    ASSERT_FALSE(change.hasValue());
    EXPECT_EQ(change.error().line, 2);
    EXPECT_EQ(pip.userBytes(), before);
}

TEST(PipConfigBadInput, RefusedFilesAreNamedWithLineAndLeftAlone)
{
    struct Case
    {
        const char *name;
        QByteArray bytes;
        int line;
    };
    const QList<Case> cases = {
        {"nul", QByteArray("[global]\nindex-url = https://a\n\0x\n", 33), 3},
        {"invalid utf-8", "[global]\n# \xFF\xFE\nindex-url = https://a\n", 2},
        {"duplicate", "[global]\ntimeout = 1\ntimeout = 2\n", 3},
        {"too large", "[global]\n" + QByteArray(1100 * 1024, '#') + "\n", 0},
    };
    for (const Case &c : cases) {
        PipHome pip;
        pip.writeUserFile(c.bytes);
        const Expected<ConfigChange> change =
            pip.config().planSet(kIndex, QStringLiteral("https://n.example/simple"));
        ASSERT_FALSE(change.hasValue()) << c.name;
        EXPECT_EQ(change.error().filePath, pip.userFile()) << c.name;
        EXPECT_EQ(change.error().line, c.line) << c.name;
        EXPECT_FALSE(pip.config().planUnset(kIndex).hasValue()) << c.name;
        EXPECT_EQ(pip.userBytes(), c.bytes) << c.name;
    }
}

TEST(PipConfigBadInput, ReadOnlyFileAndDirectoryAreLeftAlone)
{
    PipHome pip;
    const QByteArray before = "[global]\nindex-url = https://a.example/simple\n";
    pip.writeUserFile(before);
    QFile::setPermissions(pip.userFile(), QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    EXPECT_FALSE(pip.apply(pip.config().planSet(kIndex, QStringLiteral("https://n.example/simple")))
                     .hasValue());
    EXPECT_EQ(pip.userBytes(), before);

    QFile::setPermissions(pip.userFile(), QFileDevice::Permissions());
    const Expected<ConfigChange> unreadable =
        pip.config().planSet(kIndex, QStringLiteral("https://n.example/simple"));
    ASSERT_FALSE(unreadable.hasValue());
    EXPECT_EQ(unreadable.error().filePath, pip.userFile());

    QFile::setPermissions(pip.userFile(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    EXPECT_EQ(pip.userBytes(), before);
    const QString dir = QFileInfo(pip.userFile()).absolutePath();
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    const Expected<QString> result =
        pip.apply(pip.config().planSet(kIndex, QStringLiteral("https://n.example/simple")));
    QFile::setPermissions(dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    EXPECT_FALSE(result.hasValue());
    EXPECT_EQ(pip.userBytes(), before);
}

TEST(PipConfigBadInput, UnparsableGlobalFileMakesEffectiveValueAnErrorLikePip)
{
    PipHome pip;
    pip.home.writeFile(QStringLiteral("xdg/pip/pip.conf"), "[global]\nx = 1\nx = 2\n");
    pip.home.variables().insert(QStringLiteral("XDG_CONFIG_DIRS"),
                                pip.home.path(QStringLiteral("xdg")));
    EXPECT_NE(pip.runPip({QStringLiteral("config"), QStringLiteral("list")}).exitCode, 0);
    const Expected<EffectiveSetting> setting = pip.config().effectiveSetting(kIndex);
    ASSERT_FALSE(setting.hasValue());
    EXPECT_EQ(setting.error().line, 3);
    EXPECT_EQ(setting.error().filePath, pip.home.path(QStringLiteral("xdg/pip/pip.conf")));
}

TEST(PipConfigPlans, DevNullConfigFileHasNoFileToEdit)
{
    PipHome pip;
    pip.home.variables().insert(QStringLiteral("PIP_CONFIG_FILE"), QStringLiteral("/dev/null"));
    EXPECT_FALSE(pip.config().userConfigPath().hasValue());
    EXPECT_FALSE(
        pip.config().planSet(kIndex, QStringLiteral("https://n.example/simple")).hasValue());
    pip.expectAgrees(kIndex, {}, true);
}

// Item: plain-HTTP indexes and trusted-host stay in step, so TLS checks are never left off.
TEST(PipConfigRealClient, TrustedHostMirrorDeckAddedGoesAwayWithTheHttpIndex)
{
    PipHome pip;
    pip.writeUserFile("[global]\n");
    ASSERT_TRUE(
        pip.apply(pip.config().planSet(kIndex, QStringLiteral("http://mirror.example/simple"))));
    EXPECT_EQ(pip.pipGet(QStringLiteral("global.trusted-host")).value, "mirror.example");

    // A switch to https:// needs no trusted host any more.
    const Expected<ConfigChange> https =
        pip.config().planSet(kIndex, QStringLiteral("https://mirror.example/simple"));
    ASSERT_TRUE(https.hasValue());
    EXPECT_FALSE(https->notes.isEmpty());
    ASSERT_TRUE(pip.apply(https));
    EXPECT_FALSE(pip.pipGet(QStringLiteral("global.trusted-host")).present);
    EXPECT_EQ(pip.userBytes(), "[global]\nindex-url = https://mirror.example/simple\n");

    // Unset of an http index takes its trusted host along.
    ASSERT_TRUE(
        pip.apply(pip.config().planSet(kIndex, QStringLiteral("http://mirror.example/simple"))));
    ASSERT_TRUE(pip.apply(pip.config().planUnset(kIndex)));
    EXPECT_FALSE(pip.pipGet(QStringLiteral("global.trusted-host")).present);
    EXPECT_FALSE(pip.pipGet(kIndex).present);
}

TEST(PipConfigRealClient, TrustedHostStillNeededByAnExtraIndexStays)
{
    PipHome pip;
    pip.writeUserFile("[global]\nindex-url = http://mirror.example/simple\n"
                      "extra-index-url = http://mirror.example/extra\n"
                      "trusted-host = mirror.example\n");
    ASSERT_TRUE(pip.apply(pip.config().planSet(kIndex, QStringLiteral("https://pypi.org/simple"))));
    EXPECT_EQ(pip.pipGet(QStringLiteral("global.trusted-host")).value, "mirror.example");
}

TEST(PipConfigRealClient, HttpExtraIndexIsTrustedLikeTheIndex)
{
    PipHome pip;
    const Expected<ConfigChange> change = pip.config().planSet(
        QStringLiteral("global.extra-index-url"),
        QStringLiteral("https://a.example/simple http://b.example:8080/simple"));
    ASSERT_TRUE(change.hasValue());
    ASSERT_TRUE(pip.apply(change));
    EXPECT_EQ(pip.pipGet(QStringLiteral("global.trusted-host")).value, "b.example:8080");
    // And dropping that extra index drops its host again.
    ASSERT_TRUE(pip.apply(pip.config().planSet(QStringLiteral("global.extra-index-url"),
                                               QStringLiteral("https://a.example/simple"))));
    EXPECT_FALSE(pip.pipGet(QStringLiteral("global.trusted-host")).present);
}

TEST(PipConfigPlans, InstallSectionTrustedHostOverrideIsNamedInTheNotes)
{
    PipHome pip;
    pip.writeUserFile("[global]\n[install]\ntrusted-host = other.example\n");
    const Expected<ConfigChange> change =
        pip.config().planSet(kIndex, QStringLiteral("http://mirror.example/simple"));
    ASSERT_TRUE(change.hasValue());
    const QString notes = change->notes.join(QLatin1Char('\n'));
    EXPECT_TRUE(notes.contains(QLatin1String("[install] trusted-host"))) << notes.toStdString();
    EXPECT_TRUE(notes.contains(pip.userFile())) << notes.toStdString();
}

TEST(PipConfigPlans, HostTrustedByALowerFileIsNeverRemoved)
{
    PipHome pip;
    pip.home.writeFile(QStringLiteral("xdg/pip/pip.conf"),
                       "[global]\ntrusted-host = mirror.example\n");
    pip.home.variables().insert(QStringLiteral("XDG_CONFIG_DIRS"),
                                pip.home.path(QStringLiteral("xdg")));
    pip.writeUserFile("[global]\nindex-url = http://mirror.example/simple\n"
                      "trusted-host = mirror.example\n");
    const Expected<ConfigChange> change = pip.config().planUnset(kIndex);
    ASSERT_TRUE(change.hasValue());
    EXPECT_TRUE(change->after.contains("trusted-host = mirror.example"));
}

TEST(PipConfigRealClient, InvalidUtf8EvenInACommentIsRefusedLikePip)
{
    PipHome pip;
    const QByteArray bytes("[global]\n# caf\xE9\nindex-url = https://a.example/simple\n");
    pip.writeUserFile(bytes);
    // pip decodes the whole file strictly and refuses it.
    const ProcessResult list = pip.runPip({QStringLiteral("config"), QStringLiteral("list")});
    EXPECT_NE(list.exitCode, 0);
    EXPECT_TRUE(list.err.toLower().contains("invalid utf-8")) << list.err.constData();
    const Expected<ConfigChange> change =
        pip.config().planSet(kIndex, QStringLiteral("https://b.example/simple"));
    ASSERT_FALSE(change);
    EXPECT_EQ(change.error().kind, CoreError::Kind::BadFile);
    EXPECT_EQ(change.error().line, 2);
    EXPECT_FALSE(pip.config().effectiveSetting(kIndex));
    EXPECT_EQ(pip.userBytes(), bytes);
}

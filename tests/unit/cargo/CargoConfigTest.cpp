// CargoConfig: where cargo looks (judged by the real cargo), the effective mirror with its
// project-file shadows, `use` and unset as exact bytes, and validation as strict as cargo's.

#include "CargoTestSupport.h"

#include "config/ConfigWriter.h"
#include "ecosystems/cargo/CargoConfig.h"
#include "ecosystems/cargo/CargoConfigPaths.h"

#include <gtest/gtest.h>

using namespace cargotest;

namespace {

const QString kReplaceWith = QStringLiteral("source.crates-io.replace-with");
const QString kUstc = QStringLiteral("sparse+https://mirrors.ustc.edu.cn/crates.io-index/");
const QString kTuna =
    QStringLiteral("sparse+https://mirrors.tuna.tsinghua.edu.cn/crates.io-index/");

void apply(const Expected<ConfigChange> &change)
{
    ASSERT_TRUE(change.hasValue()) << change.error().toString().toStdString();
    ConfigWriter writer(nullptr);
    const Expected<QString> written = writer.apply(*change);
    ASSERT_TRUE(written.hasValue()) << written.error().toString().toStdString();
}

Mirror mirrorAt(const QString &url)
{
    Mirror m;
    m.id = QStringLiteral("test");
    m.ecosystem = QStringLiteral("cargo");
    m.protocol = QStringLiteral("cargo-sparse");
    m.url = url;
    m.name = url;
    return m;
}

// The bytes planEdits makes of `before` (pure: nothing on disk but an empty TestHome).
QByteArray planned(const QByteArray &before, const KeyEdits &edits, QString *error = nullptr)
{
    TestHome home;
    const CargoConfig config(home.toolEnvironment());
    EditInput input;
    input.path = home.path(QStringLiteral(".cargo/config.toml"));
    input.exists = !before.isNull();
    input.bytes = before;
    const Expected<EditOutcome> outcome = config.planEdits(input, edits);
    if (!outcome) {
        if (error)
            *error = outcome.error().message;
        return QByteArrayLiteral("<error>");
    }
    return outcome->after;
}

QByteArray plannedUse(const QByteArray &before, const QString &url)
{
    TestHome home;
    const CargoConfig config(home.toolEnvironment());
    EditInput input;
    input.path = home.path(QStringLiteral(".cargo/config.toml"));
    input.exists = !before.isNull();
    input.bytes = before;
    const Expected<KeyEdits> edits = config.mirrorEdits(mirrorAt(url), input);
    if (!edits)
        return QByteArrayLiteral("<error>");
    const Expected<EditOutcome> outcome = config.planEdits(input, *edits);
    return outcome ? outcome->after : QByteArrayLiteral("<error>");
}

} // namespace

TEST(CargoConfigPaths, UserFileIsCargoHomeConfigTomlAndLegacyConfigWinsLikeCargo)
{
    TestHome home;
    prepare(home);
    const CargoConfigPaths paths(home.toolEnvironment());
    EXPECT_EQ(paths.cargoHome(), home.path(QStringLiteral(".cargo")));
    EXPECT_EQ(paths.userFile(), home.path(QStringLiteral(".cargo/config.toml")));
    home.writeFile(QStringLiteral(".cargo/config"), "[source.crates-io]\nreplace-with = 'a'\n"
                                                    "[source.a]\nregistry = 'sparse+https://a/'\n");
    EXPECT_EQ(paths.userFile(), home.path(QStringLiteral(".cargo/config")));
    // Both: cargo reads the one without extension (and warns); so does MirrorDeck.
    home.writeFile(QStringLiteral(".cargo/config.toml"),
                   "[source.crates-io]\nreplace-with = 'b'\n[source.b]\nregistry = "
                   "'sparse+https://b/'\n");
    EXPECT_EQ(paths.userFile(), home.path(QStringLiteral(".cargo/config")));
    const CargoConfig config(home.toolEnvironment());
    const Expected<EffectiveSetting> setting = config.effectiveSetting(kReplaceWith);
    ASSERT_TRUE(setting) << setting.error().message.toStdString();
    EXPECT_EQ(setting->value, "a");
    const QList<Cargo> cargos = realCargos();
    CARGOTEST_REQUIRE_CARGO(cargos);
    for (const Cargo &cargo : cargos)
        EXPECT_EQ(configValue(configGet(home, cargo, kReplaceWith)), "a")
            << cargo.label.toStdString();
}

TEST(CargoConfigPaths, CargoHomeVariableMovesTheUserFile)
{
    TestHome home;
    home.variables().insert(QStringLiteral("CARGO_HOME"), home.path(QStringLiteral("ch")));
    EXPECT_EQ(CargoConfigPaths(home.toolEnvironment()).userFile(),
              home.path(QStringLiteral("ch/config.toml")));
    home.variables().insert(QStringLiteral("CARGO_HOME"), QStringLiteral("rel"));
    EXPECT_EQ(CargoConfigPaths(home.toolEnvironment()).cargoHome(),
              home.path(QStringLiteral("work/rel")));
}

TEST(CargoConfig, ProjectFilesOverrideTheUserFileDeeperFirstAsCargoReadsThem)
{
    TestHome home;
    prepare(home);
    home.writeFile(QStringLiteral(".cargo/config.toml"),
                   "[source.crates-io]\nreplace-with = \"ustc\"\n\n[source.ustc]\nregistry = \"" +
                       kUstc.toUtf8() + "\"\n");
    const CargoConfig before(home.toolEnvironment());
    EXPECT_EQ(before.mirrorKey(), "source.ustc.registry");
    Expected<EffectiveSetting> mirror = before.effectiveSetting(before.mirrorKey());
    ASSERT_TRUE(mirror);
    EXPECT_EQ(mirror->value, kUstc);
    EXPECT_EQ(mirror->source.line, 5);
    EXPECT_EQ(mirror->userFileLine, 5);
    EXPECT_TRUE(mirror->shadows.isEmpty());

    // A project a level above the working directory names another replacement.
    home.writeFile(QStringLiteral("work/.cargo/config.toml"),
                   "[source.crates-io]\nreplace-with = \"tuna\"\n[source.tuna]\nregistry = \"" +
                       kTuna.toUtf8() + "\"\n");
    const CargoConfig config(home.toolEnvironment());
    EXPECT_EQ(config.mirrorKey(), "source.tuna.registry");
    mirror = config.effectiveSetting(config.mirrorKey());
    ASSERT_TRUE(mirror);
    EXPECT_EQ(mirror->value, kTuna);
    EXPECT_EQ(mirror->source.level, "project");
    ASSERT_FALSE(mirror->shadows.isEmpty());
    EXPECT_EQ(mirror->shadows.first().kind, Shadow::Kind::HigherLevelFile);
    EXPECT_EQ(mirror->shadows.first().filePath,
              home.path(QStringLiteral("work/.cargo/config.toml")));
    const Expected<EffectiveSetting> replace = config.effectiveSetting(kReplaceWith);
    ASSERT_TRUE(replace);
    EXPECT_EQ(replace->value, "tuna");
    EXPECT_EQ(replace->userFileLine, 2);
    const QList<Cargo> cargos = realCargos();
    CARGOTEST_REQUIRE_CARGO(cargos);
    for (const Cargo &cargo : cargos) {
        EXPECT_EQ(configValue(configGet(home, cargo, kReplaceWith)), "tuna");
        EXPECT_EQ(configValue(configGet(home, cargo, QStringLiteral("source.tuna.registry"))),
                  kTuna);
    }
}

TEST(CargoConfig, NothingReplacesCratesIoByDefault)
{
    TestHome home;
    const CargoConfig config(home.toolEnvironment());
    EXPECT_EQ(config.mirrorKey(), "source.mirror.registry");
    const Expected<EffectiveSetting> mirror = config.effectiveSetting(config.mirrorKey());
    ASSERT_TRUE(mirror);
    EXPECT_TRUE(mirror->isDefault);
    EXPECT_EQ(mirror->value, CargoConfig::cratesIoIndex());
    const Expected<EffectiveSetting> protocol =
        config.effectiveSetting(QStringLiteral("registries.crates-io.protocol"));
    ASSERT_TRUE(protocol);
    EXPECT_EQ(protocol->value, "sparse");
}

TEST(CargoConfig, ProtocolVariableOverridesTheFile)
{
    TestHome home;
    home.writeFile(QStringLiteral(".cargo/config.toml"),
                   "[registries.crates-io]\nprotocol = \"sparse\"\n");
    home.variables().insert(QStringLiteral("CARGO_REGISTRIES_CRATES_IO_PROTOCOL"),
                            QStringLiteral("git"));
    const Expected<EffectiveSetting> protocol =
        CargoConfig(home.toolEnvironment())
            .effectiveSetting(QStringLiteral("registries.crates-io.protocol"));
    ASSERT_TRUE(protocol);
    EXPECT_EQ(protocol->value, "git");
    EXPECT_EQ(protocol->source.kind, SettingSource::Kind::Environment);
    EXPECT_EQ(protocol->userFileLine, 2);
}

TEST(CargoConfigEdits, UseOnAnEmptyFileWritesBothTables)
{
    EXPECT_EQ(plannedUse(QByteArray(), kUstc),
              "[source.mirror]\nregistry = \"" + kUstc.toUtf8() +
                  "\"\n\n[source.crates-io]\nreplace-with = \"mirror\"\n");
}

TEST(CargoConfigEdits, UseReusesTheUsersReplacementNameAndKeepsEverythingElse)
{
    const QByteArray before = "# mirrors\n[source.crates-io]\nreplace-with = 'ustc' # fast\n\n"
                              "[source.ustc]\nregistry = \"" +
                              kUstc.toUtf8() + "\"\n\n[net]\nretry = 3\n";
    QByteArray expected = before;
    expected.replace(kUstc.toUtf8(), kTuna.toUtf8());
    EXPECT_EQ(plannedUse(before, kTuna), expected);
    // The same mirror again: nothing changes.
    EXPECT_EQ(plannedUse(before, kUstc), before);
}

TEST(CargoConfigEdits, UnsetOfTheMirrorRestoresCratesIoAndRemovesWhatUseAdded)
{
    const QByteArray used = plannedUse("[net]\nretry = 3\n", kUstc);
    ASSERT_NE(used, "<error>");
    EXPECT_EQ(planned(used, {KeyEdit::remove(QStringLiteral("source.mirror.registry"))}),
              "[net]\nretry = 3\n");
    // A user's own source table with more in it stays; only replace-with and the URL go.
    const QByteArray own = "[source.crates-io]\nreplace-with = \"m\"\nextra = 1\n[source.m]\n"
                           "registry = \"" +
                           kUstc.toUtf8() + "\"\n";
    EXPECT_EQ(planned(own, {KeyEdit::remove(QStringLiteral("source.m.registry"))}),
              "[source.crates-io]\nextra = 1\n");
}

TEST(CargoConfigEdits, CrlfBomAndNoFinalNewlineAreKept)
{
    const QByteArray before = "\xEF\xBB\xBF[source.crates-io]\r\nreplace-with = \"ustc\"\r\n\r\n"
                              "[source.ustc]\r\nregistry = \"" +
                              kUstc.toUtf8() + "\"";
    QByteArray expected = before;
    expected.replace(kUstc.toUtf8(), kTuna.toUtf8());
    EXPECT_EQ(plannedUse(before, kTuna), expected);
}

TEST(CargoConfigValidation, AsStrictAsCargo)
{
    TestHome home;
    const CargoConfig config(home.toolEnvironment());
    const QString key = QStringLiteral("source.mirror.registry");
    EXPECT_TRUE(config.validate(key, kUstc));
    EXPECT_TRUE(config.validate(key, QStringLiteral("sparse+http://127.0.0.1:8080/index/")));
    EXPECT_TRUE(
        config.validate(key, QStringLiteral("https://github.com/rust-lang/crates.io-index")));
    EXPECT_TRUE(config.validate(key, QStringLiteral("git://mirrors.ustc.edu.cn/crates.io-index")));
    EXPECT_TRUE(config.validate(key, QStringLiteral("ssh://git@example.com/index.git")));
    // Cargo: "sparse registry url must end in a slash".
    EXPECT_FALSE(
        config.validate(key, QStringLiteral("sparse+https://mirrors.ustc.edu.cn/crates.io-index")));
    EXPECT_FALSE(config.validate(key, QStringLiteral("sparse+ftp://x.example/index/")));
    EXPECT_FALSE(config.validate(key, QStringLiteral("sparse+https:///index/")));
    EXPECT_FALSE(config.validate(key, QStringLiteral("git@github.com:rust-lang/crates.io-index")));
    EXPECT_FALSE(config.validate(key, QStringLiteral("mirrors.ustc.edu.cn/crates.io-index")));
    EXPECT_FALSE(config.validate(key, QStringLiteral(" sparse+https://x.example/ ")));
    EXPECT_FALSE(config.validate(QStringLiteral("source.crates-io.registry"), kUstc));
    EXPECT_FALSE(config.validate(QStringLiteral("source.a b.registry"), kUstc));
    EXPECT_TRUE(config.validate(kReplaceWith, QStringLiteral("rsproxy-sparse")));
    EXPECT_FALSE(config.validate(kReplaceWith, QStringLiteral("crates-io")));
    EXPECT_FALSE(config.validate(kReplaceWith, QString()));
    EXPECT_TRUE(config.validate(QStringLiteral("registries.crates-io.protocol"), "git"));
    EXPECT_FALSE(config.validate(QStringLiteral("registries.crates-io.protocol"), "Sparse"));
    EXPECT_FALSE(config.validate(QStringLiteral("build.jobs"), "8"));
}

TEST(CargoConfigEdits, ReplaceWithASourceNoFileDefinesIsRefused)
{
    QString error;
    EXPECT_EQ(planned("[net]\nretry = 3\n", {KeyEdit::set(kReplaceWith, QStringLiteral("nowhere"))},
                      &error),
              "<error>");
    EXPECT_TRUE(error.contains(QStringLiteral("[source.nowhere]"))) << error.toStdString();
}

TEST(CargoConfig, SetAndUseAreWhatTheRealCargoReads)
{
    const QList<Cargo> cargos = realCargos();
    CARGOTEST_REQUIRE_CARGO(cargos);
    for (const Cargo &cargo : cargos) {
        TestHome home;
        prepare(home);
        home.writeFile(QStringLiteral(".cargo/config.toml"), "# my settings\n[build]\njobs = 2\n");
        const CargoConfig config(home.toolEnvironment());
        apply(config.planUseMirror(mirrorAt(kUstc)));
        EXPECT_EQ(configValue(configGet(home, cargo, kReplaceWith)), "mirror")
            << cargo.label.toStdString();
        EXPECT_EQ(configValue(configGet(home, cargo, QStringLiteral("source.mirror.registry"))),
                  kUstc);
        EXPECT_EQ(configValue(configGet(home, cargo, QStringLiteral("build.jobs"))), "2");
        const CargoConfig after(home.toolEnvironment());
        apply(after.planUnset(after.mirrorKey()));
        EXPECT_EQ(home.readFile(QStringLiteral(".cargo/config.toml")),
                  "# my settings\n[build]\njobs = 2\n");
        EXPECT_NE(configGet(home, cargo, kReplaceWith).exitCode, 0);
    }
}

TEST(CargoConfig, ACargoHomeExportedAtShellStartUpIsAShadow)
{
    TestHome home;
    home.writeFile(QStringLiteral(".bashrc"), "# rc\nexport CARGO_HOME=/opt/cargo\n");
    const CargoConfig config(home.toolEnvironment());
    const Expected<EffectiveSetting> mirror = config.effectiveSetting(config.mirrorKey());
    ASSERT_TRUE(mirror);
    ASSERT_EQ(mirror->shadows.size(), 1);
    EXPECT_EQ(mirror->shadows.first().kind, Shadow::Kind::ShellStartup);
    EXPECT_EQ(mirror->shadows.first().variable, "CARGO_HOME");
    EXPECT_EQ(mirror->shadows.first().line, 2);
}

TEST(CargoConfigValidation, ASparseUrlWithoutTheSlashIsRefusedByMirrorDeckAndByRealCargo)
{
    const QString noSlash = QStringLiteral("sparse+http://127.0.0.1:9/index");
    TestHome home;
    prepare(home);
    EXPECT_FALSE(CargoConfig(home.toolEnvironment())
                     .validate(QStringLiteral("source.mirror.registry"), noSlash));
    const QList<Cargo> cargos = realCargos();
    CARGOTEST_REQUIRE_CARGO(cargos);
    // Written by hand, as a user would: each cargo stops before any request.
    home.writeFile(QStringLiteral(".cargo/config.toml"),
                   "[source.crates-io]\nreplace-with = \"mirror\"\n[source.mirror]\nregistry = \"" +
                       noSlash.toUtf8() + "\"\n");
    home.writeFile(QStringLiteral("work/Cargo.toml"),
                   "[package]\nname = \"demo\"\nversion = \"0.1.0\"\n\n[dependencies]\n"
                   "md-tiny = \"1\"\n");
    home.writeFile(QStringLiteral("work/src/lib.rs"), "\n");
    for (const Cargo &cargo : cargos) {
        const ProcessResult lock = run(home, cargo, {QStringLiteral("generate-lockfile")}, 60000);
        EXPECT_NE(lock.exitCode, 0) << cargo.label.toStdString();
        EXPECT_TRUE(lock.err.contains("must end in a slash")) << lock.err.data();
    }
}

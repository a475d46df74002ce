// mirrordeck-cli on Cargo end to end: status, get, set, use, unset, history, restore and list
// against a temporary HOME, judged by the real cargo; and a real `cargo generate-lockfile` and
// `cargo fetch` of a tiny project through a loopback sparse mirror switched to with `use`.

#include "integration/probe/MirrorServerProcess.h"
#include "support/ProcessAssertions.h"
#include "unit/cargo/CargoTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace cargotest;

namespace {

const QString kUstc = QStringLiteral("sparse+https://mirrors.ustc.edu.cn/crates.io-index/");
const QString kReplaceWith = QStringLiteral("source.crates-io.replace-with");
const QString kConfig = QStringLiteral(".cargo/config.toml");

QJsonObject parseJson(const ProcessResult &result)
{
    return QJsonDocument::fromJson(result.out).object();
}

QJsonObject cargoIn(const QJsonObject &document)
{
    for (const QJsonValue &eco : document.value(QStringLiteral("ecosystems")).toArray()) {
        if (eco.toObject().value(QStringLiteral("id")).toString() == QLatin1String("cargo"))
            return eco.toObject();
    }
    return {};
}

QStringList cli(const char *a, const char *b = nullptr, const char *c = nullptr,
                const char *d = nullptr)
{
    QStringList list;
    for (const char *s : {a, b, c, d}) {
        if (s)
            list << QString::fromUtf8(s);
    }
    return list;
}

} // namespace

TEST(CargoCli, UseByCatalogIdThenGetStatusAndListShowTheMirror)
{
    TestHome home;
    prepare(home);
    home.writeFile(kConfig, "# mine\n[net]\nretry = 3\n");
    ASSERT_TRUE(succeeded(home.cli(cli("use", "cargo", "ustc-crates"))));
    EXPECT_EQ(home.readFile(kConfig), "# mine\n[net]\nretry = 3\n\n[source.mirror]\nregistry = \"" +
                                          kUstc.toUtf8() +
                                          "\"\n\n[source.crates-io]\nreplace-with = \"mirror\"\n");
    const ProcessResult get = home.cli(cli("get", "cargo", "source.mirror.registry"));
    ASSERT_TRUE(succeeded(get));
    EXPECT_EQ(get.outText(), kUstc);
    EXPECT_EQ(home.cli(cli("get", "cargo", "source.crates-io.replace-with")).outText(), "mirror");

    const ProcessResult status = home.cli(cli("status", "--json"));
    ASSERT_TRUE(succeeded(status));
    const QJsonObject cargo = cargoIn(parseJson(status));
    ASSERT_FALSE(cargo.isEmpty()) << status.outText().toStdString();
    EXPECT_EQ(cargo.value(QStringLiteral("user_file")).toString(), home.path(kConfig));
    bool sawMirror = false;
    for (const QJsonValue &setting : cargo.value(QStringLiteral("settings")).toArray()) {
        const QJsonObject o = setting.toObject();
        if (o.value(QStringLiteral("key")).toString() != QLatin1String("source.mirror.registry"))
            continue;
        sawMirror = true;
        EXPECT_EQ(o.value(QStringLiteral("value")).toString(), kUstc);
        EXPECT_EQ(
            o.value(QStringLiteral("source")).toObject().value(QStringLiteral("line")).toInt(), 6);
    }
    EXPECT_TRUE(sawMirror) << status.outText().toStdString();

    const ProcessResult list = home.cli(cli("list", "cargo", "--json"));
    ASSERT_TRUE(succeeded(list));
    const QJsonObject listed = cargoIn(parseJson(list));
    EXPECT_EQ(listed.value(QStringLiteral("in_use")).toString(), "ustc-crates")
        << list.outText().toStdString();
    EXPECT_EQ(listed.value(QStringLiteral("key")).toString(), "source.mirror.registry");
    EXPECT_GE(listed.value(QStringLiteral("mirrors")).toArray().size(), 6);

    const QList<Cargo> cargos = realCargos();
    CARGOTEST_REQUIRE_CARGO(cargos);
    for (const Cargo &c : cargos) {
        EXPECT_EQ(configValue(configGet(home, c, kReplaceWith)), "mirror");
        EXPECT_EQ(configValue(configGet(home, c, QStringLiteral("source.mirror.registry"))), kUstc);
        EXPECT_EQ(configValue(configGet(home, c, QStringLiteral("net.retry"))), "3");
    }
}

TEST(CargoCli, WithoutAReplacementListMarksCratesIoInUse)
{
    TestHome home;
    const ProcessResult list = home.cli(cli("list", "cargo", "--json"));
    ASSERT_TRUE(succeeded(list));
    EXPECT_EQ(cargoIn(parseJson(list)).value(QStringLiteral("in_use")).toString(), "crates-io")
        << list.outText().toStdString();
    EXPECT_EQ(home.cli(cli("get", "cargo", "source.mirror.registry")).outText(),
              "sparse+https://index.crates.io/");
}

TEST(CargoCli, SetRefusesWhatCargoWouldRefuseAndLeavesTheFileAlone)
{
    TestHome home;
    const QByteArray original = "[source.crates-io]\r\nreplace-with = 'ustc'\r\n[source.ustc]\r\n"
                                "registry = \"" +
                                kUstc.toUtf8() + "\"";
    home.writeFile(kConfig, original);
    const ProcessResult noSlash = home.cli(
        {QStringLiteral("set"), QStringLiteral("cargo"), QStringLiteral("source.ustc.registry"),
         QStringLiteral("sparse+https://mirrors.ustc.edu.cn/crates.io-index")});
    EXPECT_NE(noSlash.exitCode, 0);
    EXPECT_TRUE(QString::fromUtf8(noSlash.err).contains(QStringLiteral("/"))) << noSlash.err.data();
    EXPECT_NE(home.cli(cli("set", "cargo", "source.crates-io.replace-with", "nowhere")).exitCode,
              0);
    EXPECT_EQ(home.readFile(kConfig), original);
    // A valid set changes the one value, CRLF and the missing final newline kept.
    ASSERT_TRUE(succeeded(home.cli(
        {QStringLiteral("set"), QStringLiteral("cargo"), QStringLiteral("source.ustc.registry"),
         QStringLiteral("sparse+https://mirrors.tuna.tsinghua.edu.cn/crates.io-index/")})));
    QByteArray expected = original;
    expected.replace(kUstc.toUtf8(),
                     "sparse+https://mirrors.tuna.tsinghua.edu.cn/crates.io-index/");
    EXPECT_EQ(home.readFile(kConfig), expected);
}

TEST(CargoCli, UnsetHistoryAndRestore)
{
    TestHome home;
    prepare(home);
    const QByteArray original = "# keep me\n[build]\njobs = 4\n";
    home.writeFile(kConfig, original);
    ASSERT_TRUE(succeeded(home.cli(cli("use", "cargo", "tuna-crates"))));
    const QByteArray used = home.readFile(kConfig);
    ASSERT_TRUE(succeeded(home.cli(cli("unset", "cargo", "source.mirror.registry"))));
    EXPECT_EQ(home.readFile(kConfig), original);

    const ProcessResult history = home.cli(cli("history", "cargo", "--json"));
    ASSERT_TRUE(succeeded(history));
    const QJsonArray entries = parseJson(history).value(QStringLiteral("entries")).toArray();
    ASSERT_EQ(entries.size(), 2) << history.outText().toStdString();
    // Entry 2 (the unset) restored: the file as `use` left it; entry 1 (the use): the original.
    ASSERT_TRUE(succeeded(home.cli(cli("restore", "cargo", "2"))));
    EXPECT_EQ(home.readFile(kConfig), used);
    ASSERT_TRUE(succeeded(home.cli(cli("restore", "cargo", "1"))));
    EXPECT_EQ(home.readFile(kConfig), original);
    const QList<Cargo> cargos = realCargos();
    CARGOTEST_REQUIRE_CARGO(cargos);
    for (const Cargo &c : cargos)
        EXPECT_NE(configGet(home, c, kReplaceWith).exitCode, 0);
}

// The whole path: `use` with a loopback sparse URL, then the real cargo resolves and downloads a
// crate through it — the index file at cargo's path, config.json's dl, the .crate and its sha256
// all as a real registry serves them. Nothing else is reachable (no proxy variables, no other
// host in the config), so a lock file proves the mirror was used.
TEST(CargoCli, RealCargoLocksAndFetchesThroughTheMirrorUseSwitchedTo)
{
    const QList<Cargo> cargos = realCargos();
    CARGOTEST_REQUIRE_CARGO(cargos);
    MirrorServerProcess server;
    ASSERT_TRUE(server.start({QStringLiteral("loop:cargo:dl=markers")}))
        << server.errorString().toStdString();
    for (const Cargo &c : cargos) {
        SCOPED_TRACE(c.label.toStdString());
        TestHome home;
        prepare(home);
        home.writeFile(QStringLiteral("work/Cargo.toml"),
                       "[package]\nname = \"demo\"\nversion = \"0.1.0\"\nedition = \"2018\"\n\n"
                       "[dependencies]\nmd-tiny = \"1.0\"\n");
        home.writeFile(QStringLiteral("work/src/lib.rs"), "pub use md_tiny::answer;\n");
        ASSERT_TRUE(succeeded(home.cli(
            {QStringLiteral("use"), QStringLiteral("cargo"), server.url(QStringLiteral("loop"))})));
        const ProcessResult lock = run(home, c, {QStringLiteral("generate-lockfile")});
        ASSERT_TRUE(succeeded(lock));
        const QByteArray lockFile = home.readFile(QStringLiteral("work/Cargo.lock"));
        EXPECT_TRUE(lockFile.contains("name = \"md-tiny\"\nversion = \"1.0.29\""))
            << lockFile.data();
        EXPECT_TRUE(lockFile.contains("checksum = ")) << lockFile.data();
        const ProcessResult fetch = run(home, c, {QStringLiteral("fetch")});
        ASSERT_TRUE(succeeded(fetch));
        EXPECT_TRUE(QString::fromUtf8(fetch.err).contains(QStringLiteral("md-tiny")))
            << fetch.err.data();
        EXPECT_FALSE(QDir(home.path(QStringLiteral(".cargo/registry/cache")))
                         .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                         .isEmpty());
    }
}

// The acceptance test of the ecosystem descriptors: a toy tool defined in this folder alone and
// registered with one line (ToyCliMain.cpp) shows up in every CLI command — status, get/set, the
// catalog, the probe — while the shipped mirrordeck-cli does not know it.

#include "integration/probe/MirrorServerProcess.h"
#include "support/ProcessAssertions.h"
#include "support/TestHome.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace {

const QString kToyCli = QStringLiteral(MIRRORDECK_TOY_CLI_PATH);
const QString kToyCatalog = QStringLiteral(MIRRORDECK_SOURCE_DIR "/tests/toy/toy-catalog.json");

ProcessResult toy(const TestHome &home, const QStringList &arguments)
{
    return home.run(kToyCli, arguments);
}

QJsonObject ecosystemInStatus(const ProcessResult &status, const QString &id)
{
    const QJsonArray all =
        QJsonDocument::fromJson(status.out).object().value(QStringLiteral("ecosystems")).toArray();
    for (const QJsonValue &value : all) {
        if (value.toObject().value(QStringLiteral("id")).toString() == id)
            return value.toObject();
    }
    return {};
}

} // namespace

TEST(ToyEcosystem, StatusListsTheToyWithItsUserFileAndKeys)
{
    TestHome home;
    home.writeFile(QStringLiteral(".toyrc"), "TOY_MIRROR=http://127.0.0.1:9/toy-a\n");
    const ProcessResult status = toy(home, {QStringLiteral("status"), QStringLiteral("--json")});
    ASSERT_TRUE(succeeded(status));
    const QJsonObject toyStatus = ecosystemInStatus(status, QStringLiteral("toy"));
    ASSERT_FALSE(toyStatus.isEmpty()) << status.outText().toStdString();
    EXPECT_EQ(toyStatus.value(QStringLiteral("name")).toString(), QStringLiteral("Toy"));
    EXPECT_EQ(toyStatus.value(QStringLiteral("user_file")).toString(),
              home.path(QStringLiteral(".toyrc")));
    const QJsonArray settings = toyStatus.value(QStringLiteral("settings")).toArray();
    ASSERT_EQ(settings.size(), 3);
    EXPECT_EQ(settings.at(0).toObject().value(QStringLiteral("value")).toString(),
              QStringLiteral("http://127.0.0.1:9/toy-a"));
    // The real tools are still there, after the built-in ones' order.
    EXPECT_FALSE(ecosystemInStatus(status, QStringLiteral("go")).isEmpty());
}

TEST(ToyEcosystem, TheShippedCliDoesNotKnowTheToy)
{
    TestHome home;
    const ProcessResult status = home.cli({QStringLiteral("status"), QStringLiteral("--json")});
    ASSERT_TRUE(succeeded(status));
    EXPECT_TRUE(ecosystemInStatus(status, QStringLiteral("toy")).isEmpty());
    EXPECT_FALSE(ecosystemInStatus(status, QStringLiteral("go")).isEmpty());
    EXPECT_NE(home.cli({QStringLiteral("get"), QStringLiteral("toy"), QStringLiteral("TOY_MIRROR")})
                  .exitCode,
              0);
}

TEST(ToyEcosystem, SetAndGetEditTheToysFileLosslessly)
{
    TestHome home;
    home.writeFile(QStringLiteral(".toyrc"), "# the toy's settings\nTOY_STRICT=true\n");
    ASSERT_TRUE(
        succeeded(toy(home, {QStringLiteral("set"), QStringLiteral("toy"),
                             QStringLiteral("TOY_HOSTS"), QStringLiteral("a.example,b.example")})));
    EXPECT_EQ(home.readFile(QStringLiteral(".toyrc")),
              QByteArray("# the toy's settings\nTOY_STRICT=true\nTOY_HOSTS=a.example,b.example\n"));
    const ProcessResult get =
        toy(home, {QStringLiteral("get"), QStringLiteral("toy"), QStringLiteral("TOY_HOSTS")});
    ASSERT_TRUE(succeeded(get));
    EXPECT_EQ(get.outText(), QStringLiteral("a.example,b.example"));

    // The toy's own validation speaks through the CLI, and nothing is written.
    const ProcessResult bad = toy(home, {QStringLiteral("set"), QStringLiteral("toy"),
                                         QStringLiteral("TOY_STRICT"), QStringLiteral("maybe")});
    EXPECT_NE(bad.exitCode, 0);
    EXPECT_TRUE(QString::fromUtf8(bad.err).contains(QLatin1String("true or false")));
    EXPECT_EQ(home.readFile(QStringLiteral(".toyrc")),
              QByteArray("# the toy's settings\nTOY_STRICT=true\nTOY_HOSTS=a.example,b.example\n"));
}

TEST(ToyEcosystem, TheCatalogAcceptsToyMirrorsAndTheirOwnField)
{
    TestHome home;
    ASSERT_TRUE(
        succeeded(toy(home, {QStringLiteral("--catalog"), kToyCatalog, QStringLiteral("use"),
                             QStringLiteral("toy"), QStringLiteral("toy-mirror-a")})));
    EXPECT_EQ(home.readFile(QStringLiteral(".toyrc")),
              QByteArray("TOY_MIRROR=http://127.0.0.1:9/toy-a\n"));

    // "channel" is the toy's field: the real CLI, without the toy, refuses the catalog.
    const ProcessResult real =
        home.cli({QStringLiteral("--catalog"), kToyCatalog, QStringLiteral("use"),
                  QStringLiteral("npm"), QStringLiteral("npm-upstream")});
    EXPECT_NE(real.exitCode, 0);
    EXPECT_TRUE(QString::fromUtf8(real.err).contains(QLatin1String("toy")))
        << real.err.toStdString();

    // The toy's descriptor validates its field.
    home.writeFile(QStringLiteral("bad.json"), R"({"mirrors": [
      {"id": "t", "ecosystem": "toy", "url": "http://127.0.0.1:9/t", "name": "T", "name_zh": "T",
       "channel": "nightly"}]})");
    const ProcessResult bad =
        toy(home, {QStringLiteral("--catalog"), home.path(QStringLiteral("bad.json")),
                   QStringLiteral("use"), QStringLiteral("toy"), QStringLiteral("t")});
    EXPECT_NE(bad.exitCode, 0);
    EXPECT_TRUE(QString::fromUtf8(bad.err).contains(QLatin1String("stable or beta")))
        << bad.err.toStdString();
}

TEST(ToyEcosystem, ProbeMeasuresToyMirrorsThroughTheToysProtocol)
{
    // npm-format loopback mirrors, filed in a catalog as toy mirrors.
    MirrorServerProcess server;
    ASSERT_TRUE(
        server.start({QStringLiteral("toy-up:npm:official=1"), QStringLiteral("toy-fast:npm"),
                      QStringLiteral("toy-down:npm:fault=refused")},
                     {QStringLiteral("--artifact-size"), QStringLiteral("100000")}))
        << server.errorString().toStdString();
    QJsonArray mirrors;
    for (const QString &id :
         {QStringLiteral("toy-up"), QStringLiteral("toy-fast"), QStringLiteral("toy-down")}) {
        mirrors.append(QJsonObject{{QStringLiteral("id"), id},
                                   {QStringLiteral("ecosystem"), QStringLiteral("toy")},
                                   {QStringLiteral("url"), server.url(id)},
                                   {QStringLiteral("name"), id},
                                   {QStringLiteral("name_zh"), id},
                                   {QStringLiteral("official"), id == QLatin1String("toy-up")}});
    }
    TestHome home;
    home.writeFile(QStringLiteral("toy-probe.json"),
                   QJsonDocument(QJsonObject{{QStringLiteral("mirrors"), mirrors}}).toJson());

    const ProcessResult probe =
        toy(home, {QStringLiteral("--catalog"), home.path(QStringLiteral("toy-probe.json")),
                   QStringLiteral("probe"), QStringLiteral("toy"), QStringLiteral("--json"),
                   QStringLiteral("--timeout"), QStringLiteral("5")});
    ASSERT_TRUE(succeeded(probe));
    const QJsonObject doc = QJsonDocument::fromJson(probe.out).object();
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &r : doc.value(QStringLiteral("results")).toArray())
        byId.insert(r.toObject().value(QStringLiteral("id")).toString(), r.toObject());
    ASSERT_EQ(byId.size(), 3) << probe.outText().toStdString();
    EXPECT_TRUE(byId.value(QStringLiteral("toy-fast")).value(QStringLiteral("ok")).toBool());
    EXPECT_EQ(byId.value(QStringLiteral("toy-fast")).value(QStringLiteral("ecosystem")).toString(),
              QStringLiteral("toy"));
    EXPECT_FALSE(byId.value(QStringLiteral("toy-fast"))
                     .value(QStringLiteral("latest"))
                     .toString()
                     .isEmpty());
    EXPECT_FALSE(byId.value(QStringLiteral("toy-down")).value(QStringLiteral("ok")).toBool());
    EXPECT_FALSE(doc.value(QStringLiteral("recommended"))
                     .toObject()
                     .value(QStringLiteral("toy"))
                     .toString()
                     .isEmpty());
}

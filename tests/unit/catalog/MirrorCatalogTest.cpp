// Loading and validating mirror lists (--catalog files, the user's file) and looking mirrors up.

#include "catalog/MirrorCatalog.h"
#include "catalog/MirrorJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace {

class MirrorCatalogTest : public ::testing::Test
{
protected:
    QString write(const QByteArray &content, const QString &name = QStringLiteral("catalog.json"))
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        return path;
    }

    QTemporaryDir m_dir;
};

const QByteArray kTwoMirrors = R"({
  "version": 1,
  "mirrors": [
    {"id": "up", "ecosystem": "npm", "url": "http://127.0.0.1:4873/", "name": "Upstream",
     "name_zh": "上游", "official": true},
    {"id": "local", "ecosystem": "pip", "url": "http://127.0.0.1:8080/simple",
     "name": "Local", "name_zh": "本地", "official": false, "colour": "teal"}
  ]
})";

} // namespace

TEST_F(MirrorCatalogTest, LoadFile_ReadsEntriesInOrder)
{
    Expected<QList<Mirror>> mirrors = MirrorCatalog::loadFile(write(kTwoMirrors));
    ASSERT_TRUE(mirrors) << mirrors.error().toString().toStdString();
    ASSERT_EQ(mirrors->size(), 2);
    EXPECT_EQ(mirrors->at(0).id, QStringLiteral("up"));
    EXPECT_TRUE(mirrors->at(0).official);
    EXPECT_EQ(mirrors->at(1).nameZh, QStringLiteral("本地"));
    EXPECT_FALSE(mirrors->at(1).userDefined);
}

TEST_F(MirrorCatalogTest, LoadFile_DuplicateIdNamesFileEntryAndLine)
{
    const QString path = write(R"({"mirrors": [
  {"id": "a", "ecosystem": "go", "url": "https://a.example", "name": "A", "name_zh": "甲"},
  {"id": "a", "ecosystem": "go", "url": "https://b.example", "name": "B", "name_zh": "乙"}
]})");
    Expected<QList<Mirror>> mirrors = MirrorCatalog::loadFile(path);
    ASSERT_FALSE(mirrors);
    EXPECT_EQ(mirrors.error().filePath, path);
    EXPECT_EQ(mirrors.error().line, 3); // the second entry, the duplicate
    EXPECT_TRUE(mirrors.error().message.contains(QLatin1String("Entry 2")));
    EXPECT_TRUE(mirrors.error().message.contains(QLatin1String("\"a\"")));
    EXPECT_TRUE(mirrors.error().toString().startsWith(path + QLatin1String(":3: ")));
}

TEST_F(MirrorCatalogTest, LoadFile_RejectsUnknownEcosystemNamingTheEntry)
{
    Expected<QList<Mirror>> mirrors = MirrorCatalog::loadFile(write(R"({"mirrors": [
  {"id": "crates", "ecosystem": "no-such-tool", "url": "https://c.example", "name": "C", "name_zh": "丙"}
]})"));
    ASSERT_FALSE(mirrors);
    EXPECT_TRUE(mirrors.error().message.contains(QLatin1String("crates")));
    EXPECT_TRUE(mirrors.error().message.contains(QLatin1String("no-such-tool")));
    EXPECT_EQ(mirrors.error().line, 2);
}

TEST_F(MirrorCatalogTest, LoadFile_RejectsUrlsThatAreNotHttpWithAHost)
{
    for (const char *url :
         {"ftp://mirror.example/simple", "file:///srv/pypi", "mirror.example", "https://"}) {
        const QByteArray json =
            QByteArray(R"({"mirrors": [{"id": "x", "ecosystem": "pip", "url": ")") + url +
            R"(", "name": "X", "name_zh": "X"}]})";
        Expected<QList<Mirror>> mirrors = MirrorCatalog::loadFile(write(json));
        ASSERT_FALSE(mirrors) << url;
        EXPECT_TRUE(mirrors.error().message.contains(QString::fromUtf8(url))) << url;
    }
}

TEST_F(MirrorCatalogTest, LoadFile_ReportsEachMissingRequiredField)
{
    for (const char *field : {"id", "ecosystem", "url", "name", "name_zh"}) {
        QJsonObject entry{{QStringLiteral("id"), QStringLiteral("x")},
                          {QStringLiteral("ecosystem"), QStringLiteral("go")},
                          {QStringLiteral("url"), QStringLiteral("https://x.example")},
                          {QStringLiteral("name"), QStringLiteral("X")},
                          {QStringLiteral("name_zh"), QStringLiteral("X")}};
        entry.remove(QString::fromLatin1(field));
        const QJsonObject root{{QStringLiteral("mirrors"), QJsonArray{entry}}};
        Expected<QList<Mirror>> mirrors =
            MirrorCatalog::loadFile(write(QJsonDocument(root).toJson()));
        ASSERT_FALSE(mirrors) << field;
        EXPECT_TRUE(mirrors.error().message.contains(QString::fromLatin1(field))) << field;
        EXPECT_TRUE(mirrors.error().message.contains(QLatin1String("Entry 1"))) << field;
    }
}

TEST_F(MirrorCatalogTest, LoadFile_RejectsWrongTypes)
{
    Expected<QList<Mirror>> official = MirrorCatalog::loadFile(write(R"({"mirrors": [
  {"id": "x", "ecosystem": "go", "url": "https://x.example", "name": "X", "name_zh": "X",
   "official": "yes"}]})"));
    ASSERT_FALSE(official);
    EXPECT_TRUE(official.error().message.contains(QLatin1String("official")));

    Expected<QList<Mirror>> url = MirrorCatalog::loadFile(write(R"({"mirrors": [
  {"id": "x", "ecosystem": "go", "url": 42, "name": "X", "name_zh": "X"}]})"));
    ASSERT_FALSE(url);
    EXPECT_TRUE(url.error().message.contains(QLatin1String("\"url\" must be a string")));
}

TEST_F(MirrorCatalogTest, LoadFile_SumdbOnlyForGo)
{
    Expected<QList<Mirror>> mirrors = MirrorCatalog::loadFile(write(R"({"mirrors": [
  {"id": "x", "ecosystem": "npm", "url": "https://x.example/", "name": "X", "name_zh": "X",
   "sumdb": "sum.golang.org"}]})"));
    ASSERT_FALSE(mirrors);
    EXPECT_TRUE(mirrors.error().message.contains(QLatin1String("sumdb")));
}

TEST_F(MirrorCatalogTest, GoSumdbIsAnOptionThatRoundTripsAsTheSameField)
{
    const QByteArray json = R"({"mirrors": [
  {"id": "g", "ecosystem": "go", "url": "https://g.example", "name": "G", "name_zh": "G",
   "sumdb": "sum.golang.org https://g.example/sumdb/sum.golang.org"},
  {"id": "h", "ecosystem": "go", "url": "https://h.example", "name": "H", "name_zh": "H"}]})";
    Expected<QList<Mirror>> mirrors = MirrorCatalog::loadFile(write(json));
    ASSERT_TRUE(mirrors);
    EXPECT_EQ(mirrors->at(0).option(QStringLiteral("sumdb")),
              QStringLiteral("sum.golang.org https://g.example/sumdb/sum.golang.org"));
    EXPECT_TRUE(mirrors->at(0).extra.isEmpty());
    const QJsonObject g = MirrorJson::toJson(mirrors->at(0));
    EXPECT_EQ(g.value(QStringLiteral("sumdb")).toString(),
              QStringLiteral("sum.golang.org https://g.example/sumdb/sum.golang.org"));
    // Go mirrors always carried the field, empty when there is no checksum proxy.
    EXPECT_EQ(MirrorJson::toJson(mirrors->at(1)).value(QStringLiteral("sumdb")),
              QJsonValue(QString()));
    EXPECT_FALSE(g.contains(QStringLiteral("protocol")));
    Expected<QList<Mirror>> again =
        MirrorJson::parseDocument(MirrorJson::toDocument(*mirrors), QStringLiteral("again.json"));
    ASSERT_TRUE(again);
    EXPECT_EQ(again->at(0).options, mirrors->at(0).options);
}

TEST_F(MirrorCatalogTest, LoadFile_GoDescriptorValidatesTheSumdbValue)
{
    Expected<QList<Mirror>> mirrors = MirrorCatalog::loadFile(write(R"({"mirrors": [
  {"id": "g", "ecosystem": "go", "url": "https://g.example", "name": "G", "name_zh": "G",
   "sumdb": "sum.golang.org ftp://nowhere"}]})"));
    ASSERT_FALSE(mirrors);
    EXPECT_TRUE(mirrors.error().message.contains(QLatin1String("sumdb")));
}

TEST_F(MirrorCatalogTest, ProtocolIsDerivedFromTheEcosystemOrMustMatchIt)
{
    Expected<QList<Mirror>> derived = MirrorCatalog::loadFile(write(kTwoMirrors));
    ASSERT_TRUE(derived);
    EXPECT_EQ(derived->at(0).protocol, QStringLiteral("npm-registry"));
    EXPECT_EQ(derived->at(1).protocol, QStringLiteral("pypi-simple"));

    Expected<QList<Mirror>> wrong = MirrorCatalog::loadFile(write(R"({"mirrors": [
  {"id": "x", "ecosystem": "npm", "protocol": "pypi-simple", "url": "https://x.example/",
   "name": "X", "name_zh": "X"}]})"));
    ASSERT_FALSE(wrong);
    EXPECT_TRUE(wrong.error().message.contains(QLatin1String("npm-registry")));
}

TEST_F(MirrorCatalogTest, LoadFile_InvalidJsonReportsTheLine)
{
    const QString path = write("{\n  \"mirrors\": [\n    {\"id\": \"x\",,}\n  ]\n}\n");
    Expected<QList<Mirror>> mirrors = MirrorCatalog::loadFile(path);
    ASSERT_FALSE(mirrors);
    EXPECT_EQ(mirrors.error().kind, CoreError::Kind::BadFile);
    EXPECT_EQ(mirrors.error().line, 3);
    EXPECT_EQ(mirrors.error().filePath, path);
}

TEST_F(MirrorCatalogTest, LoadFile_RejectsDocumentsWithoutMirrorsArray)
{
    for (const QByteArray &json :
         {QByteArray("[]"), QByteArray(R"({"mirrors": {}})"), QByteArray(R"({"mirrors": [1]})")}) {
        Expected<QList<Mirror>> mirrors = MirrorCatalog::loadFile(write(json));
        EXPECT_FALSE(mirrors) << json.toStdString();
    }
}

TEST_F(MirrorCatalogTest, LoadFile_RefusesANewerFormatVersion)
{
    Expected<QList<Mirror>> mirrors =
        MirrorCatalog::loadFile(write(R"({"version": 2, "mirrors": []})"));
    ASSERT_FALSE(mirrors);
    EXPECT_TRUE(mirrors.error().message.contains(QLatin1String("version 2")));
}

TEST_F(MirrorCatalogTest, LoadFile_MissingFileIsAnIoErrorNamingThePath)
{
    const QString path = m_dir.filePath(QStringLiteral("nope.json"));
    Expected<QList<Mirror>> mirrors = MirrorCatalog::loadFile(path);
    ASSERT_FALSE(mirrors);
    EXPECT_EQ(mirrors.error().kind, CoreError::Kind::Io);
    EXPECT_EQ(mirrors.error().filePath, path);
}

TEST_F(MirrorCatalogTest, UnknownFieldsSurviveARoundTrip)
{
    Expected<QList<Mirror>> mirrors = MirrorCatalog::loadFile(write(kTwoMirrors));
    ASSERT_TRUE(mirrors);
    EXPECT_EQ(mirrors->at(1).extra.value(QStringLiteral("colour")).toString(),
              QStringLiteral("teal"));
    Expected<QList<Mirror>> again =
        MirrorJson::parseDocument(MirrorJson::toDocument(*mirrors), QStringLiteral("mem"));
    ASSERT_TRUE(again) << again.error().toString().toStdString();
    ASSERT_EQ(again->size(), 2);
    EXPECT_EQ(again->at(1).extra.value(QStringLiteral("colour")).toString(),
              QStringLiteral("teal"));
    EXPECT_EQ(again->at(0).url, mirrors->at(0).url);
    EXPECT_EQ(again->at(0).official, true);
}

TEST_F(MirrorCatalogTest, Load_CatalogFileReplacesTheBuiltInOne)
{
    Expected<MirrorCatalog> catalog = MirrorCatalog::load(write(kTwoMirrors));
    ASSERT_TRUE(catalog) << catalog.error().toString().toStdString();
    EXPECT_EQ(catalog->size(), 2);
    EXPECT_FALSE(catalog->contains(QStringLiteral("tuna")));

    Expected<MirrorCatalog> builtIn = MirrorCatalog::load(QString());
    ASSERT_TRUE(builtIn) << builtIn.error().toString().toStdString();
    EXPECT_TRUE(builtIn->contains(QStringLiteral("tuna")));
}

TEST_F(MirrorCatalogTest, Load_BadCatalogFileFailsInsteadOfFallingBack)
{
    Expected<MirrorCatalog> catalog = MirrorCatalog::load(write("not json"));
    EXPECT_FALSE(catalog);
}

TEST_F(MirrorCatalogTest, Lookups)
{
    Expected<MirrorCatalog> catalog = MirrorCatalog::load(write(kTwoMirrors));
    ASSERT_TRUE(catalog);
    EXPECT_EQ(catalog->find(QStringLiteral("local"))->ecosystem, QStringLiteral("pip"));
    EXPECT_FALSE(catalog->find(QStringLiteral("missing")).has_value());
    EXPECT_EQ(catalog->byEcosystem(QStringLiteral("npm")).size(), 1);
    EXPECT_TRUE(catalog->byEcosystem(QStringLiteral("go")).isEmpty());
    EXPECT_EQ(catalog->official(QStringLiteral("npm"))->id, QStringLiteral("up"));
    EXPECT_FALSE(catalog->official(QStringLiteral("pip")).has_value());
    // Config files hold the URL with or without the trailing slash, and any host case.
    EXPECT_EQ(
        catalog->findByUrl(QStringLiteral("npm"), QStringLiteral("HTTP://127.0.0.1:4873"))->id,
        QStringLiteral("up"));
    EXPECT_EQ(
        catalog->findByUrl(QStringLiteral("pip"), QStringLiteral("http://127.0.0.1:8080/simple/"))
            ->id,
        QStringLiteral("local"));
    EXPECT_FALSE(
        catalog->findByUrl(QStringLiteral("pip"), QStringLiteral("http://127.0.0.1:8080/SIMPLE")));
    EXPECT_FALSE(
        catalog->findByUrl(QStringLiteral("go"), QStringLiteral("http://127.0.0.1:4873/")));
}

TEST_F(MirrorCatalogTest, AddUserMirrors_MarksThemAndSkipsClashingIds)
{
    MirrorCatalog catalog(*MirrorCatalog::loadFile(write(kTwoMirrors)));
    Mirror mine;
    mine.id = QStringLiteral("corp");
    mine.ecosystem = QStringLiteral("npm");
    mine.url = QStringLiteral("https://npm.corp.example/");
    mine.name = QStringLiteral("Corp");
    mine.nameZh = QStringLiteral("公司");
    Mirror clash = mine;
    clash.id = QStringLiteral("local");
    const QList<CoreError> skipped =
        catalog.addUserMirrors({mine, clash}, QStringLiteral("/cfg/user-mirrors.json"));
    ASSERT_EQ(skipped.size(), 1);
    EXPECT_TRUE(skipped.at(0).message.contains(QLatin1String("\"local\"")));
    EXPECT_EQ(skipped.at(0).filePath, QStringLiteral("/cfg/user-mirrors.json"));
    EXPECT_EQ(catalog.size(), 3);
    EXPECT_TRUE(catalog.find(QStringLiteral("corp"))->userDefined);
    EXPECT_EQ(catalog.find(QStringLiteral("local"))->url,
              QStringLiteral("http://127.0.0.1:8080/simple"));
}

TEST(MirrorTest, DisplayNameFollowsTheUiLanguage)
{
    Mirror m;
    m.name = QStringLiteral("TUNA");
    m.nameZh = QStringLiteral("清华大学 TUNA 镜像");
    EXPECT_EQ(m.displayName(QStringLiteral("zh_CN")), m.nameZh);
    EXPECT_EQ(m.displayName(QStringLiteral("en")), m.name);
}

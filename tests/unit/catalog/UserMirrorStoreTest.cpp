// The user's own mirrors: persisted in a config dir, same fields as the catalog, ids distinct
// from the catalog's, http(s) only, unknown fields kept.

#include "catalog/UserMirrorStore.h"
#include "catalog/MirrorCatalog.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace {

Mirror corp(const QString &id = QStringLiteral("corp"))
{
    Mirror m;
    m.id = id;
    m.ecosystem = QStringLiteral("npm");
    m.url = QStringLiteral("https://npm.corp.example/");
    m.name = QStringLiteral("Company registry");
    m.nameZh = QStringLiteral("公司私有仓库");
    return m;
}

class UserMirrorStoreTest : public ::testing::Test
{
protected:
    UserMirrorStore store() const
    {
        return UserMirrorStore({QStringLiteral("tuna"), QStringLiteral("npmmirror")},
                               m_dir.filePath(QStringLiteral("config")));
    }
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(UserMirrorStoreTest, MissingFileIsAnEmptyList)
{
    Expected<QList<Mirror>> mirrors = store().load();
    ASSERT_TRUE(mirrors);
    EXPECT_TRUE(mirrors->isEmpty());
}

TEST_F(UserMirrorStoreTest, DefaultDirectoryIsTheAppConfigDir)
{
    const UserMirrorStore defaulted({});
    EXPECT_EQ(defaulted.directory(), UserMirrorStore::defaultDirectory());
    EXPECT_FALSE(defaulted.directory().isEmpty());
}

TEST_F(UserMirrorStoreTest, AddPersistsAcrossInstances)
{
    ASSERT_TRUE(store().add(corp()));
    EXPECT_TRUE(QFile::exists(store().filePath()));
    Expected<QList<Mirror>> mirrors = store().load();
    ASSERT_TRUE(mirrors) << mirrors.error().toString().toStdString();
    ASSERT_EQ(mirrors->size(), 1);
    EXPECT_EQ(mirrors->at(0).url, QStringLiteral("https://npm.corp.example/"));
    EXPECT_EQ(mirrors->at(0).nameZh, QStringLiteral("公司私有仓库"));
    EXPECT_TRUE(mirrors->at(0).userDefined);
    // The file is a mirror list like the catalog, so --catalog can read it too.
    Expected<QList<Mirror>> asCatalog = MirrorCatalog::loadFile(store().filePath());
    ASSERT_TRUE(asCatalog);
    EXPECT_EQ(asCatalog->at(0).id, QStringLiteral("corp"));
}

TEST_F(UserMirrorStoreTest, AddFillsMissingChineseNameAndNeverMarksOfficial)
{
    Mirror m = corp();
    m.nameZh.clear();
    m.official = true;
    ASSERT_TRUE(store().add(m));
    const Mirror saved = store().load()->at(0);
    EXPECT_EQ(saved.nameZh, m.name);
    EXPECT_FALSE(saved.official);
}

TEST_F(UserMirrorStoreTest, AddRejectsACatalogId)
{
    Expected<void> added = store().add(corp(QStringLiteral("tuna")));
    ASSERT_FALSE(added);
    EXPECT_EQ(added.error().kind, CoreError::Kind::Conflict);
    EXPECT_TRUE(added.error().message.contains(QLatin1String("\"tuna\"")));
    EXPECT_FALSE(QFile::exists(store().filePath()));
}

TEST_F(UserMirrorStoreTest, AddRejectsADuplicateUserId)
{
    ASSERT_TRUE(store().add(corp()));
    Expected<void> again = store().add(corp());
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().kind, CoreError::Kind::Conflict);
    EXPECT_EQ(store().load()->size(), 1);
}

TEST_F(UserMirrorStoreTest, AddAcceptsOnlyHttpAndHttps)
{
    Mirror plain = corp(QStringLiteral("intranet"));
    plain.url = QStringLiteral("http://10.0.0.5:4873/"); // private registries often have no TLS
    EXPECT_TRUE(store().add(plain));
    for (const QString &url :
         {QStringLiteral("ftp://npm.corp.example/"), QStringLiteral("file:///srv/npm"),
          QStringLiteral("npm.corp.example"), QStringLiteral("javascript:alert(1)")}) {
        Mirror bad = corp(QStringLiteral("bad"));
        bad.url = url;
        Expected<void> added = store().add(bad);
        ASSERT_FALSE(added) << url.toStdString();
        EXPECT_EQ(added.error().kind, CoreError::Kind::InvalidValue);
    }
    EXPECT_EQ(store().load()->size(), 1);
}

TEST_F(UserMirrorStoreTest, AddRejectsBadIdsAndEcosystems)
{
    Mirror spaces = corp(QStringLiteral("my mirror"));
    EXPECT_FALSE(store().add(spaces));
    Mirror unknown = corp(QStringLiteral("crates"));
    unknown.ecosystem = QStringLiteral("no-such-tool");
    EXPECT_FALSE(store().add(unknown));
    Mirror noName = corp(QStringLiteral("nameless"));
    noName.name = QStringLiteral("  ");
    EXPECT_FALSE(store().add(noName));
}

TEST_F(UserMirrorStoreTest, UpdateChangesFieldsAndMayRename)
{
    ASSERT_TRUE(store().add(corp()));
    ASSERT_TRUE(store().add(corp(QStringLiteral("other"))));
    Mirror edited = corp(QStringLiteral("corp-eu"));
    edited.url = QStringLiteral("https://eu.npm.corp.example/");
    ASSERT_TRUE(store().update(QStringLiteral("corp"), edited));
    const QList<Mirror> mirrors = *store().load();
    ASSERT_EQ(mirrors.size(), 2);
    EXPECT_EQ(mirrors.at(0).id, QStringLiteral("corp-eu")); // keeps its place in the list
    EXPECT_EQ(mirrors.at(0).url, QStringLiteral("https://eu.npm.corp.example/"));

    // Renaming onto another user mirror or a catalog id is refused.
    EXPECT_FALSE(store().update(QStringLiteral("corp-eu"), corp(QStringLiteral("other"))));
    EXPECT_FALSE(store().update(QStringLiteral("corp-eu"), corp(QStringLiteral("npmmirror"))));
    // Keeping one's own id is fine.
    EXPECT_TRUE(store().update(QStringLiteral("corp-eu"), corp(QStringLiteral("corp-eu"))));
}

TEST_F(UserMirrorStoreTest, UpdateOrRemoveOfUnknownIdIsNotFound)
{
    ASSERT_TRUE(store().add(corp()));
    Expected<void> updated = store().update(QStringLiteral("ghost"), corp(QStringLiteral("ghost")));
    ASSERT_FALSE(updated);
    EXPECT_EQ(updated.error().kind, CoreError::Kind::NotFound);
    Expected<void> removed = store().remove(QStringLiteral("ghost"));
    ASSERT_FALSE(removed);
    EXPECT_EQ(removed.error().kind, CoreError::Kind::NotFound);
}

TEST_F(UserMirrorStoreTest, RemoveDeletesOnlyThatMirror)
{
    ASSERT_TRUE(store().add(corp()));
    ASSERT_TRUE(store().add(corp(QStringLiteral("other"))));
    ASSERT_TRUE(store().remove(QStringLiteral("corp")));
    const QList<Mirror> mirrors = *store().load();
    ASSERT_EQ(mirrors.size(), 1);
    EXPECT_EQ(mirrors.at(0).id, QStringLiteral("other"));
}

TEST_F(UserMirrorStoreTest, FieldsWeDoNotKnowSurviveAnEdit)
{
    QDir().mkpath(store().directory());
    QFile file(store().filePath());
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"version": 1, "mirrors": [
      {"id": "corp", "ecosystem": "go", "url": "https://goproxy.corp.example",
       "name": "Corp", "name_zh": "公司", "sumdb": "", "auth_hint": "keychain:corp"}]})");
    file.close();
    Expected<QList<Mirror>> loaded = store().load();
    ASSERT_TRUE(loaded);
    Mirror m = loaded->at(0);
    m.name = QStringLiteral("Corp proxy");
    ASSERT_TRUE(store().update(QStringLiteral("corp"), m));
    const Mirror saved = store().load()->at(0);
    EXPECT_EQ(saved.name, QStringLiteral("Corp proxy"));
    EXPECT_EQ(saved.extra.value(QStringLiteral("auth_hint")).toString(),
              QStringLiteral("keychain:corp"));
}

TEST_F(UserMirrorStoreTest, ACorruptFileIsReportedAndNotOverwritten)
{
    QDir().mkpath(store().directory());
    QFile file(store().filePath());
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{ broken");
    file.close();
    Expected<void> added = store().add(corp());
    ASSERT_FALSE(added);
    EXPECT_EQ(added.error().filePath, store().filePath());
    QFile again(store().filePath());
    ASSERT_TRUE(again.open(QIODevice::ReadOnly));
    EXPECT_EQ(again.readAll(), QByteArray("{ broken"));
}

TEST_F(UserMirrorStoreTest, MixedScriptHostIsAcceptedInItsPunycodeForm)
{
    Mirror spoof = corp();
    spoof.ecosystem = QStringLiteral("go");
    spoof.url = QStringLiteral("https://goprоxy.cn"); // a Cyrillic "о"
    ASSERT_TRUE(store().add(spoof));                  // a warning, not a refusal
    Expected<QList<Mirror>> mirrors = store().load();
    ASSERT_TRUE(mirrors);
    ASSERT_EQ(mirrors->size(), 1);
    // Every later list, table and config file shows what the host really is.
    EXPECT_EQ(mirrors->at(0).url, QStringLiteral("https://xn--goprxy-zqf.cn"));

    // An honest internationalised name stays as the user wrote it.
    Mirror honest = corp(QStringLiteral("books"));
    honest.url = QStringLiteral("https://bücher.example/");
    ASSERT_TRUE(store().add(honest));
    EXPECT_EQ(store().load()->at(1).url, QStringLiteral("https://bücher.example/"));
}

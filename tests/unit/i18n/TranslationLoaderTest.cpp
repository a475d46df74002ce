// Language resolution and run-time switching: the embedded .qm files are found, a choice installs
// MirrorDeck's and Qt's translators, switching replaces them and announces LanguageChange.

#include "i18n/TranslationLoader.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QLibraryInfo>
#include <QXmlStreamReader>

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

#include <memory>

namespace {

// A catalog error message that has a Chinese translation in mirrordeck_zh_CN.ts.
const char *const kContext = "MirrorJson";
const char *const kSource = "The mirror list must be a JSON object with a \"mirrors\" array.";

class LanguageChangeCounter : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

class TranslationLoaderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        static int argc = 1;
        static char name[] = "translation-loader-test";
        static char *argv[] = {name, nullptr};
        m_app = std::make_unique<QCoreApplication>(argc, argv);
    }
    void TearDown() override { m_app.reset(); }

    std::unique_ptr<QCoreApplication> m_app;
};

QString translated()
{
    return QCoreApplication::translate(kContext, kSource);
}

bool qtChineseInstalled()
{
    return QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                         QStringLiteral("/qtbase_zh_CN.qm"));
}

} // namespace

TEST_F(TranslationLoaderTest, EmbeddedLanguagesAreListed)
{
    const QStringList languages = TranslationLoader::availableLanguages();
    EXPECT_TRUE(languages.contains(QStringLiteral("zh_CN")));
    EXPECT_TRUE(languages.contains(QStringLiteral("en")));
}

TEST_F(TranslationLoaderTest, ResolvesChoicesAndSystemLocales)
{
    EXPECT_EQ(TranslationLoader::resolve(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    EXPECT_EQ(TranslationLoader::resolve(QStringLiteral("en")), QStringLiteral("en"));
    EXPECT_EQ(TranslationLoader::resolve(QStringLiteral("fr")), QStringLiteral("en"));
    const QString system = QStringLiteral("system");
    EXPECT_EQ(TranslationLoader::resolve(system, QLocale(QStringLiteral("zh_CN"))),
              QStringLiteral("zh_CN"));
    EXPECT_EQ(TranslationLoader::resolve(system, QLocale(QStringLiteral("zh_SG"))),
              QStringLiteral("zh_CN"));
    EXPECT_EQ(TranslationLoader::resolve(system, QLocale(QStringLiteral("zh_TW"))),
              QStringLiteral("zh_CN"));
    EXPECT_EQ(TranslationLoader::resolve(system, QLocale(QStringLiteral("en_GB"))),
              QStringLiteral("en"));
    EXPECT_EQ(TranslationLoader::resolve(system, QLocale(QStringLiteral("de_DE"))),
              QStringLiteral("en"));
    EXPECT_EQ(TranslationLoader::resolve(system, QLocale::c()), QStringLiteral("en"));
}

TEST_F(TranslationLoaderTest, ChineseTranslatesOurStringsAndQtsOwn)
{
    TranslationLoader loader(m_app.get());
    ASSERT_EQ(translated(), QString::fromUtf8(kSource));
    ASSERT_TRUE(loader.apply(QStringLiteral("zh_CN")));
    EXPECT_EQ(loader.activeLanguage(), QStringLiteral("zh_CN"));
    EXPECT_EQ(translated(), QStringLiteral("镜像源列表必须是包含“mirrors”数组的 JSON 对象。"));
    if (!qtChineseInstalled())
        GTEST_SKIP() << "qt6-translations-l10n is not installed";
    EXPECT_TRUE(loader.qtTranslationLoaded());
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
}

TEST_F(TranslationLoaderTest, SwitchingAtRunTimeReplacesTranslatorsAndAnnouncesIt)
{
    TranslationLoader loader(m_app.get());
    LanguageChangeCounter counter;
    m_app->installEventFilter(&counter);

    ASSERT_TRUE(loader.apply(QStringLiteral("zh_CN")));
    EXPECT_NE(translated(), QString::fromUtf8(kSource));
    const int afterChinese = counter.count;
    EXPECT_GT(afterChinese, 0);

    ASSERT_TRUE(loader.apply(QStringLiteral("en")));
    EXPECT_EQ(loader.activeLanguage(), QStringLiteral("en"));
    EXPECT_EQ(translated(), QString::fromUtf8(kSource));
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    EXPECT_GT(counter.count, afterChinese);

    ASSERT_TRUE(loader.apply(QStringLiteral("zh_CN")));
    EXPECT_NE(translated(), QString::fromUtf8(kSource));
    m_app->removeEventFilter(&counter);
}

TEST_F(TranslationLoaderTest, DestroyingTheLoaderRemovesItsTranslators)
{
    {
        TranslationLoader loader(m_app.get());
        ASSERT_TRUE(loader.apply(QStringLiteral("zh_CN")));
        EXPECT_NE(translated(), QString::fromUtf8(kSource));
    }
    EXPECT_EQ(translated(), QString::fromUtf8(kSource));
}

TEST_F(TranslationLoaderTest, EnglishPluralFormsComeFromTheEnglishFile)
{
    // Every plural message of the sources ("%n check(s)") must read as proper English once the
    // en translation is installed: "1 check", "2 checks".
    QFile ts(QStringLiteral(MIRRORDECK_SOURCE_DIR "/translations/mirrordeck_en.ts"));
    ASSERT_TRUE(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    QList<QPair<QString, QString>> plurals;
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message") &&
                 xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")) {
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("source"))
                    plurals.append({context, xml.readElementText()});
                else
                    xml.skipCurrentElement();
            }
        }
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();

    TranslationLoader loader(m_app.get());
    ASSERT_TRUE(loader.apply(QStringLiteral("en")));
    for (const auto &[ctx, source] : plurals) {
        const QByteArray c = ctx.toUtf8();
        const QByteArray s = source.toUtf8();
        const QString one = QCoreApplication::translate(c.constData(), s.constData(), nullptr, 1);
        const QString two = QCoreApplication::translate(c.constData(), s.constData(), nullptr, 2);
        EXPECT_NE(one, two) << s.constData();
        EXPECT_FALSE(one.contains(QLatin1String("(s)"))) << s.constData();
        EXPECT_FALSE(two.contains(QLatin1String("(s)"))) << s.constData();
    }
}

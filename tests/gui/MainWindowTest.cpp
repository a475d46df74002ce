// The shell around the pages: page switching by keyboard, saved and restored window state, the
// language switch at run time (every open widget retranslates without a restart), and the XDG
// autostart entry behind "Launch at login".

#include "ShellFixture.h"

#include "MainWindow.h"
#include "PreferencesApplier.h"
#include "UserMirrorActions.h"
#include "catalog/UserMirrorStore.h"
#include "dialogs/PreferencesDialog.h"
#include "ecosystems/EcosystemRegistry.h"
#include "i18n/TranslationLoader.h"
#include "pages/ConfigService.h"
#include "pages/CurrentMirrorCard.h"
#include "pages/EcosystemPage.h"
#include "pages/MessageBanner.h"
#include "platform/LaunchAtLogin.h"
#include "platform/SingleInstance.h"
#include "settings/AppSettings.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QTabWidget>
#include <QTranslator>

#include <gtest/gtest.h>

#include <algorithm>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// Stands in for the zh_CN translation: marks every string of the window's own contexts, so the
// test sees which widgets retranslated.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        const QByteArray ctx(context);
        if (ctx == "MainWindow" || ctx == "EcosystemPage")
            return QStringLiteral("译:") + QString::fromUtf8(sourceText);
        return {};
    }
    bool isEmpty() const override { return false; }
};

struct Window : ShellFixture
{
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<MainWindow> window;

    explicit Window(bool withSettings = false)
    {
        if (withSettings) {
            settings = std::make_unique<AppSettings>(std::make_unique<QSettings>(
                home.path(QStringLiteral("mirrordeck.ini")), QSettings::IniFormat));
            context.settings = settings.get();
        }
        create();
    }
    void create() { window = std::make_unique<MainWindow>(context, loopbackCatalog(), nullptr); }
    ~Window()
    {
        window.reset();
        pool.waitForDone();
    }
};

} // namespace

TEST(MainWindowGui, TitleNamesMirrorDeckAndNavigationListsEveryPage)
{
    Window f;
    EXPECT_TRUE(f.window->windowTitle().contains(QLatin1String("MirrorDeck")));
    // The overview, every registered tool in the registry's order, the private repositories.
    const QStringList ids = EcosystemRegistry::ids();
    ASSERT_EQ(f.window->navigation()->count(), int(ids.size()) + 2);
    EXPECT_EQ(f.window->navigation()->item(1)->text(), QStringLiteral("Go"));
    EXPECT_EQ(f.window->navigation()->item(2)->text(), QStringLiteral("npm"));
    EXPECT_EQ(f.window->navigation()->item(3)->text(), QStringLiteral("pip"));
    for (int i = 0; i < ids.size(); ++i)
        EXPECT_EQ(f.window->navigation()->item(i + 1)->text(),
                  EcosystemRegistry::find(ids.at(i))->displayName());
    EXPECT_EQ(f.window->navigation()->item(int(ids.size()) + 1)->text(),
              QStringLiteral("Private repositories"));
}

TEST(MainWindowGui, CtrlNumberSwitchesPages)
{
    Window f;
    f.window->show();
    QApplication::setActiveWindow(f.window.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(f.window.get()));
    QTest::keyClick(f.window.get(), Qt::Key_3, Qt::ControlModifier);
    EXPECT_EQ(f.window->currentPage(), 2);
    QTest::keyClick(f.window.get(), Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(f.window->currentPage(), 0);
}

TEST(MainWindowGui, F5RereadsEveryToolsSettings)
{
    Window f;
    f.window->show();
    QApplication::setActiveWindow(f.window.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(f.window.get()));
    const QStringList tools = {QStringLiteral("go"), QStringLiteral("npm"), QStringLiteral("pip")};
    for (const QString &tool : tools)
        ASSERT_TRUE(waitFor([&]() { return f.window->configService(tool)->hasSnapshot(); }));
    QTest::qWait(400); // nothing else is pending: no file changes, so no watcher reloads

    QHash<QString, int> reads;
    for (const QString &tool : tools)
        QObject::connect(f.window->configService(tool), &ConfigService::loaded,
                         [&reads, tool]() { ++reads[tool]; });
    QTest::keyClick(f.window.get(), Qt::Key_F5);
    EXPECT_TRUE(waitFor([&]() {
        return reads.value(QStringLiteral("go")) == 1 && reads.value(QStringLiteral("npm")) == 1 &&
               reads.value(QStringLiteral("pip")) == 1;
    })) << reads.value(QStringLiteral("go"))
        << reads.value(QStringLiteral("npm")) << reads.value(QStringLiteral("pip"));
}

TEST(MainWindowGui, PageAndGeometryAreRestoredFromSettings)
{
    Window f(true);
    f.window->show();
    f.window->resize(980, 640);
    f.window->showPage(3);
    f.window->saveWindowState();

    f.create();
    f.window->restoreWindowState();
    f.window->show();
    EXPECT_EQ(f.window->currentPage(), 3);
    EXPECT_EQ(f.window->size(), QSize(980, 640));
}

TEST(MainWindowGui, LanguageSwitch_RetranslatesOpenWidgetsAtOnce)
{
    Window f;
    f.window->show();
    EcosystemPage *go = f.window->ecosystemPage(QStringLiteral("go"));
    ASSERT_NE(go, nullptr);
    ASSERT_EQ(go->tabs()->tabText(0), QStringLiteral("Mirrors"));

    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    QCoreApplication::processEvents();
    EXPECT_EQ(f.window->navigation()->item(0)->text(), QStringLiteral("译:Overview"));
    EXPECT_EQ(go->tabs()->tabText(0), QStringLiteral("译:Mirrors"));

    QCoreApplication::removeTranslator(&translator);
    QCoreApplication::processEvents();
    EXPECT_EQ(f.window->navigation()->item(0)->text(), QStringLiteral("Overview"));
    EXPECT_EQ(go->tabs()->tabText(0), QStringLiteral("Mirrors"));
}

TEST(LaunchAtLoginGui, EnableWritesAutostartEntryAndDisableRemovesIt)
{
    TestHome home;
    const LaunchAtLogin autostart(home.path(QStringLiteral(".config/autostart")),
                                  home.path(QStringLiteral("no-template.desktop")));
    EXPECT_FALSE(autostart.isEnabled());
    ASSERT_TRUE(autostart.setEnabled(true).hasValue());
    ASSERT_TRUE(autostart.isEnabled());
    EXPECT_EQ(
        autostart.entryPath(),
        home.path(QStringLiteral(".config/autostart/io.github.mirrordeck.MirrorDeck.desktop")));
    QFile entry(autostart.entryPath());
    ASSERT_TRUE(entry.open(QIODevice::ReadOnly));
    const QByteArray contents = entry.readAll();
    EXPECT_TRUE(contents.startsWith("[Desktop Entry]"));
    EXPECT_TRUE(contents.contains("--minimized"));
    entry.close();

    // An installed template wins over the generated entry.
    home.writeFile(QStringLiteral("template.desktop"),
                   "[Desktop Entry]\nExec=mirrordeck --minimized\n");
    const LaunchAtLogin packaged(home.path(QStringLiteral(".config/autostart")),
                                 home.path(QStringLiteral("template.desktop")));
    ASSERT_TRUE(packaged.setEnabled(true).hasValue());
    EXPECT_EQ(
        home.readFile(QStringLiteral(".config/autostart/io.github.mirrordeck.MirrorDeck.desktop")),
        QByteArray("[Desktop Entry]\nExec=mirrordeck --minimized\n"));

    ASSERT_TRUE(autostart.setEnabled(false).hasValue());
    EXPECT_FALSE(autostart.isEnabled());
}

TEST(PreferencesGui, ChoosingChineseSavesItAndSwitchesMirrorNamesWithoutRestart)
{
    Window f(true);
    TranslationLoader translations(QCoreApplication::instance());
    PreferencesApplier applier(f.settings.get(), &translations, nullptr);
    applier.setMainWindow(f.window.get());
    f.home.writeFile(QStringLiteral(".config/go/env"), "GOPROXY=http://127.0.0.1:9/go-a,direct\n");
    f.window->show();
    EcosystemPage *go = f.window->ecosystemPage(QStringLiteral("go"));
    f.window->configService(QStringLiteral("go"))->reload();
    ASSERT_TRUE(waitFor([&]() {
        return go->card()->findChild<QLabel *>() != nullptr &&
               f.window->configService(QStringLiteral("go"))->hasSnapshot();
    }));
    QCoreApplication::processEvents();

    PreferencesDialog dialog(f.settings.get(), f.window.get());
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("zh_CN")));
    ASSERT_TRUE(dialog.save());
    EXPECT_EQ(f.settings->language(), QStringLiteral("zh_CN"));
    EXPECT_EQ(currentUiLanguage(), QStringLiteral("zh_CN"));
    EXPECT_EQ(translations.activeLanguage(), QStringLiteral("zh_CN"));
    // The card names the mirror in use by its Chinese name now.
    ASSERT_TRUE(waitFor([&]() {
        for (QLabel *label : go->card()->findChildren<QLabel *>())
            if (label->text() == QStringLiteral("Go Alpha（中文）"))
                return true;
        return false;
    }));

    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("en")));
    ASSERT_TRUE(dialog.save());
    EXPECT_EQ(currentUiLanguage(), QStringLiteral("en"));
}

TEST(UserMirrorsGui, SavedMirrorIsStoredAndJoinsTheSharedCatalog)
{
    ShellFixture f;
    UserMirrorStore store({QStringLiteral("go-a"), QStringLiteral("go-b")},
                          f.home.path(QStringLiteral("config")));
    f.context.userMirrors = &store;
    UserMirrorActions actions(f.context, loopbackCatalog());
    int changes = 0;
    QObject::connect(&actions, &UserMirrorActions::catalogChanged, [&changes]() { ++changes; });

    Mirror mine = testMirror(QStringLiteral("user-corp"), QStringLiteral("npm"),
                             QStringLiteral("http://127.0.0.1:9/corp/"), QStringLiteral("Corp"));
    mine.userDefined = true;
    actions.save(mine, QString());
    ASSERT_TRUE(waitFor([&]() { return changes == 1; }));
    EXPECT_TRUE(f.context.catalog->contains(QStringLiteral("user-corp")));
    ASSERT_TRUE(store.load().hasValue());
    EXPECT_EQ(store.load()->size(), 1);

    actions.remove(mine);
    ASSERT_TRUE(waitFor([&]() { return changes == 2; }));
    EXPECT_FALSE(f.context.catalog->contains(QStringLiteral("user-corp")));
    EXPECT_TRUE(store.load()->isEmpty());
}

TEST(SingleInstanceGui, SecondInstanceAsksTheFirstToShowItselfAndBacksOff)
{
    const QString key =
        QStringLiteral("mirrordeck-test-%1").arg(QCoreApplication::applicationPid());
    SingleInstance first(key);
    ASSERT_TRUE(first.claim());
    int activations = 0;
    QObject::connect(&first, &SingleInstance::activationRequested,
                     [&activations]() { ++activations; });

    SingleInstance second(key);
    EXPECT_FALSE(second.claim());
    EXPECT_TRUE(waitFor([&]() { return activations == 1; }));
}

// A named pipe as the go env file: the disk thread must not block on it. Every page gets its
// answer (go the error naming the pipe, npm and pip their settings through the same one-thread
// pool), and once the window is gone the pool finishes. Should a regression block the reader,
// the test opens the pipe's other end so the reader returns and the failure is reported instead
// of hanging the run.
TEST(MainWindowGui, FifoAsGoEnvFile_ShowsTheErrorAndTheWindowStillQuits)
{
    ShellFixture f;
    QDir().mkpath(QFileInfo(f.goEnvPath()).absolutePath());
    const QByteArray fifo = QFile::encodeName(f.goEnvPath());
    ASSERT_EQ(::mkfifo(fifo.constData(), 0644), 0);
    auto window = std::make_unique<MainWindow>(f.context, loopbackCatalog(), nullptr);
    window->show();
    const auto release = [&]() {
        const int writer = ::open(fifo.constData(), O_WRONLY | O_NONBLOCK);
        if (writer >= 0)
            ::close(writer);
    };

    const QStringList tools = {QStringLiteral("go"), QStringLiteral("npm"), QStringLiteral("pip")};
    const bool answered = waitFor([&]() {
        return std::all_of(tools.cbegin(), tools.cend(), [&](const QString &tool) {
            return window->configService(tool)->hasSnapshot();
        });
    });
    if (!answered)
        release();
    ASSERT_TRUE(answered) << "a page is still reading";
    const ConfigSnapshot &go = window->configService(QStringLiteral("go"))->snapshot();
    ASSERT_FALSE(go.settings.hasValue());
    EXPECT_EQ(go.settings.error().kind, CoreError::Kind::BadFile);
    EXPECT_TRUE(window->configService(QStringLiteral("npm"))->snapshot().settings.hasValue());
    EXPECT_TRUE(window->configService(QStringLiteral("pip"))->snapshot().settings.hasValue());
    EcosystemPage *page = window->ecosystemPage(QStringLiteral("go"));
    // The go page is not the current one, so "visible" means visible within the page.
    ASSERT_TRUE(waitFor([&]() { return page->banner()->isVisibleTo(page); }));
    EXPECT_TRUE(page->banner()->text().contains(QLatin1String("named pipe")))
        << qPrintable(page->banner()->text());
    EXPECT_TRUE(page->banner()->text().contains(f.goEnvPath()))
        << qPrintable(page->banner()->text());

    window->close();
    window.reset();
    const bool finished = f.pool.waitForDone(10000);
    if (!finished)
        release();
    EXPECT_TRUE(finished) << "the disk pool is blocked, so the application could not quit";
}

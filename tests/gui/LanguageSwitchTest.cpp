// Switching the language at run time reaches every sentence of the shell: with a translator that
// marks each string installed, every visible label, button, group title, tab, placeholder and
// window title that reads as words carries the mark — in the window, the pages, the settings
// editors and the open dialogs. A string outside tr(), or a widget that does not retranslate on
// QEvent::LanguageChange, keeps its English text and fails here.

#include "ShellFixture.h"

#include "MainWindow.h"
#include "dialogs/DiffPreviewDialog.h"
#include "dialogs/HistoryDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "pages/CurrentMirrorCard.h"
#include "pages/EcosystemPage.h"
#include "settings/AppSettings.h"
#include "widgets/MirrorPanel.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTextDocument>
#include <QTranslator>

#include <gtest/gtest.h>

namespace {

const QString kMark = QStringLiteral("译:");

class MarkEverything : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return kMark + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

// Words, not data: key names (GOPROXY), URLs and paths have no two words in a row.
bool readsAsWords(const QString &text)
{
    static const QRegularExpression words(QStringLiteral("[A-Za-z]{2,} [A-Za-z]{2,}"));
    return words.match(text).hasMatch();
}

QString plain(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

// Every English sentence still visible under `root` (outside `skip`).
QStringList untranslated(QWidget *root, QWidget *skip = nullptr)
{
    QStringList found;
    auto check = [&found](QWidget *w, const QString &what, const QString &text) {
        const QString shown = plain(text);
        if (readsAsWords(shown) && !shown.contains(kMark))
            found << QStringLiteral("%1 %2 (%3): %4")
                         .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                              what, shown);
    };
    if (root->isWindow())
        check(root, QStringLiteral("title"), root->windowTitle());
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible() || (skip && (w == skip || skip->isAncestorOf(w))))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w))
            check(w, QStringLiteral("text"), label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            check(w, QStringLiteral("text"), button->text());
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            check(w, QStringLiteral("placeholder"), edit->placeholderText());
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            check(w, QStringLiteral("title"), box->title());
        else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                check(w, QStringLiteral("tab"), tabs->tabText(i));
        }
        if (!w->accessibleName().isEmpty())
            check(w, QStringLiteral("accessible name"), w->accessibleName());
    }
    return found;
}

} // namespace

TEST(LanguageSwitchGui, EveryVisibleSentenceOfTheShellRetranslatesAtOnce)
{
    ShellFixture f;
    AppSettings settings(std::make_unique<QSettings>(f.home.path(QStringLiteral("settings.ini")),
                                                     QSettings::IniFormat));
    f.context.settings = &settings;
    MainWindow window(f.context, loopbackCatalog(), nullptr);
    window.resize(1100, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EcosystemPage *go = window.ecosystemPage(QStringLiteral("go"));
    ASSERT_NE(go, nullptr);
    ASSERT_TRUE(waitFor([&]() { return !go->card()->currentValueText().isEmpty(); }));

    PreferencesDialog preferences(&settings, &window);
    preferences.show();
    DiffPreviewDialog preview(&window);
    ConfigChange change;
    change.filePath = f.goEnvPath();
    preview.setChange(QStringLiteral("译:intro"), change, QStringLiteral("+GOPROXY=x\n"));
    preview.show();
    HistoryDialog history(&window);
    history.setToolName(QStringLiteral("Go"));
    history.show();

    MarkEverything translator;
    QCoreApplication::installTranslator(&translator);
    QCoreApplication::processEvents();

    window.showPage(0);
    EXPECT_EQ(untranslated(&window).join(QLatin1Char('\n')).toStdString(), std::string())
        << "overview";
    window.showPage(1);
    EXPECT_EQ(untranslated(&window, go->mirrorPanel()).join(QLatin1Char('\n')).toStdString(),
              std::string())
        << "Go page, mirrors tab";
    go->tabs()->setCurrentIndex(1);
    QCoreApplication::processEvents();
    EXPECT_EQ(untranslated(&window, go->mirrorPanel()).join(QLatin1Char('\n')).toStdString(),
              std::string())
        << "Go settings editor";
    for (const char *tool : {"npm", "pip"}) {
        EcosystemPage *page = window.ecosystemPage(QString::fromLatin1(tool));
        ASSERT_NE(page, nullptr);
        window.showPage(tool == QByteArray("npm") ? 2 : 3);
        page->tabs()->setCurrentIndex(1);
        QCoreApplication::processEvents();
        EXPECT_EQ(untranslated(&window, page->mirrorPanel()).join(QLatin1Char('\n')).toStdString(),
                  std::string())
            << tool;
    }
    EXPECT_EQ(untranslated(&preferences).join(QLatin1Char('\n')).toStdString(), std::string())
        << "preferences";
    EXPECT_EQ(untranslated(&preview).join(QLatin1Char('\n')).toStdString(), std::string())
        << "diff preview";
    EXPECT_EQ(untranslated(&history).join(QLatin1Char('\n')).toStdString(), std::string())
        << "history";

    QCoreApplication::removeTranslator(&translator);
    QCoreApplication::processEvents();
}

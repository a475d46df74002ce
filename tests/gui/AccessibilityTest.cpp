// Keyboard and screen-reader use of the shell: walking the Tab chain of every dialog, editor and
// page reaches only controls that have an accessible name (their own, or a buddy label's), in
// reading order (top to bottom, left to right), and the page shortcuts are shown in the menus.

#include "ShellFixture.h"

#include "MainWindow.h"
#include "dialogs/DiffPreviewDialog.h"
#include "dialogs/HistoryDialog.h"
#include "dialogs/MirrorEditDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "ecosystems/EcosystemRegistry.h"
#include "pages/ConfigService.h"
#include "pages/EcosystemPage.h"
#include "pages/editors/SettingsEditor.h"
#include "probe/ProbeEngine.h"
#include "settings/AppSettings.h"
#include "widgets/MirrorPanel.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>

#include <gtest/gtest.h>

namespace {

struct FocusStop
{
    QWidget *widget = nullptr;
    QString name;
    QPoint position; // top-left in the root's coordinates
};

QString describe(const FocusStop &stop)
{
    return QStringLiteral("%1 \"%2\" (%3) at %4,%5")
        .arg(QString::fromLatin1(stop.widget->metaObject()->className()), stop.widget->objectName(),
             stop.name)
        .arg(stop.position.x())
        .arg(stop.position.y());
}

// What a screen reader announces for `w`: its accessible name, else the label that is its buddy,
// else a button's or tab's own text. A combo box's current item or a field's contents is not a
// name (Qt would fall back to them, which tells the user nothing about what the field is for).
QString labelOf(QWidget *w, QWidget *root)
{
    if (!w->accessibleName().isEmpty())
        return w->accessibleName();
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->buddy() == w && !label->text().isEmpty())
            return label->text();
    }
    if (auto *button = qobject_cast<QAbstractButton *>(w))
        return button->text();
    if (qobject_cast<QTabBar *>(w))
        return QStringLiteral("tabs");
    return QString();
}

// The widgets Tab visits inside `root`, in order, skipping those inside `skip` (owned elsewhere).
QList<FocusStop> focusChain(QWidget *root, QWidget *skip = nullptr)
{
    QList<FocusStop> stops;
    for (QWidget *w = root->nextInFocusChain(); w && w != root; w = w->nextInFocusChain()) {
        if (!root->isAncestorOf(w) || !w->isVisible() || !w->isEnabled() ||
            !(w->focusPolicy() & Qt::TabFocus) || (skip && (skip == w || skip->isAncestorOf(w))))
            continue;
        // A scroll area's viewport or a combo's line edit is reached through its owner.
        if (w->focusProxy())
            continue;
        FocusStop stop;
        stop.widget = w;
        stop.name = labelOf(w, root);
        stop.position = w->mapTo(root, QPoint(0, 0));
        stops << stop;
        if (stops.size() > 200)
            break;
    }
    return stops;
}

void expectAccessibleAndInReadingOrder(QWidget *root, QWidget *skip = nullptr)
{
    const QList<FocusStop> stops = focusChain(root, skip);
    ASSERT_FALSE(stops.isEmpty());
    for (const FocusStop &stop : stops)
        EXPECT_FALSE(stop.name.trimmed().isEmpty())
            << "no accessible name: " << qPrintable(describe(stop));
    // Reading order: never back up by more than a row. A row is the height of the later control
    // (buttons on one line differ by a few pixels).
    for (int i = 1; i < stops.size(); ++i) {
        const FocusStop &before = stops.at(i - 1);
        const FocusStop &after = stops.at(i);
        const int tolerance = qMax(12, after.widget->height() / 2);
        EXPECT_GE(after.position.y() + tolerance, before.position.y())
            << "Tab goes up from " << qPrintable(describe(before)) << " to "
            << qPrintable(describe(after));
    }
}

std::unique_ptr<AppSettings> temporarySettings(const TestHome &home)
{
    return std::make_unique<AppSettings>(std::make_unique<QSettings>(
        home.path(QStringLiteral("settings.ini")), QSettings::IniFormat));
}

} // namespace

TEST(AccessibilityGui, PreferencesDialog_TabChainIsNamedAndInReadingOrder)
{
    ShellFixture f;
    const auto settings = temporarySettings(f.home);
    PreferencesDialog dialog(settings.get());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    expectAccessibleAndInReadingOrder(&dialog);
}

TEST(AccessibilityGui, MirrorEditDialog_TabChainIsNamedAndInReadingOrder)
{
    ProbeEngine engine(ProbeSettings{});
    MirrorEditDialog dialog(&engine);
    Mirror fresh;
    fresh.ecosystem = QStringLiteral("go");
    dialog.setMirror(fresh, MirrorCatalog(loopbackCatalog()));
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    expectAccessibleAndInReadingOrder(&dialog);
}

TEST(AccessibilityGui, HistoryAndDiffDialogs_TabChainIsNamedAndInReadingOrder)
{
    HistoryDialog history;
    history.setToolName(QStringLiteral("Go"));
    HistoryEntry entry; // one entry, so "Restore…" is enabled and in the chain
    entry.id = QStringLiteral("1");
    entry.time = QDateTime::currentDateTime();
    entry.ecosystem = QStringLiteral("go");
    entry.filePath = QStringLiteral("/tmp/env");
    entry.existedBefore = true;
    entry.before = "GOPROXY=a\n";
    entry.after = "GOPROXY=b\n";
    history.setEntries({entry});
    history.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&history));
    expectAccessibleAndInReadingOrder(&history);
    EXPECT_GE(focusChain(&history).size(), 4) << "list, diff, Restore, Close";

    DiffPreviewDialog preview;
    ConfigChange change;
    change.filePath = QStringLiteral("/tmp/env");
    change.existedBefore = true;
    change.notes << QStringLiteral("a note");
    preview.setChange(QStringLiteral("Use A"), change, QStringLiteral("-A\n+B\n"));
    preview.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&preview));
    expectAccessibleAndInReadingOrder(&preview);
}

namespace {

// Every registered tool's page and editor.
std::vector<std::string> registeredTools()
{
    std::vector<std::string> ids;
    for (const QString &id : EcosystemRegistry::ids())
        ids.push_back(id.toStdString());
    return ids;
}

} // namespace

class EditorAccessibility : public ::testing::TestWithParam<std::string>
{};

TEST_P(EditorAccessibility, PageAndEditor_TabChainIsNamedAndInReadingOrder)
{
    ShellFixture f;
    // Settings with list entries, so the per-row controls are in the chain too.
    f.home.writeFile(QStringLiteral(".config/go/env"), "GOPROXY=https://a.example|direct\n");
    f.home.writeFile(QStringLiteral(".npmrc"), "@corp:registry=https://corp.example/\n");
    ConfigService service(QString::fromStdString(GetParam()), f.context);
    EcosystemPage page(&service, nullptr);
    page.resize(1000, 760);
    page.show();
    service.reload();
    ASSERT_TRUE(waitFor([&]() { return service.hasSnapshot(); }));

    // The page itself (the mirror panel is checked by its own tests).
    expectAccessibleAndInReadingOrder(&page, page.mirrorPanel());

    QTabWidget *tabs = page.tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->widget(i) == page.editor() || tabs->widget(i)->isAncestorOf(page.editor()))
            tabs->setCurrentIndex(i);
    }
    ASSERT_TRUE(page.editor()->isVisible());
    expectAccessibleAndInReadingOrder(&page, page.mirrorPanel());
}

INSTANTIATE_TEST_SUITE_P(AllTools, EditorAccessibility, ::testing::ValuesIn(registeredTools()),
                         [](const ::testing::TestParamInfo<std::string> &info) {
                             return info.param;
                         });

TEST(AccessibilityGui, MainWindow_OverviewIsNamedAndShortcutsAreShownInMenus)
{
    ShellFixture f;
    MainWindow window(f.context, loopbackCatalog(), nullptr);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    expectAccessibleAndInReadingOrder(&window); // navigation, then the overview page

    QStringList shortcuts;
    for (QAction *menu : window.menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions())
            shortcuts << action->shortcut().toString();
    }
    for (const QString &key :
         {QStringLiteral("F5"), QStringLiteral("Ctrl+1"), QStringLiteral("Ctrl+2"),
          QStringLiteral("Ctrl+3"), QStringLiteral("Ctrl+4")})
        EXPECT_TRUE(shortcuts.contains(key)) << qPrintable(key);
}

#include "ScreenshotTour.h"

#include "MainWindow.h"
#include "dialogs/DiffPreviewDialog.h"
#include "dialogs/HistoryDialog.h"
#include "ecosystems/EcosystemRegistry.h"
#include "pages/ConfigService.h"
#include "pages/EcosystemPage.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QPalette>
#include <QPixmap>
#include <QScreen>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTimer>
#include <QWidget>

#include <cstdio>

ScreenshotTour *ScreenshotTour::startIfRequested(MainWindow *window)
{
    const QString directory = qEnvironmentVariable("MIRRORDECK_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return nullptr;
    bool ok = false;
    int delay = qEnvironmentVariableIntValue("MIRRORDECK_SCREENSHOT_DELAY_MS", &ok);
    if (!ok)
        delay = 8000;
    return new ScreenshotTour(window, directory, delay);
}

void ScreenshotTour::applyDarkPaletteIfRequested()
{
    if (qEnvironmentVariableIntValue("MIRRORDECK_SCREENSHOT_DARK") != 1)
        return;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette dark;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, window);
    dark.setColor(QPalette::ToolTipBase, base);
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, window);
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, Qt::red);
    dark.setColor(QPalette::Link, QColor(0x6a, 0xb0, 0xff));
    dark.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xc4));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::Mid, QColor(0x45, 0x47, 0x4b));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(dark);
}

ScreenshotTour::ScreenshotTour(MainWindow *window, QString directory, int delayMs)
    : QObject(window)
    , m_window(window)
    , m_directory(std::move(directory))
{
    QDir().mkpath(m_directory);
    // Fill the (decoration-less) virtual screen, so every shot has the same frame.
    if (QScreen *screen = window->screen())
        window->setGeometry(screen->availableGeometry());
    buildSteps();
    QTimer::singleShot(delayMs, this, [this]() { runStep(0); });
}

void ScreenshotTour::buildSteps()
{
    const QString prefix = qEnvironmentVariable("MIRRORDECK_SCREENSHOT_PREFIX");
    auto name = [prefix](const QString &base) { return prefix + base; };
    MainWindow *w = m_window;
    int shot = 1;
    auto numbered = [name, &shot](const QString &base) {
        return name(QStringLiteral("%1-%2").arg(shot++).arg(base));
    };
    m_steps.push_back({numbered(QStringLiteral("overview")), [w]() { w->showPage(0); }});
    // Every registered tool's page, in the navigation's order: one number per page.
    const QStringList ecosystems = EcosystemRegistry::ids();
    for (int i = 0; i < ecosystems.size(); ++i) {
        const QString eco = ecosystems.at(i);
        const int page = i + 1;
        const QString number = QString::number(page + 1) + QLatin1Char('-');
        m_steps.push_back({name(number + eco + QStringLiteral("-mirrors")), [w, page, eco]() {
                               w->showPage(page);
                               w->ecosystemPage(eco)->tabs()->setCurrentIndex(0);
                           }});
        m_steps.push_back({name(number + eco + QStringLiteral("-settings")),
                           [w, eco]() { w->ecosystemPage(eco)->tabs()->setCurrentIndex(1); }});
    }
    shot = int(ecosystems.size()) + 2;
    const int goPage = int(ecosystems.indexOf(QStringLiteral("go"))) + 1;
    const Step acceptGoPreview{QString(),
                               [w]() {
                                   if (auto *preview =
                                           w->ecosystemPage(QStringLiteral("go"))->previewDialog())
                                       preview->accept();
                               },
                               1200};
    // The diff preview of switching Go to its second catalog mirror (cancelled afterwards).
    m_steps.push_back({QString(),
                       [w, goPage]() {
                           w->showPage(goPage);
                           EcosystemPage *go = w->ecosystemPage(QStringLiteral("go"));
                           go->tabs()->setCurrentIndex(0);
                           const ConfigService *service = w->configService(QStringLiteral("go"));
                           const QList<Mirror> list =
                               service->context().catalog->byEcosystem(QStringLiteral("go"));
                           if (list.size() > 1)
                               go->useMirror(list.at(1));
                       },
                       1200});
    m_steps.push_back({numbered(QStringLiteral("go-diff-preview")), []() {}, 300});
    // Applying it (the tour runs in a throw-away HOME) gives the history something to show.
    m_steps.push_back(acceptGoPreview);
    m_steps.push_back(
        {QString(), [w]() { w->ecosystemPage(QStringLiteral("go"))->showHistory(); }, 1200});
    m_steps.push_back({numbered(QStringLiteral("go-history")), []() {}, 300});
    // The shadow fix: the ~/.bashrc export the seed has is commented out (previewed, then
    // accepted), and the shell start-up file history lists it.
    m_steps.push_back({QString(),
                       [w]() {
                           EcosystemPage *go = w->ecosystemPage(QStringLiteral("go"));
                           if (auto *history = go->historyDialog())
                               history->reject();
                           const ConfigService *service = w->configService(QStringLiteral("go"));
                           if (const auto setting =
                                   service->snapshot().find(service->mirrorKey())) {
                               for (const Shadow &shadow : setting->shadows) {
                                   if (shadow.kind == Shadow::Kind::ShellStartup) {
                                       go->commentOutShadow(shadow);
                                       break;
                                   }
                               }
                           }
                       },
                       1200});
    m_steps.push_back(acceptGoPreview);
    m_steps.push_back({QString(), [w]() { w->showShellHistory(); }, 1200});
    m_steps.push_back({numbered(QStringLiteral("shell-history")), []() {}, 300});
    m_steps.push_back({QString(),
                       [w]() {
                           if (auto *history =
                                   w->ecosystemPage(QStringLiteral("go"))->shellHistoryDialog())
                               history->reject();
                           w->openPreferences();
                       },
                       900});
    m_steps.push_back({numbered(QStringLiteral("preferences")), []() {}, 300});
    // The overview again, now listing the change the tour made.
    m_steps.push_back({numbered(QStringLiteral("overview-after-change")), [w]() {
                           const auto dialogs = w->findChildren<QDialog *>();
                           for (QDialog *dialog : dialogs) {
                               if (dialog->isVisible())
                                   dialog->reject();
                           }
                           w->showPage(0);
                       }});
}

void ScreenshotTour::runStep(size_t index)
{
    if (!m_window)
        return;
    if (index >= m_steps.size()) {
        std::printf("MIRRORDECK_SCREENSHOTS_DONE %s\n", qPrintable(m_directory));
        std::fflush(stdout);
        QApplication::quit();
        return;
    }
    const Step &step = m_steps.at(index);
    step.prepare();
    const QString shot = step.name;
    QTimer::singleShot(step.settleMs, this, [this, index, shot]() {
        if (!shot.isEmpty())
            shoot(shot);
        runStep(index + 1);
    });
}

void ScreenshotTour::shoot(const QString &name)
{
    // The whole screen, so dialogs over the window are in the picture (Xvfb has no decorations).
    QScreen *screen = m_window->screen();
    const QPixmap pixmap = screen ? screen->grabWindow(0) : m_window->grab();
    const QString path = QDir(m_directory).filePath(name + QStringLiteral(".png"));
    pixmap.save(path);
    std::printf("MIRRORDECK_SCREENSHOT %s\n", qPrintable(path));
    std::fflush(stdout);
}

#include "TrayMenuShowcase.h"

#include "platform/DesktopIntegration.h"

#include <QGuiApplication>
#include <QMenu>
#include <QScreen>
#include <QTimer>

#include <cstdio>

TrayMenuShowcase *TrayMenuShowcase::startIfRequested(DesktopIntegration *desktop)
{
    bool ok = false;
    const int delay = qEnvironmentVariableIntValue("MIRRORDECK_TRAY_MENU_SHOT_DELAY_MS", &ok);
    if (!ok)
        return nullptr;
    return new TrayMenuShowcase(desktop, delay);
}

TrayMenuShowcase::TrayMenuShowcase(DesktopIntegration *desktop, int delayMs)
    : QObject(desktop)
    , m_desktop(desktop)
{
    QTimer::singleShot(delayMs, this, &TrayMenuShowcase::open);
}

void TrayMenuShowcase::open()
{
    QMenu *menu = m_desktop->menu();
    m_desktop->rebuildMenu();
    // Below the icon, kept on screen (the tray sits at the top right edge).
    const QRect icon = m_desktop->trayIcon()->geometry();
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    // Room for the first submenu to open to the right of the menu.
    const QList<QMenu *> submenus = menu->findChildren<QMenu *>(Qt::FindDirectChildrenOnly);
    const int width = menu->sizeHint().width() +
                      (submenus.isEmpty() ? 0 : submenus.first()->sizeHint().width()) + 16;
    QPoint at = icon.isValid() ? icon.bottomLeft() : screen.topRight();
    at.setX(qBound(screen.left(), at.x(), screen.right() - width));
    // aboutToShow would rebuild the menu again (and drop the submenu below): it is fresh already.
    const QSignalBlocker blocker(menu);
    menu->popup(at);
    QTimer::singleShot(400, this, [this, menu]() {
        const QList<QMenu *> submenus = menu->findChildren<QMenu *>(Qt::FindDirectChildrenOnly);
        if (!submenus.isEmpty()) {
            QMenu *first = submenus.first();
            menu->setActiveAction(first->menuAction());
            const QRect row = menu->actionGeometry(first->menuAction());
            first->popup(menu->mapToGlobal(row.topRight()));
        }
        QTimer::singleShot(600, this, []() {
            std::fprintf(stderr, "MIRRORDECK_TRAY_MENU_OPEN\n");
            std::fflush(stderr);
        });
    });
}

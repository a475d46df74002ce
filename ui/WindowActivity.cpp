#include "WindowActivity.h"

#include "MainWindow.h"
#include "MonitorController.h"
#include "UiLog.h"

#include <QEvent>
#include <QListWidget>

WindowActivity::WindowActivity(MainWindow *window, MonitorController *monitor, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_monitor(monitor)
{
    window->installEventFilter(this);
    connect(window->navigation(), &QListWidget::currentRowChanged, this, &WindowActivity::update);
    update();
}

bool WindowActivity::isMirrorPageVisible() const
{
    // Page 0 is the overview; the others are one tool each, with its charts.
    return m_window && m_window->isVisible() && !m_window->isMinimized() &&
           m_window->currentPage() > 0;
}

bool WindowActivity::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        switch (event->type()) {
        case QEvent::Show:
        case QEvent::Hide:
        case QEvent::WindowStateChange:
            // After the event is handled, when isVisible()/isMinimized() say the new truth.
            QMetaObject::invokeMethod(this, &WindowActivity::update, Qt::QueuedConnection);
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void WindowActivity::update()
{
    if (!m_monitor)
        return;
    const bool live = isMirrorPageVisible();
    if (live != m_monitor->isLive())
        qCDebug(lcUi) << "live interval" << (live ? "on" : "off");
    m_monitor->setLive(live);
}

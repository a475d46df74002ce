#pragma once

// Tells the MonitorController when a tool's mirror page is on screen (the window shown, not
// minimised, a page other than the overview current), so rounds come at the faster "live"
// interval then and at the configured one otherwise — including while the window is hidden.

#include <QObject>
#include <QPointer>

class MainWindow;
class MonitorController;

class WindowActivity : public QObject
{
    Q_OBJECT

public:
    WindowActivity(MainWindow *window, MonitorController *monitor, QObject *parent = nullptr);

    bool isMirrorPageVisible() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();

    QPointer<MainWindow> m_window;
    QPointer<MonitorController> m_monitor;
};

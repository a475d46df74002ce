#pragma once

// For the start-up benchmark: when MIRRORDECK_REPORT_FIRST_PAINT is set, prints one line
// "MIRRORDECK_FIRST_PAINT <ms>" on stdout once the main window has finished its first paint
// (<ms> is the time since the process started, from /proc on Linux, else -1), and with the value
// "quit" ends the application right after. Does nothing otherwise; costs one env lookup.

#include <QObject>

class QWidget;

class FirstPaintReporter : public QObject
{
    Q_OBJECT

public:
    // Watches `window` when the variable is set; the reporter is a child of the window.
    static void installIfRequested(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FirstPaintReporter(QWidget *window, bool quitAfter);
    void report();

    bool m_quitAfter;
    bool m_done = false;
};

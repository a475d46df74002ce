#pragma once

// For documentation only (tests/screenshots-tray.sh): when MIRRORDECK_TRAY_MENU_SHOT_DELAY_MS is
// set, waits that long for the first measurements, opens the tray menu below the tray icon with
// the first tool's submenu open, and prints MIRRORDECK_TRAY_MENU_OPEN on stderr so the script can
// take the picture (`import -window root`). Timer-driven; inert unless asked for.

#include <QObject>

class DesktopIntegration;

class TrayMenuShowcase : public QObject
{
    Q_OBJECT

public:
    static TrayMenuShowcase *startIfRequested(DesktopIntegration *desktop);

private:
    TrayMenuShowcase(DesktopIntegration *desktop, int delayMs);
    void open();

    DesktopIntegration *m_desktop;
};

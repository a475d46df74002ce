#pragma once

// For documentation and the screenshot script (tests/screenshots.sh) only: when
// MIRRORDECK_SCREENSHOT_DIR is set, waits MIRRORDECK_SCREENSHOT_DELAY_MS (default 8000) for the
// first measurements, then visits every page — and the settings tab, the diff preview, the
// history and the preferences — saving a PNG of the screen for each, and quits. Timer-driven: it
// never blocks or spins the event loop.

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <vector>

class MainWindow;

class ScreenshotTour : public QObject
{
    Q_OBJECT

public:
    // Does nothing (returns null) unless the environment asks for a tour.
    static ScreenshotTour *startIfRequested(MainWindow *window);
    // MIRRORDECK_SCREENSHOT_DARK=1: Fusion with a dark palette, to check the widgets in both.
    // Call before the window is created.
    static void applyDarkPaletteIfRequested();

private:
    ScreenshotTour(MainWindow *window, QString directory, int delayMs);

    struct Step
    {
        QString name;                  // file name without extension; empty: no shot
        std::function<void()> prepare; // puts the window into the state to show
        int settleMs = 900;
    };

    void buildSteps();
    void runStep(size_t index);
    void shoot(const QString &name);

    QPointer<MainWindow> m_window;
    QString m_directory;
    std::vector<Step> m_steps;
};

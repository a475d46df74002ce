#pragma once

// Makes a saved preference take effect at once: the language (translators swapped, every open
// window retranslates on QEvent::LanguageChange), the probe settings (interval, timeouts,
// thresholds, proxy) and launch at login (the XDG autostart entry).

#include "probe/ProbeSettings.h"
#include "settings/AppSettings.h"

#include <QObject>
#include <QPointer>

class LaunchAtLogin;
class MainWindow;
class MonitorController;
class TranslationLoader;

class PreferencesApplier : public QObject
{
    Q_OBJECT

public:
    PreferencesApplier(AppSettings *settings, TranslationLoader *translations,
                       MonitorController *monitor, QObject *parent = nullptr);

    void setMainWindow(MainWindow *window) { m_window = window; }
    // The language from the settings, applied now (also at start-up).
    void applyLanguage();

    static ProbeSettings probeSettings(const AppSettings &settings);
    // QLocale::setDefault for a resolved UI language ("zh_CN", "en").
    static void useLocaleOf(const QString &language);

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void onChanged(AppSettings::Key key);

    AppSettings *m_settings;
    TranslationLoader *m_translations;
    QPointer<MonitorController> m_monitor;
    QPointer<MainWindow> m_window;
};

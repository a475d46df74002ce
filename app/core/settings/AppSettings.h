#pragma once

// The application's preferences, typed, over a QSettings the caller provides (an ini file in
// tests). Every setting is one row of a table (key, type, default, allowed values), so adding a
// setting is one line plus a getter/setter pair; reads fall back to the default when the stored
// value is missing or was edited into something invalid, and writes are validated.

#include "Expected.h"

#include <QByteArray>
#include <QObject>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

class AppSettings : public QObject
{
    Q_OBJECT

public:
    enum class Key
    {
        ProbeIntervalSec,
        ThroughputIntervalSec,
        RequestTimeoutSec,
        LatencyGoodMs,
        LatencyWarningMs,
        MaxFails,
        FailTimeoutSec,
        ProxyMode,
        ManualProxyUrl,
        Language,
        StartMinimised,
        LaunchAtLogin,
        WindowGeometry,
        WindowState,
        ChartWindow,
        SelectedPage,
        ShowTrayIcon,
        TrayLeftClick,
        CloseToTrayNoticeShown,
        NoTrayNoticeShown,
        StartupRound,
        LiveIntervalSec,
        AutoFailover,
        FailoverStableSec,
        HistoryRetentionDays,
    };
    Q_ENUM(Key)

    enum class ProxyMode
    {
        System,
        None,
        Manual
    };
    Q_ENUM(ProxyMode)

    // How much history the charts show. 24 h, 7 d and 30 d are read from the measured history
    // (app/core/probedb), so they are full after a restart.
    enum class ChartWindow
    {
        FiveMinutes,
        OneHour,
        OneDay,
        SevenDays,
        ThirtyDays
    };
    Q_ENUM(ChartWindow)

    // What a left click on the tray icon does (a double click always opens the window).
    enum class TrayLeftClick
    {
        Menu,
        Window
    };
    Q_ENUM(TrayLeftClick)

    // The round at start-up: none (wait for the first interval), latency only (default; the
    // downloads wait for the first interval) or a full one with downloads.
    enum class StartupRound
    {
        None,
        LatencyOnly,
        Full
    };
    Q_ENUM(StartupRound)

    // One row of the table. Integers are checked against [minimum, maximum]; strings with
    // `choices` must be one of them.
    struct Spec
    {
        Key key;
        const char *name; // the QSettings key, "group/name"
        QMetaType::Type type;
        QVariant defaultValue;
        qlonglong minimum = 0;
        qlonglong maximum = 0;
        QStringList choices = {};
    };
    static const QList<Spec> &specs();
    static const Spec &spec(Key key);

    explicit AppSettings(std::unique_ptr<QSettings> settings, QObject *parent = nullptr);
    ~AppSettings() override;

    // Generic access, used by the typed members below and by a Preferences page that walks the
    // table. value() never returns an invalid value: it falls back to the default.
    QVariant value(Key key) const;
    Expected<void> setValue(Key key, const QVariant &value);
    void reset(Key key);
    bool isStored(Key key) const;
    void sync();
    QString fileName() const;

    int probeIntervalSec() const { return value(Key::ProbeIntervalSec).toInt(); }
    Expected<void> setProbeIntervalSec(int s) { return setValue(Key::ProbeIntervalSec, s); }
    int throughputIntervalSec() const { return value(Key::ThroughputIntervalSec).toInt(); }
    Expected<void> setThroughputIntervalSec(int s)
    {
        return setValue(Key::ThroughputIntervalSec, s);
    }
    int requestTimeoutSec() const { return value(Key::RequestTimeoutSec).toInt(); }
    Expected<void> setRequestTimeoutSec(int s) { return setValue(Key::RequestTimeoutSec, s); }

    // Latency colours: below "good" is green, below "warning" amber, else red. The pair is kept
    // consistent (good < warning); a hand-edited inconsistent pair reads as the defaults.
    int latencyGoodMs() const;
    int latencyWarningMs() const;
    Expected<void> setLatencyThresholds(int goodMs, int warningMs);

    // Health: a mirror is down after maxFails consecutive failures, and is retried after
    // failTimeoutSec (the nginx max_fails / fail_timeout idea).
    int maxFails() const { return value(Key::MaxFails).toInt(); }
    Expected<void> setMaxFails(int n) { return setValue(Key::MaxFails, n); }
    int failTimeoutSec() const { return value(Key::FailTimeoutSec).toInt(); }
    Expected<void> setFailTimeoutSec(int s) { return setValue(Key::FailTimeoutSec, s); }

    ProxyMode proxyMode() const;
    void setProxyMode(ProxyMode mode);
    // http://, https:// or socks5:// with a host; empty clears it.
    QString manualProxyUrl() const { return value(Key::ManualProxyUrl).toString(); }
    Expected<void> setManualProxyUrl(const QString &url)
    {
        return setValue(Key::ManualProxyUrl, url);
    }

    // "system", "zh_CN" or "en"; TranslationLoader resolves "system".
    QString language() const { return value(Key::Language).toString(); }
    Expected<void> setLanguage(const QString &language)
    {
        return setValue(Key::Language, language);
    }

    // Setters of typed values that always validate ignore setValue()'s result on purpose.
    bool startMinimised() const { return value(Key::StartMinimised).toBool(); }
    void setStartMinimised(bool on) { (void)setValue(Key::StartMinimised, on); }
    bool launchAtLogin() const { return value(Key::LaunchAtLogin).toBool(); }
    void setLaunchAtLogin(bool on) { (void)setValue(Key::LaunchAtLogin, on); }

    // QWidget::saveGeometry / QMainWindow::saveState blobs; empty when never saved.
    QByteArray windowGeometry() const { return value(Key::WindowGeometry).toByteArray(); }
    void setWindowGeometry(const QByteArray &blob) { (void)setValue(Key::WindowGeometry, blob); }
    QByteArray windowState() const { return value(Key::WindowState).toByteArray(); }
    void setWindowState(const QByteArray &blob) { (void)setValue(Key::WindowState, blob); }

    // Days the measured history keeps its hourly buckets (at least 31: the 30-day window).
    int historyRetentionDays() const { return value(Key::HistoryRetentionDays).toInt(); }
    Expected<void> setHistoryRetentionDays(int days)
    {
        return setValue(Key::HistoryRetentionDays, days);
    }

    ChartWindow chartWindow() const;
    void setChartWindow(ChartWindow window);
    static int chartWindowSeconds(ChartWindow window);

    // The page shown last (its object name); empty means the first page.
    QString selectedPage() const { return value(Key::SelectedPage).toString(); }
    void setSelectedPage(const QString &page) { (void)setValue(Key::SelectedPage, page); }

    // The tray: whether its icon is shown, what a left click does, and the two one-time notices
    // (closing keeps the app in the tray; no tray on this desktop).
    bool showTrayIcon() const { return value(Key::ShowTrayIcon).toBool(); }
    void setShowTrayIcon(bool on) { (void)setValue(Key::ShowTrayIcon, on); }
    TrayLeftClick trayLeftClick() const;
    void setTrayLeftClick(TrayLeftClick action);
    bool closeToTrayNoticeShown() const { return value(Key::CloseToTrayNoticeShown).toBool(); }
    void setCloseToTrayNoticeShown(bool on) { (void)setValue(Key::CloseToTrayNoticeShown, on); }
    bool noTrayNoticeShown() const { return value(Key::NoTrayNoticeShown).toBool(); }
    void setNoTrayNoticeShown(bool on) { (void)setValue(Key::NoTrayNoticeShown, on); }

    StartupRound startupRound() const;
    void setStartupRound(StartupRound round);
    // The faster interval while a tool's mirror page is on screen, so its charts fill quickly.
    int liveIntervalSec() const { return value(Key::LiveIntervalSec).toInt(); }
    Expected<void> setLiveIntervalSec(int s) { return setValue(Key::LiveIntervalSec, s); }

    // Failover: switch by itself when the mirror in use goes Down (opt-in); a mirror it left
    // must stay healthy this long before it is chosen again.
    bool autoFailover() const { return value(Key::AutoFailover).toBool(); }
    void setAutoFailover(bool on) { (void)setValue(Key::AutoFailover, on); }
    int failoverStableSec() const { return value(Key::FailoverStableSec).toInt(); }
    Expected<void> setFailoverStableSec(int s) { return setValue(Key::FailoverStableSec, s); }

Q_SIGNALS:
    // Emitted after a stored value changed (not when set to the value it already had).
    void changed(AppSettings::Key key);

private:
    std::optional<QVariant> validated(const Spec &spec, const QVariant &raw) const;

    std::unique_ptr<QSettings> m_settings;
};

#include "settings/AppSettings.h"

#include "probe/ProbeSettings.h"
#include "settings/SettingsLog.h"

#include <QUrl>

namespace {

const QString kProxySystem = QStringLiteral("system");
const QString kProxyNone = QStringLiteral("none");
const QString kProxyManual = QStringLiteral("manual");
const QString kChart5m = QStringLiteral("5m");
const QString kChart1h = QStringLiteral("1h");
const QString kChart24h = QStringLiteral("24h");
const QString kLeftClickMenu = QStringLiteral("menu");
const QString kLeftClickWindow = QStringLiteral("window");
const QString kStartupNone = QStringLiteral("none");
const QString kStartupLatency = QStringLiteral("latency");
const QString kStartupFull = QStringLiteral("full");
const QString kChart7d = QStringLiteral("7d");
const QString kChart30d = QStringLiteral("30d");

constexpr qlonglong kDay = 24 * 3600;

bool isProxyUrl(const QString &text)
{
    if (text.isEmpty())
        return true;
    const QUrl url(text, QUrl::StrictMode);
    static const QStringList schemes = {QStringLiteral("http"), QStringLiteral("https"),
                                        QStringLiteral("socks5"), QStringLiteral("socks5h")};
    return url.isValid() && schemes.contains(url.scheme().toLower()) && !url.host().isEmpty();
}

} // namespace

const QList<AppSettings::Spec> &AppSettings::specs()
{
    using T = QMetaType::Type;
    // The measurement defaults are the engine's own, so the window and mirrordeck-cli judge
    // mirrors alike until the user changes a preference.
    const ProbeSettings engine;
    const int timeoutSec = engine.timeoutMs / 1000;
    const int throughputSec = engine.latencyIntervalMs / 1000 * engine.throughputEveryRounds;
    // clang-format off
    static const QList<Spec> table = {
        {Key::ProbeIntervalSec,      "probe/interval_s",            T::Int,  engine.latencyIntervalMs / 1000, 10, kDay},
        {Key::ThroughputIntervalSec, "probe/throughput_interval_s", T::Int,  throughputSec, 60, 7 * kDay},
        {Key::RequestTimeoutSec,     "probe/request_timeout_s",     T::Int,  timeoutSec, 1, 300},
        {Key::LatencyGoodMs,         "health/latency_good_ms",      T::Int,  int(engine.goodLatencyMs), 1, 60000},
        {Key::LatencyWarningMs,      "health/latency_warning_ms",   T::Int,  int(engine.warningLatencyMs), 2, 120000},
        {Key::MaxFails,              "health/max_fails",            T::Int,  engine.maxFails, 1, 100},
        {Key::FailTimeoutSec,        "health/fail_timeout_s",       T::Int,  engine.failTimeoutMs / 1000, 1, kDay},
        {Key::ProxyMode,             "network/proxy_mode",          T::QString, kProxySystem, 0, 0,
                                     {kProxySystem, kProxyNone, kProxyManual}},
        {Key::ManualProxyUrl,        "network/manual_proxy_url",    T::QString, QString()},
        {Key::Language,              "ui/language",                 T::QString, QStringLiteral("system"), 0, 0,
                                     {QStringLiteral("system"), QStringLiteral("zh_CN"), QStringLiteral("en")}},
        {Key::StartMinimised,        "ui/start_minimised",          T::Bool, false},
        {Key::LaunchAtLogin,         "ui/launch_at_login",          T::Bool, false},
        {Key::WindowGeometry,        "window/geometry",             T::QByteArray, QByteArray()},
        {Key::WindowState,           "window/state",                T::QByteArray, QByteArray()},
        {Key::ChartWindow,           "ui/chart_window",             T::QString, kChart1h, 0, 0,
                                     {kChart5m, kChart1h, kChart24h, kChart7d, kChart30d}},
        {Key::SelectedPage,          "ui/selected_page",            T::QString, QString()},
        // The tray and background monitoring.
        {Key::ShowTrayIcon,          "tray/show_icon",              T::Bool, true},
        {Key::TrayLeftClick,         "tray/left_click",             T::QString, kLeftClickMenu, 0, 0,
                                     {kLeftClickMenu, kLeftClickWindow}},
        {Key::CloseToTrayNoticeShown, "tray/close_notice_shown",    T::Bool, false},
        {Key::NoTrayNoticeShown,     "tray/no_tray_notice_shown",   T::Bool, false},
        {Key::StartupRound,          "probe/startup_round",         T::QString, kStartupLatency, 0, 0,
                                     {kStartupNone, kStartupLatency, kStartupFull}},
        {Key::LiveIntervalSec,       "probe/live_interval_s",       T::Int,  10, 2, 3600},
        {Key::AutoFailover,          "failover/automatic",          T::Bool, false},
        {Key::FailoverStableSec,     "failover/stable_s",           T::Int,  300, 0, kDay},
        {Key::HistoryRetentionDays,  "history/retention_days",      T::Int,  90, 31, 3650},
    };
    // clang-format on
    return table;
}

const AppSettings::Spec &AppSettings::spec(Key key)
{
    // The table is in enum order; the unit test checks that it stays so.
    return specs().at(static_cast<int>(key));
}

AppSettings::AppSettings(std::unique_ptr<QSettings> settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    Q_ASSERT(m_settings);
    qCDebug(lcSettings) << "preferences in" << m_settings->fileName();
}

AppSettings::~AppSettings() = default;

std::optional<QVariant> AppSettings::validated(const Spec &spec, const QVariant &raw) const
{
    if (!raw.isValid())
        return std::nullopt;
    switch (spec.type) {
    case QMetaType::Int: {
        bool ok = false;
        const qlonglong n = raw.toLongLong(&ok);
        if (!ok || n < spec.minimum || n > spec.maximum)
            return std::nullopt;
        return QVariant(int(n));
    }
    case QMetaType::Bool: {
        // An ini file stores "true"/"false"; QVariant would read any other text as true.
        if (raw.typeId() == QMetaType::Bool)
            return raw;
        const QString text = raw.toString().trimmed().toLower();
        if (text == QLatin1String("true") || text == QLatin1String("1"))
            return QVariant(true);
        if (text == QLatin1String("false") || text == QLatin1String("0"))
            return QVariant(false);
        return std::nullopt;
    }
    case QMetaType::QString: {
        if (!raw.canConvert<QString>())
            return std::nullopt;
        const QString text = raw.toString();
        if (!spec.choices.isEmpty() && !spec.choices.contains(text))
            return std::nullopt;
        if (spec.key == Key::ManualProxyUrl && !isProxyUrl(text))
            return std::nullopt;
        return QVariant(text);
    }
    case QMetaType::QByteArray:
        return QVariant(raw.toByteArray());
    default:
        return std::nullopt;
    }
}

QVariant AppSettings::value(Key key) const
{
    const Spec &s = spec(key);
    return validated(s, m_settings->value(QLatin1String(s.name))).value_or(s.defaultValue);
}

Expected<void> AppSettings::setValue(Key key, const QVariant &value)
{
    const Spec &s = spec(key);
    const std::optional<QVariant> checked = validated(s, value);
    if (!checked) {
        QString allowed;
        if (s.type == QMetaType::Int)
            allowed = tr("a whole number from %1 to %2").arg(s.minimum).arg(s.maximum);
        else if (!s.choices.isEmpty())
            allowed = tr("one of: %1").arg(s.choices.join(QLatin1String(", ")));
        else if (key == Key::ManualProxyUrl)
            allowed = tr("an http://, https:// or socks5:// address with a host name");
        else
            allowed = tr("a value of the right type");
        return makeError(CoreError::Kind::InvalidValue,
                         tr("\"%1\" is not a valid value for the setting %2; expected %3.")
                             .arg(value.toString(), QLatin1String(s.name), allowed),
                         m_settings->fileName());
    }
    const QVariant before = this->value(key);
    m_settings->setValue(QLatin1String(s.name), *checked);
    // The name only: a proxy URL may carry a password.
    qCDebug(lcSettings) << "stored" << s.name << "in" << m_settings->fileName();
    if (before != *checked)
        Q_EMIT changed(key);
    return {};
}

void AppSettings::reset(Key key)
{
    const QVariant before = value(key);
    m_settings->remove(QLatin1String(spec(key).name));
    if (before != value(key))
        Q_EMIT changed(key);
}

bool AppSettings::isStored(Key key) const
{
    return m_settings->contains(QLatin1String(spec(key).name));
}

void AppSettings::sync()
{
    m_settings->sync();
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

int AppSettings::latencyGoodMs() const
{
    const int good = value(Key::LatencyGoodMs).toInt();
    const int warning = value(Key::LatencyWarningMs).toInt();
    return good < warning ? good : spec(Key::LatencyGoodMs).defaultValue.toInt();
}

int AppSettings::latencyWarningMs() const
{
    const int good = value(Key::LatencyGoodMs).toInt();
    const int warning = value(Key::LatencyWarningMs).toInt();
    return good < warning ? warning : spec(Key::LatencyWarningMs).defaultValue.toInt();
}

Expected<void> AppSettings::setLatencyThresholds(int goodMs, int warningMs)
{
    if (goodMs >= warningMs)
        return makeError(CoreError::Kind::InvalidValue,
                         tr("The \"good\" latency threshold (%1 ms) must be lower than the "
                            "\"warning\" threshold (%2 ms).")
                             .arg(goodMs)
                             .arg(warningMs),
                         m_settings->fileName());
    // Check both before writing either, so a failure leaves the pair as it was.
    if (!validated(spec(Key::LatencyGoodMs), goodMs))
        return setValue(Key::LatencyGoodMs, goodMs);
    if (!validated(spec(Key::LatencyWarningMs), warningMs))
        return setValue(Key::LatencyWarningMs, warningMs);
    MIRRORDECK_TRY(setValue(Key::LatencyGoodMs, goodMs));
    return setValue(Key::LatencyWarningMs, warningMs);
}

AppSettings::ProxyMode AppSettings::proxyMode() const
{
    const QString mode = value(Key::ProxyMode).toString();
    if (mode == kProxyNone)
        return ProxyMode::None;
    if (mode == kProxyManual)
        return ProxyMode::Manual;
    return ProxyMode::System;
}

void AppSettings::setProxyMode(ProxyMode mode)
{
    switch (mode) {
    case ProxyMode::System:
        (void)setValue(Key::ProxyMode, kProxySystem);
        break;
    case ProxyMode::None:
        (void)setValue(Key::ProxyMode, kProxyNone);
        break;
    case ProxyMode::Manual:
        (void)setValue(Key::ProxyMode, kProxyManual);
        break;
    }
}

AppSettings::ChartWindow AppSettings::chartWindow() const
{
    const QString window = value(Key::ChartWindow).toString();
    if (window == kChart5m)
        return ChartWindow::FiveMinutes;
    if (window == kChart24h)
        return ChartWindow::OneDay;
    if (window == kChart7d)
        return ChartWindow::SevenDays;
    if (window == kChart30d)
        return ChartWindow::ThirtyDays;
    return ChartWindow::OneHour;
}

void AppSettings::setChartWindow(ChartWindow window)
{
    switch (window) {
    case ChartWindow::FiveMinutes:
        (void)setValue(Key::ChartWindow, kChart5m);
        break;
    case ChartWindow::OneHour:
        (void)setValue(Key::ChartWindow, kChart1h);
        break;
    case ChartWindow::OneDay:
        (void)setValue(Key::ChartWindow, kChart24h);
        break;
    case ChartWindow::SevenDays:
        (void)setValue(Key::ChartWindow, kChart7d);
        break;
    case ChartWindow::ThirtyDays:
        (void)setValue(Key::ChartWindow, kChart30d);
        break;
    }
}

int AppSettings::chartWindowSeconds(ChartWindow window)
{
    switch (window) {
    case ChartWindow::FiveMinutes:
        return 5 * 60;
    case ChartWindow::OneHour:
        return 3600;
    case ChartWindow::OneDay:
        return 24 * 3600;
    case ChartWindow::SevenDays:
        return 7 * 24 * 3600;
    case ChartWindow::ThirtyDays:
        return 30 * 24 * 3600;
    }
    return 3600;
}

AppSettings::TrayLeftClick AppSettings::trayLeftClick() const
{
    return value(Key::TrayLeftClick).toString() == kLeftClickWindow ? TrayLeftClick::Window
                                                                    : TrayLeftClick::Menu;
}

void AppSettings::setTrayLeftClick(TrayLeftClick action)
{
    (void)setValue(Key::TrayLeftClick,
                   action == TrayLeftClick::Window ? kLeftClickWindow : kLeftClickMenu);
}

AppSettings::StartupRound AppSettings::startupRound() const
{
    const QString round = value(Key::StartupRound).toString();
    if (round == kStartupNone)
        return StartupRound::None;
    if (round == kStartupFull)
        return StartupRound::Full;
    return StartupRound::LatencyOnly;
}

void AppSettings::setStartupRound(StartupRound round)
{
    switch (round) {
    case StartupRound::None:
        (void)setValue(Key::StartupRound, kStartupNone);
        break;
    case StartupRound::LatencyOnly:
        (void)setValue(Key::StartupRound, kStartupLatency);
        break;
    case StartupRound::Full:
        (void)setValue(Key::StartupRound, kStartupFull);
        break;
    }
}

#include "PreferencesApplier.h"

#include "AppContext.h"
#include "MainWindow.h"
#include "MonitorController.h"
#include "i18n/TranslationLoader.h"
#include "platform/LaunchAtLogin.h"

#include <QLocale>

PreferencesApplier::PreferencesApplier(AppSettings *settings, TranslationLoader *translations,
                                       MonitorController *monitor, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_translations(translations)
    , m_monitor(monitor)
{
    connect(m_settings, &AppSettings::changed, this, &PreferencesApplier::onChanged);
}

void PreferencesApplier::applyLanguage()
{
    // The resolved language is published before the translators change, so widgets that pick
    // mirror names by language see the new one while they handle LanguageChange.
    const QString language = TranslationLoader::resolve(m_settings->language());
    useLocaleOf(language);
    setCurrentUiLanguage(language);
    if (m_window)
        m_window->setUiLanguage(language);
    if (m_translations)
        m_translations->apply(m_settings->language());
}

void PreferencesApplier::useLocaleOf(const QString &language)
{
    // Dates, numbers and units follow the UI language, not only the words: a Chinese UI on an
    // English system shows 2026/11/25, and the other way round.
    if (language.startsWith(QLatin1String("zh")))
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    else if (QLocale::system().language() == QLocale::English)
        QLocale::setDefault(QLocale::system());
    else
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

ProbeSettings PreferencesApplier::probeSettings(const AppSettings &settings)
{
    ProbeSettings probe;
    probe.latencyIntervalMs = settings.probeIntervalSec() * 1000;
    probe.throughputEveryRounds =
        qMax(1, settings.throughputIntervalSec() / qMax(1, settings.probeIntervalSec()));
    probe.timeoutMs = settings.requestTimeoutSec() * 1000;
    probe.goodLatencyMs = settings.latencyGoodMs();
    probe.warningLatencyMs = settings.latencyWarningMs();
    probe.maxFails = settings.maxFails();
    probe.failTimeoutMs = settings.failTimeoutSec() * 1000;
    switch (settings.proxyMode()) {
    case AppSettings::ProxyMode::System:
        probe.proxyMode = ProbeSettings::ProxyMode::System;
        break;
    case AppSettings::ProxyMode::None:
        probe.proxyMode = ProbeSettings::ProxyMode::None;
        break;
    case AppSettings::ProxyMode::Manual:
        probe.proxyMode = ProbeSettings::ProxyMode::Manual;
        break;
    }
    probe.proxyUrl = settings.manualProxyUrl();
    return probe;
}

void PreferencesApplier::onChanged(AppSettings::Key key)
{
    switch (key) {
    case AppSettings::Key::Language:
        applyLanguage();
        break;
    case AppSettings::Key::LaunchAtLogin: {
        const Expected<void> result = LaunchAtLogin().setEnabled(m_settings->launchAtLogin());
        if (!result)
            Q_EMIT errorOccurred(result.error().toString());
        break;
    }
    case AppSettings::Key::ProbeIntervalSec:
    case AppSettings::Key::ThroughputIntervalSec:
    case AppSettings::Key::RequestTimeoutSec:
    case AppSettings::Key::LatencyGoodMs:
    case AppSettings::Key::LatencyWarningMs:
    case AppSettings::Key::MaxFails:
    case AppSettings::Key::FailTimeoutSec:
    case AppSettings::Key::ProxyMode:
    case AppSettings::Key::ManualProxyUrl:
        if (m_monitor)
            m_monitor->applySettings(probeSettings(*m_settings));
        break;
    case AppSettings::Key::LiveIntervalSec:
        if (m_monitor)
            m_monitor->setLiveIntervalSec(m_settings->liveIntervalSec());
        break;
    default:
        break;
    }
}

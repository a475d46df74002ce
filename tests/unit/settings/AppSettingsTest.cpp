// Typed preferences over a QSettings ini file: defaults, round trips, validation, and fallback
// when the file was edited into something invalid.

#include "settings/AppSettings.h"
#include "probe/ProbeSettings.h"

#include <QMetaEnum>
#include <QSet>
#include <QTemporaryDir>

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace {

class AppSettingsTest : public ::testing::Test
{
protected:
    QString iniPath() const { return m_dir.filePath(QStringLiteral("mirrordeck.ini")); }
    std::unique_ptr<AppSettings> open() const
    {
        return std::make_unique<AppSettings>(
            std::make_unique<QSettings>(iniPath(), QSettings::IniFormat));
    }
    // Writes a raw value as a user with a text editor would.
    void writeRaw(const QString &key, const QVariant &value) const
    {
        QSettings raw(iniPath(), QSettings::IniFormat);
        raw.setValue(key, value);
        raw.sync();
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(AppSettingsTest, TableCoversEveryKeyInEnumOrder)
{
    const QMetaEnum keys = QMetaEnum::fromType<AppSettings::Key>();
    ASSERT_EQ(AppSettings::specs().size(), keys.keyCount());
    QSet<QString> names;
    for (int i = 0; i < keys.keyCount(); ++i) {
        const auto key = static_cast<AppSettings::Key>(keys.value(i));
        EXPECT_EQ(AppSettings::spec(key).key, key) << keys.key(i);
        names.insert(QLatin1String(AppSettings::spec(key).name));
    }
    EXPECT_EQ(names.size(), keys.keyCount()); // no two settings share a QSettings key
}

TEST_F(AppSettingsTest, DefaultsOnAnEmptyFile)
{
    auto s = open();
    // The window judges mirrors as mirrordeck-cli does until the user changes a preference.
    const ProbeSettings engine;
    EXPECT_EQ(s->probeIntervalSec() * 1000, engine.latencyIntervalMs);
    EXPECT_EQ(s->throughputIntervalSec() * 1000,
              engine.latencyIntervalMs * engine.throughputEveryRounds);
    EXPECT_EQ(s->requestTimeoutSec() * 1000, engine.timeoutMs);
    EXPECT_EQ(s->latencyGoodMs(), engine.goodLatencyMs);
    EXPECT_EQ(s->latencyWarningMs(), engine.warningLatencyMs);
    EXPECT_EQ(s->maxFails(), engine.maxFails);
    EXPECT_EQ(s->failTimeoutSec() * 1000, engine.failTimeoutMs);
    EXPECT_EQ(s->proxyMode(), AppSettings::ProxyMode::System);
    EXPECT_TRUE(s->manualProxyUrl().isEmpty());
    EXPECT_EQ(s->language(), QStringLiteral("system"));
    EXPECT_FALSE(s->startMinimised());
    EXPECT_FALSE(s->launchAtLogin());
    EXPECT_TRUE(s->windowGeometry().isEmpty());
    EXPECT_TRUE(s->windowState().isEmpty());
    EXPECT_EQ(s->chartWindow(), AppSettings::ChartWindow::OneHour);
    EXPECT_TRUE(s->selectedPage().isEmpty());
    EXPECT_EQ(s->historyRetentionDays(), 90);
    EXPECT_FALSE(s->isStored(AppSettings::Key::ProbeIntervalSec));
}

TEST_F(AppSettingsTest, ValuesSurviveReopening)
{
    {
        auto s = open();
        ASSERT_TRUE(s->setProbeIntervalSec(120));
        ASSERT_TRUE(s->setThroughputIntervalSec(3600));
        ASSERT_TRUE(s->setRequestTimeoutSec(5));
        ASSERT_TRUE(s->setLatencyThresholds(80, 250));
        ASSERT_TRUE(s->setMaxFails(5));
        ASSERT_TRUE(s->setFailTimeoutSec(30));
        s->setProxyMode(AppSettings::ProxyMode::Manual);
        ASSERT_TRUE(s->setManualProxyUrl(QStringLiteral("http://127.0.0.1:3128")));
        ASSERT_TRUE(s->setLanguage(QStringLiteral("zh_CN")));
        s->setStartMinimised(true);
        s->setLaunchAtLogin(true);
        s->setWindowGeometry(QByteArray("\x01\x02\x00\xff", 4));
        s->setWindowState(QByteArray("state"));
        s->setChartWindow(AppSettings::ChartWindow::ThirtyDays);
        s->setSelectedPage(QStringLiteral("historyPage"));
        ASSERT_TRUE(s->setHistoryRetentionDays(45));
        EXPECT_FALSE(s->setHistoryRetentionDays(30)); // shorter than the 30-day window
        s->sync();
    }
    auto s = open();
    EXPECT_EQ(s->probeIntervalSec(), 120);
    EXPECT_EQ(s->throughputIntervalSec(), 3600);
    EXPECT_EQ(s->requestTimeoutSec(), 5);
    EXPECT_EQ(s->latencyGoodMs(), 80);
    EXPECT_EQ(s->latencyWarningMs(), 250);
    EXPECT_EQ(s->maxFails(), 5);
    EXPECT_EQ(s->failTimeoutSec(), 30);
    EXPECT_EQ(s->proxyMode(), AppSettings::ProxyMode::Manual);
    EXPECT_EQ(s->manualProxyUrl(), QStringLiteral("http://127.0.0.1:3128"));
    EXPECT_EQ(s->language(), QStringLiteral("zh_CN"));
    EXPECT_TRUE(s->startMinimised());
    EXPECT_TRUE(s->launchAtLogin());
    EXPECT_EQ(s->windowGeometry(), QByteArray("\x01\x02\x00\xff", 4));
    EXPECT_EQ(s->windowState(), QByteArray("state"));
    EXPECT_EQ(s->chartWindow(), AppSettings::ChartWindow::ThirtyDays);
    EXPECT_EQ(s->selectedPage(), QStringLiteral("historyPage"));
    EXPECT_EQ(s->historyRetentionDays(), 45);
}

TEST_F(AppSettingsTest, OutOfRangeWritesAreRefusedAndLeaveTheValue)
{
    auto s = open();
    ASSERT_TRUE(s->setProbeIntervalSec(60));
    Expected<void> tooShort = s->setProbeIntervalSec(0);
    ASSERT_FALSE(tooShort);
    EXPECT_TRUE(tooShort.error().message.contains(QLatin1String("probe/interval_s")));
    EXPECT_EQ(s->probeIntervalSec(), 60);
    EXPECT_FALSE(s->setRequestTimeoutSec(-1));
    EXPECT_FALSE(s->setMaxFails(0));
    EXPECT_FALSE(s->setLanguage(QStringLiteral("fr")));
    EXPECT_EQ(s->language(), QStringLiteral("system"));
}

TEST_F(AppSettingsTest, LatencyThresholdsStayOrdered)
{
    auto s = open();
    Expected<void> inverted = s->setLatencyThresholds(300, 200);
    ASSERT_FALSE(inverted);
    EXPECT_EQ(s->latencyGoodMs(), 100);
    EXPECT_EQ(s->latencyWarningMs(), 200);
    // One bad value fails the pair without writing the other.
    EXPECT_FALSE(s->setLatencyThresholds(50, 10'000'000));
    EXPECT_EQ(s->latencyGoodMs(), 100);
    EXPECT_FALSE(s->isStored(AppSettings::Key::LatencyGoodMs));

    // A hand-edited inverted pair reads as the defaults rather than as nonsense.
    writeRaw(QStringLiteral("health/latency_good_ms"), 500);
    writeRaw(QStringLiteral("health/latency_warning_ms"), 400);
    auto reopened = open();
    EXPECT_EQ(reopened->latencyGoodMs(), 100);
    EXPECT_EQ(reopened->latencyWarningMs(), 200);
}

TEST_F(AppSettingsTest, ManualProxyUrlMustBeAProxyAddress)
{
    auto s = open();
    EXPECT_TRUE(s->setManualProxyUrl(QStringLiteral("socks5://127.0.0.1:1080")));
    EXPECT_TRUE(s->setManualProxyUrl(QStringLiteral("https://proxy.corp.example:8443")));
    EXPECT_TRUE(s->setManualProxyUrl(QString())); // clearing is allowed
    for (const QString &bad : {QStringLiteral("ftp://proxy:21"), QStringLiteral("127.0.0.1:3128"),
                               QStringLiteral("http://")}) {
        Expected<void> set = s->setManualProxyUrl(bad);
        EXPECT_FALSE(set) << bad.toStdString();
    }
}

TEST_F(AppSettingsTest, HandEditedGarbageFallsBackToDefaults)
{
    writeRaw(QStringLiteral("probe/interval_s"), QStringLiteral("soon"));
    writeRaw(QStringLiteral("probe/request_timeout_s"), 100000);
    writeRaw(QStringLiteral("ui/start_minimised"), QStringLiteral("perhaps"));
    writeRaw(QStringLiteral("network/proxy_mode"), QStringLiteral("pac"));
    writeRaw(QStringLiteral("ui/chart_window"), QStringLiteral("1w"));
    writeRaw(QStringLiteral("ui/language"), QStringLiteral("de"));
    writeRaw(QStringLiteral("network/manual_proxy_url"), QStringLiteral("not a url"));
    auto s = open();
    EXPECT_EQ(s->probeIntervalSec(), ProbeSettings().latencyIntervalMs / 1000);
    EXPECT_EQ(s->requestTimeoutSec(), ProbeSettings().timeoutMs / 1000);
    EXPECT_FALSE(s->startMinimised());
    EXPECT_EQ(s->proxyMode(), AppSettings::ProxyMode::System);
    EXPECT_EQ(s->chartWindow(), AppSettings::ChartWindow::OneHour);
    EXPECT_EQ(s->language(), QStringLiteral("system"));
    EXPECT_TRUE(s->manualProxyUrl().isEmpty());
}

TEST_F(AppSettingsTest, IniTextValuesAreReadWithTheirTypes)
{
    // What a user typing into the ini file writes: plain text.
    writeRaw(QStringLiteral("probe/interval_s"), QStringLiteral("90"));
    writeRaw(QStringLiteral("ui/launch_at_login"), QStringLiteral("true"));
    auto s = open();
    EXPECT_EQ(s->probeIntervalSec(), 90);
    EXPECT_TRUE(s->launchAtLogin());
}

TEST_F(AppSettingsTest, ChangedIsEmittedOnlyForRealChanges)
{
    auto s = open();
    QList<AppSettings::Key> changes;
    QObject::connect(s.get(), &AppSettings::changed,
                     [&changes](AppSettings::Key key) { changes.append(key); });
    ASSERT_TRUE(s->setProbeIntervalSec(300)); // the default: nothing changes
    EXPECT_TRUE(changes.isEmpty());
    ASSERT_TRUE(s->setLanguage(QStringLiteral("en")));
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes.at(0), AppSettings::Key::Language);
    EXPECT_FALSE(s->setLanguage(QStringLiteral("xx")));
    EXPECT_EQ(changes.size(), 1);
    s->reset(AppSettings::Key::Language);
    EXPECT_EQ(changes.size(), 2);
    EXPECT_EQ(s->language(), QStringLiteral("system"));
    EXPECT_FALSE(s->isStored(AppSettings::Key::Language));
}

TEST_F(AppSettingsTest, ChartWindowSeconds)
{
    EXPECT_EQ(AppSettings::chartWindowSeconds(AppSettings::ChartWindow::FiveMinutes), 300);
    EXPECT_EQ(AppSettings::chartWindowSeconds(AppSettings::ChartWindow::OneHour), 3600);
    EXPECT_EQ(AppSettings::chartWindowSeconds(AppSettings::ChartWindow::OneDay), 86400);
    EXPECT_EQ(AppSettings::chartWindowSeconds(AppSettings::ChartWindow::SevenDays), 7 * 86400);
    EXPECT_EQ(AppSettings::chartWindowSeconds(AppSettings::ChartWindow::ThirtyDays), 30 * 86400);
}

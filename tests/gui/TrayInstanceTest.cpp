// The real mirrordeck binary as a user starts it: a second launch and `--show` reach the running
// instance, `--quit` ends it, each returning 0 within two seconds; with none running, `--quit`
// returns at once and `--show` starts one. Loopback catalog, throw-away HOME, its own instance
// key (never the developer's running MirrorDeck).

#include "TrayFixture.h"
#include "integration/probe/MirrorServerProcess.h"
#include "support/TestHome.h"

#include <QElapsedTimer>
#include <QLocalSocket>
#include <QProcess>
#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

namespace {

class Instance : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_server.start({QStringLiteral("go-up:go:official=1")}))
            << m_server.errorString().toStdString();
        m_key = QUuid::createUuid().toString(QUuid::Id128).left(12);
        QProcessEnvironment &env = m_home.variables();
        env.insert(QStringLiteral("MIRRORDECK_INSTANCE_KEY"), m_key);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("mirrordeck.ui.debug=true"));
        env.remove(QStringLiteral("MIRRORDECK_ALLOW_MULTIPLE"));
    }
    void TearDown() override
    {
        if (m_first.state() != QProcess::NotRunning) {
            m_first.kill();
            m_first.waitForFinished(5000);
        }
    }

    QString serverName() const
    {
        return QStringLiteral("io.github.mirrordeck.MirrorDeck-") +
               m_home.variables().value(QStringLiteral("USER"), QStringLiteral("user")) +
               QLatin1Char('-') + m_key;
    }
    bool instanceListens() const
    {
        QLocalSocket socket;
        socket.connectToServer(serverName());
        const bool up = socket.waitForConnected(200);
        socket.abort();
        return up;
    }
    void startFirst(const QStringList &arguments)
    {
        m_first.setProcessEnvironment(m_home.variables());
        m_first.setProcessChannelMode(QProcess::SeparateChannels);
        m_first.start(QStringLiteral(MIRRORDECK_GUI_PATH),
                      QStringList{QStringLiteral("--catalog"), m_server.catalogPath()} + arguments);
        ASSERT_TRUE(m_first.waitForStarted(10000));
        ASSERT_TRUE(QTest::qWaitFor([this] { return instanceListens(); }, 20000))
            << "the first instance never listened";
    }
    // Runs a short-lived `mirrordeck ARGS`; its exit code, or -1 when it took longer than 2 s.
    int runQuick(const QStringList &arguments, qint64 *elapsedMs)
    {
        QProcess process;
        process.setProcessEnvironment(m_home.variables());
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(MIRRORDECK_GUI_PATH),
                      QStringList{QStringLiteral("--catalog"), m_server.catalogPath()} + arguments);
        const bool finished = process.waitForFinished(2000);
        *elapsedMs = timer.elapsed();
        if (!finished) {
            process.kill();
            process.waitForFinished(3000);
            return -1;
        }
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -3;
    }
    QByteArray firstLog()
    {
        m_log += m_first.readAllStandardError();
        return m_log;
    }

    TestHome m_home;
    MirrorServerProcess m_server;
    QString m_key;
    QProcess m_first;
    QByteArray m_log;
};

} // namespace

TEST_F(Instance, Instance_QuitWithNoneRunningReturnsZeroAtOnce)
{
    qint64 elapsed = 0;
    EXPECT_EQ(runQuick({QStringLiteral("--quit")}, &elapsed), 0) << elapsed << " ms";
    EXPECT_FALSE(instanceListens());
}

TEST_F(Instance, Instance_SecondLaunchAndShowReachTheRunningOneAndQuitEndsIt)
{
    startFirst({});
    qint64 elapsed = 0;
    EXPECT_EQ(runQuick({}, &elapsed), 0) << "second launch, " << elapsed << " ms";
    ASSERT_TRUE(
        QTest::qWaitFor([this] { return firstLog().count("window brought forward") >= 1; }, 5000))
        << firstLog().constData();
    EXPECT_EQ(runQuick({QStringLiteral("--show")}, &elapsed), 0) << "--show, " << elapsed << " ms";
    ASSERT_TRUE(
        QTest::qWaitFor([this] { return firstLog().count("window brought forward") >= 2; }, 5000))
        << firstLog().constData();
    EXPECT_EQ(m_first.state(), QProcess::Running);

    EXPECT_EQ(runQuick({QStringLiteral("--quit")}, &elapsed), 0) << "--quit, " << elapsed << " ms";
    ASSERT_TRUE(m_first.waitForFinished(5000)) << "the running instance did not quit";
    EXPECT_EQ(m_first.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(m_first.exitCode(), 0);
    EXPECT_FALSE(instanceListens());
}

TEST_F(Instance, Instance_ShowWithNoneRunningStartsOne)
{
    startFirst({QStringLiteral("--show")});
    QTest::qWait(500);
    EXPECT_EQ(m_first.state(), QProcess::Running) << firstLog().constData();
    qint64 elapsed = 0;
    EXPECT_EQ(runQuick({QStringLiteral("--quit")}, &elapsed), 0);
    EXPECT_TRUE(m_first.waitForFinished(5000));
}

TEST_F(Instance, Instance_StartMinimisedMeansHiddenInTheTrayWhereThereIsOne)
{
    const QString why = TrayHost::ensure();
    if (!why.isEmpty())
        GTEST_SKIP() << why.toStdString();
    // The real binary on the same X server as the tray host this test started.
    m_home.variables().insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    m_home.variables().insert(QStringLiteral("DISPLAY"), qEnvironmentVariable("DISPLAY"));
    startFirst({QStringLiteral("--minimized")});
    ASSERT_TRUE(QTest::qWaitFor(
        [this] { return firstLog().contains("starting hidden in the tray"); }, 10000))
        << firstLog().constData();
    EXPECT_TRUE(firstLog().contains("tray active: true"));
    qint64 elapsed = 0;
    EXPECT_EQ(runQuick({QStringLiteral("--show")}, &elapsed), 0);
    EXPECT_TRUE(
        QTest::qWaitFor([this] { return firstLog().contains("window brought forward"); }, 5000));
    EXPECT_EQ(runQuick({QStringLiteral("--quit")}, &elapsed), 0);
    EXPECT_TRUE(m_first.waitForFinished(5000)) << "a tray-resident instance must quit too";
    EXPECT_EQ(m_first.exitCode(), 0);
}

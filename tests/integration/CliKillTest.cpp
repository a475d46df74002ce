// Killing mirrordeck-cli at random moments while it writes must never leave a partial or empty
// config file: QSaveFile writes a temporary file and renames it over the old one.

#include "support/TestHome.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QThread>

#include <gtest/gtest.h>

#include <set>

TEST(CliKill, KillingSetAtRandomMomentsNeverLeavesAPartialFile)
{
    TestHome home;
    // A realistic file with enough bytes that a torn write would show.
    QByteArray header;
    for (int i = 0; i < 200; ++i)
        header += "# comment line " + QByteArray::number(i) + " keeps the file large enough\n";
    const QByteArray initial = header + "GOPROXY=https://value-0,direct\n";
    home.writeFile(QStringLiteral(".config/go/env"), initial);

    std::set<QByteArray> complete = {initial};
    QRandomGenerator random(20261125); // fixed seed: a failure can be replayed
    const int rounds = 120;
    int killedWhileRunning = 0;
    for (int round = 1; round <= rounds; ++round) {
        const QByteArray value = "https://value-" + QByteArray::number(round) + ",direct";
        complete.insert(header + "GOPROXY=" + value + "\n");

        QProcess process;
        process.setProcessEnvironment(home.variables());
        process.start(QStringLiteral(MIRRORDECK_CLI_PATH),
                      {QStringLiteral("set"), QStringLiteral("go"), QStringLiteral("GOPROXY"),
                       QString::fromUtf8(value)});
        ASSERT_TRUE(process.waitForStarted(10000));
        // Somewhere between start-up and well after the write.
        QThread::usleep(random.bounded(0, 40000));
        if (process.state() == QProcess::Running) {
            process.kill();
            ++killedWhileRunning;
        }
        process.waitForFinished(10000);

        const QByteArray now = home.readFile(QStringLiteral(".config/go/env"));
        ASSERT_TRUE(complete.count(now) == 1)
            << "round " << round << ": torn or unexpected file of " << now.size() << " bytes";
    }
    // The test only means something if some kills landed while the CLI was running.
    EXPECT_GT(killedWhileRunning, rounds / 4);
}

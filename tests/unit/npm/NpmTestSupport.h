#pragma once

// Shared helpers for the npm tests: the npm clients to judge MirrorDeck against, running the real
// `npm config get` for several keys at once (npm prints key=value lines then), and
// writing/applying changes in a TestHome.

#include "config/ConfigWriter.h"
#include "support/TestHome.h"

#include <QFileInfo>
#include <QMap>

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

namespace npmtest {

// One npm to run the tests with: a label for the test name and its executable.
struct NpmClient
{
    std::string label;
    QString program;
};

// The clients CMake found (MIRRORDECK_TEST_NPMS, "label=path|label=path"): the npm on PATH (npm 9
// on a stock Debian 12) and the current npm scripts/install-deps.sh --test installs privately.
// Without that list, whatever `npm` is on PATH.
inline std::vector<NpmClient> npmClients()
{
    std::vector<NpmClient> clients;
#ifdef MIRRORDECK_TEST_NPMS
    const QStringList entries =
        QStringLiteral(MIRRORDECK_TEST_NPMS).split(QLatin1Char('|'), Qt::SkipEmptyParts);
    for (const QString &entry : entries) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        if (equals > 0)
            clients.push_back({entry.left(equals).toStdString(), entry.mid(equals + 1)});
    }
#endif
    if (clients.empty())
        clients.push_back({"path", QStringLiteral("npm")});
    return clients;
}

// gtest prints the parameter of a failing test with this.
inline void PrintTo(const NpmClient &client, std::ostream *os)
{
    *os << client.label << " (" << client.program.toStdString() << ")";
}

inline std::string clientName(const ::testing::TestParamInfo<NpmClient> &info)
{
    return info.param.label;
}

// A TestHome whose PATH finds this client first, for the test and for the core alike.
class NpmHome : public TestHome
{
public:
    explicit NpmHome(const NpmClient &client)
    {
        if (client.program.contains(QLatin1Char('/')))
            prependPath(QFileInfo(client.program).absolutePath());
    }
};

// Parametrised over npmClients(); a client that is not installed is skipped, saying which.
class RealNpmTest : public ::testing::TestWithParam<NpmClient>
{
protected:
    void SetUp() override
    {
        const QString program = GetParam().program;
        if (program.contains(QLatin1Char('/')) ? !QFileInfo(program).isExecutable()
                                               : QStandardPaths::findExecutable(program).isEmpty())
            GTEST_SKIP() << "npm client " << GetParam().label << " is not installed ("
                         << program.toStdString() << ")";
    }
};

// The major version of the npm a home runs, or 0 when it cannot tell.
inline int npmMajorVersion(const TestHome &home)
{
    const ProcessResult result = home.run(QStringLiteral("npm"), {QStringLiteral("--version")});
    return result.exitCode == 0 ? result.outText().section(QLatin1Char('.'), 0, 0).toInt() : 0;
}

// `npm config get k1 k2 … --offline` in the test home; "undefined" for keys npm does not know.
inline QMap<QString, QString> npmGet(const TestHome &home, const QStringList &keys)
{
    QStringList arguments = {QStringLiteral("config"), QStringLiteral("get")};
    arguments << keys << QStringLiteral("--offline");
    const ProcessResult result = home.run(QStringLiteral("npm"), arguments);
    QMap<QString, QString> values;
    EXPECT_TRUE(result.started) << "npm did not start";
    EXPECT_EQ(result.exitCode, 0) << result.err.constData();
    const QString out = QString::fromUtf8(result.out);
    if (keys.size() == 1) {
        values.insert(keys.first(), out.trimmed());
        return values;
    }
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        for (const QString &key : keys) {
            if (line.startsWith(key + QLatin1Char('=')))
                values.insert(key, line.mid(key.size() + 1));
        }
    }
    return values;
}

inline QString npmGetOne(const TestHome &home, const QString &key)
{
    return npmGet(home, {key}).value(key);
}

inline void apply(const Expected<ConfigChange> &change)
{
    ASSERT_TRUE(change.hasValue()) << change.error().toString().toStdString();
    ConfigWriter writer(nullptr);
    const Expected<QString> written = writer.apply(*change);
    ASSERT_TRUE(written.hasValue()) << written.error().toString().toStdString();
}

} // namespace npmtest

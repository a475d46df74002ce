#pragma once

// Shared helpers for the yarn tests: the pinned Yarn Berry (MIRRORDECK_TEST_YARN, its
// bin/yarn.js run with node), a TestHome in which it reads only the test's files, and its
// answers for the settings MirrorDeck manages.

#include "config/ConfigWriter.h"
#include "support/TestHome.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace yarntest {

inline QString yarnScript()
{
#ifdef MIRRORDECK_TEST_YARN
    return QStringLiteral(MIRRORDECK_TEST_YARN);
#else
    return QString();
#endif
}

inline bool haveYarn()
{
    return !yarnScript().isEmpty() && QFileInfo::exists(yarnScript()) &&
           !QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty();
}

#define YARN_OR_SKIP()                                                                             \
    do {                                                                                           \
        if (!::yarntest::haveYarn())                                                               \
            GTEST_SKIP() << "Yarn Berry is not installed (run scripts/install-deps.sh --test): "   \
                         << ::yarntest::yarnScript().toStdString();                                \
    } while (false)

// A TestHome (YARN_* already dropped) in which Yarn sends no telemetry, ignores yarnPath entries
// of the corpus files, and corepack does not step in.
class YarnHome : public TestHome
{
public:
    YarnHome()
    {
        variables().insert(QStringLiteral("YARN_ENABLE_TELEMETRY"), QStringLiteral("0"));
        variables().insert(QStringLiteral("YARN_IGNORE_PATH"), QStringLiteral("1"));
        variables().insert(QStringLiteral("COREPACK_ENABLE_STRICT"), QStringLiteral("0"));
        variables().insert(QStringLiteral("YARN_ENABLE_COLORS"), QStringLiteral("0"));
        // The corpus' ${VAR}s without fallback: Yarn stops when they are not set.
        variables().insert(QStringLiteral("CORP_NPM_TOKEN"), QStringLiteral("corp-token"));
        variables().insert(QStringLiteral("CORP_TOKEN"), QStringLiteral("corp-token"));
    }

    ProcessResult yarn(const QStringList &arguments, const QString &dir = {}) const
    {
        QStringList all = {yarnScript()};
        all << arguments;
        if (dir.isEmpty())
            return run(QStringLiteral("node"), all);
        QProcess process;
        ProcessResult result;
        process.setProcessEnvironment(variables());
        process.setWorkingDirectory(dir);
        process.start(QStandardPaths::findExecutable(QStringLiteral("node")), all);
        result.started = process.waitForStarted(10000);
        if (!result.started)
            return result;
        process.closeWriteChannel();
        if (!process.waitForFinished(180000)) {
            process.kill();
            process.waitForFinished(5000);
            return result;
        }
        result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    // `yarn config get KEY`: what Yarn uses.
    QString yarnGet(const QString &key) const
    {
        const ProcessResult result = yarn({QStringLiteral("config"), QStringLiteral("get"), key});
        EXPECT_EQ(result.exitCode, 0) << result.out.constData() << result.err.constData();
        return result.outText();
    }

    // The registry Yarn uses for a scope: npmScopes.<scope>.npmRegistryServer (`config get`
    // cannot walk into the map, its JSON form can). Empty when the scope sets none.
    QString yarnScopeRegistry(const QString &scope) const
    {
        const ProcessResult result = yarn({QStringLiteral("config"), QStringLiteral("get"),
                                           QStringLiteral("npmScopes"), QStringLiteral("--json")});
        EXPECT_EQ(result.exitCode, 0) << result.out.constData() << result.err.constData();
        return QJsonDocument::fromJson(result.out)
            .object()
            .value(scope)
            .toObject()
            .value(QStringLiteral("npmRegistryServer"))
            .toString();
    }
};

inline void apply(const Expected<ConfigChange> &change)
{
    ASSERT_TRUE(change.hasValue()) << change.error().toString().toStdString();
    ConfigWriter writer(nullptr);
    const Expected<QString> written = writer.apply(*change);
    ASSERT_TRUE(written.hasValue()) << written.error().toString().toStdString();
}

} // namespace yarntest

#pragma once

// What the shell's GUI tests share: a throw-away HOME with a clean environment (TestHome), a
// loopback-only test catalog (never the built-in one with public hosts), a change history in the
// temporary home, a one-thread disk pool, and a helper that waits for the event loop.

#include "AppContext.h"
#include "catalog/MirrorCatalog.h"
#include "config/ChangeHistory.h"
#include "support/TestHome.h"

#include <QTest>
#include <QThreadPool>

#include <functional>
#include <memory>

inline Mirror testMirror(const QString &id, const QString &ecosystem, const QString &url,
                         const QString &name)
{
    Mirror mirror;
    mirror.id = id;
    mirror.ecosystem = ecosystem;
    mirror.url = url;
    mirror.name = name;
    mirror.nameZh = name + QStringLiteral("（中文）");
    return mirror;
}

// Port 9 (discard) on loopback: nothing in these tests ever connects — no engine runs — but if
// something did, it would go nowhere but this machine.
inline QList<Mirror> loopbackCatalog()
{
    Mirror goB = testMirror(QStringLiteral("go-b"), QStringLiteral("go"),
                            QStringLiteral("http://127.0.0.1:9/go-b"), QStringLiteral("Go Beta"));
    goB.setOption(QStringLiteral("sumdb"),
                  QStringLiteral("sum.golang.org http://127.0.0.1:9/go-b/sumdb/sum.golang.org"));
    return {
        testMirror(QStringLiteral("go-a"), QStringLiteral("go"),
                   QStringLiteral("http://127.0.0.1:9/go-a"), QStringLiteral("Go Alpha")),
        goB,
        testMirror(QStringLiteral("npm-a"), QStringLiteral("npm"),
                   QStringLiteral("http://127.0.0.1:9/npm-a/"), QStringLiteral("npm Alpha")),
        testMirror(QStringLiteral("pip-a"), QStringLiteral("pip"),
                   QStringLiteral("http://127.0.0.1:9/pip-a/simple"), QStringLiteral("pip Alpha")),
    };
}

struct ShellFixture
{
    TestHome home;
    QThreadPool pool;
    AppContext context;

    ShellFixture()
    {
        pool.setMaxThreadCount(1);
        context.environment = home.toolEnvironment();
        context.catalog = std::make_shared<MirrorCatalog>(loopbackCatalog());
        context.history = std::make_shared<ChangeHistory>(home.path(QStringLiteral("history")));
        context.diskPool = &pool;
    }
    ~ShellFixture() { pool.waitForDone(); }

    QString goEnvPath() const { return home.path(QStringLiteral(".config/go/env")); }
};

inline bool waitFor(const std::function<bool()> &condition, int timeoutMs = 15000)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

#pragma once

// A throw-away HOME for tests that judge config files: a temporary directory, a ToolEnvironment
// whose variables are this process's minus everything that changes how Go, npm, pip, yarn, cargo
// or uv read their settings (GO*, PIP_*, NPM_CONFIG_*/npm_config_*, YARN_*, CARGO_*, UV_*, XDG_*)
// or where their traffic goes (http_proxy and friends), and helpers to run the REAL go, npm and
// pip clients against it. Tests talk to 127.0.0.1 only: a proxy would carry loopback requests
// off the machine, and npm's update notifier would ask the configured registry for npm@latest.

#include "platform/ToolEnvironment.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool started = false;
    QString outText() const { return QString::fromUtf8(out).trimmed(); }
};

class TestHome
{
public:
    TestHome()
    {
        m_dir.setAutoRemove(true);
        m_environment = cleanEnvironment();
        m_environment.insert(QStringLiteral("HOME"), home());
        m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                             home() + QStringLiteral("/.config"));
        m_environment.insert(QStringLiteral("XDG_DATA_HOME"),
                             home() + QStringLiteral("/.local/share"));
        m_environment.insert(QStringLiteral("XDG_CACHE_HOME"), home() + QStringLiteral("/.cache"));
        // go needs a writable cache dir even for `go env`; keep it inside the temp home.
        m_environment.insert(QStringLiteral("GOCACHE"),
                             home() + QStringLiteral("/.cache/go-build"));
        m_environment.insert(QStringLiteral("GOPATH"), home() + QStringLiteral("/go"));
        // Messages in English whatever the machine's locale, so tests can read them.
        for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
            m_environment.remove(QString::fromLatin1(name));
        m_environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        // Go 1.21+ would try to download a newer toolchain named in a go.mod; never from a test.
        m_environment.insert(QStringLiteral("GOTOOLCHAIN"), QStringLiteral("local"));
        // Every npm command would otherwise look up npm@latest in the registry (the update
        // notifier); fund and audit messages would do the same on an install.
        for (const char *name :
             {"npm_config_update_notifier", "npm_config_fund", "npm_config_audit"})
            m_environment.insert(QString::fromLatin1(name), QStringLiteral("false"));
        // The clients act as on a user's desktop, not as on a build server: Yarn and pnpm detect
        // CI (ci-info: CI, BUILD_ID, GITHUB_ACTIONS, ...) and then refuse to create a lockfile
        // (Yarn's enableImmutableInstalls, pnpm's frozen-lockfile). CI=false is ci-info's own
        // "this is not CI" switch, and it beats every other marker.
        m_environment.insert(QStringLiteral("CI"), QStringLiteral("false"));
        QDir().mkpath(home() + QStringLiteral("/work"));
    }

    QString home() const { return m_dir.path(); }
    QString path(const QString &relative) const { return home() + QLatin1Char('/') + relative; }

    QProcessEnvironment &variables() { return m_environment; }

    // Puts a directory first on PATH, so that this client (say a second npm) is the one run and
    // the one the core finds.
    void prependPath(const QString &directory)
    {
        const QString path = m_environment.value(QStringLiteral("PATH"));
        m_environment.insert(QStringLiteral("PATH"),
                             path.isEmpty() ? directory : directory + QLatin1Char(':') + path);
    }
    const QProcessEnvironment &variables() const { return m_environment; }

    // The ToolEnvironment the core should use to see what the real clients see.
    ToolEnvironment toolEnvironment() const
    {
        return ToolEnvironment(m_environment, home(), home() + QStringLiteral("/work"),
                               ToolEnvironment::Os::Linux);
    }

    void writeFile(const QString &relative, const QByteArray &bytes) const
    {
        const QString full = path(relative);
        QDir().mkpath(QFileInfo(full).absolutePath());
        QFile file(full);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(bytes);
    }

    QByteArray readFile(const QString &relative) const
    {
        QFile file(path(relative));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Runs a program with this home's environment, in home()/work, bounded in time.
    ProcessResult run(const QString &program, const QStringList &arguments,
                      int timeoutMs = 60000) const
    {
        ProcessResult result;
        QProcess process;
        process.setProcessEnvironment(m_environment);
        process.setWorkingDirectory(home() + QStringLiteral("/work"));
        // QProcess looks a bare name up on this process's PATH; the child's PATH is what counts
        // (prependPath() picks a second npm that way).
        QString executable = program;
        if (!program.contains(QLatin1Char('/'))) {
            const QString found = QStandardPaths::findExecutable(
                program, m_environment.value(QStringLiteral("PATH"))
                             .split(QLatin1Char(':'), Qt::SkipEmptyParts));
            if (!found.isEmpty())
                executable = found;
        }
        process.start(executable, arguments);
        result.started = process.waitForStarted(10000);
        if (!result.started)
            return result;
        process.closeWriteChannel();
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished(5000);
            result.exitCode = -2;
        } else {
            result.exitCode =
                process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -3;
        }
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    // The real clients. Each returns what the tool prints for the key, trimmed.
    ProcessResult goEnv(const QString &key) const
    {
        return run(QStringLiteral("go"), {QStringLiteral("env"), key});
    }
    ProcessResult npmConfigGet(const QString &key) const
    {
        return run(QStringLiteral("npm"), {QStringLiteral("config"), QStringLiteral("get"), key,
                                           QStringLiteral("--offline")});
    }
    ProcessResult pipConfigGet(const QString &key) const
    {
        return run(pythonProgram(), {QStringLiteral("-m"), QStringLiteral("pip"),
                                     QStringLiteral("config"), QStringLiteral("get"), key});
    }
    ProcessResult cli(const QStringList &arguments) const;

    static QString pythonProgram()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        return python.isEmpty() ? QStringLiteral("python3") : python;
    }

    // This process's environment without the variables that change how the tools read settings.
    static QProcessEnvironment cleanEnvironment()
    {
        QProcessEnvironment clean = QProcessEnvironment::systemEnvironment();
        const QStringList keys = clean.keys();
        for (const QString &key : keys) {
            if (isToolSetting(key))
                clean.remove(key);
        }
        return clean;
    }

    // Whether a variable changes what the clients read or where their requests go.
    static bool isToolSetting(const QString &key)
    {
        const QString upper = key.toUpper();
        for (const char *prefix : {"GO", "PIP_", "NPM_CONFIG_", "YARN_", "CARGO_", "UV_", "XDG_"}) {
            if (upper.startsWith(QLatin1String(prefix)))
                return true;
        }
        for (const char *name : {"NETRC", "PYTHONUSERBASE", "VIRTUAL_ENV", "HTTP_PROXY",
                                 "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "FTP_PROXY"}) {
            if (upper == QLatin1String(name))
                return true;
        }
        return false;
    }

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
};

#ifdef MIRRORDECK_CLI_PATH
inline ProcessResult TestHome::cli(const QStringList &arguments) const
{
    return run(QStringLiteral(MIRRORDECK_CLI_PATH), arguments);
}
#endif

#pragma once

// The real cargo clients the Cargo tests judge MirrorDeck with, each run in a TestHome with
// CARGO_HOME inside it and RUSTUP_HOME kept pointing at the real toolchains (a rustup shim
// otherwise finds none under the temporary HOME): the current cargo (~/.cargo/bin, a rustup
// install) and Debian's cargo (/usr/bin/cargo, 0.66 = cargo 1.65, sparse only behind
// -Z sparse-registry). `config get` is unstable in both: RUSTC_BOOTSTRAP=1 with
// -Zunstable-options.

#include "support/TestHome.h"

#include <QDir>
#include <QFileInfo>
#include <QList>
#include <QString>

#include <gtest/gtest.h>

namespace cargotest {

struct Cargo
{
    QString label;   // "current", "debian"
    QString program; // absolute path
    bool sparseNeedsFlag = false;
};

// The real home of this process, before any TestHome replaced HOME for a child.
inline QString realHome()
{
    return QDir::homePath();
}

inline QList<Cargo> realCargos()
{
    QList<Cargo> found;
    const QString current = realHome() + QStringLiteral("/.cargo/bin/cargo");
    if (QFileInfo(current).isExecutable())
        found.append({QStringLiteral("current"), current, false});
    const QString debian = QStringLiteral("/usr/bin/cargo");
    if (QFileInfo(debian).isExecutable())
        found.append({QStringLiteral("debian"), debian, true});
    return found;
}

inline QString rustupHome()
{
    const QString set = qEnvironmentVariable("RUSTUP_HOME");
    return set.isEmpty() ? realHome() + QStringLiteral("/.rustup") : set;
}

// Prepares `home` for running cargo: CARGO_HOME=$HOME/.cargo, the real RUSTUP_HOME, offline
// from everything but loopback (no proxy variables survive TestHome), bootstrap for -Z flags.
inline void prepare(TestHome &home)
{
    home.variables().insert(QStringLiteral("CARGO_HOME"), home.path(QStringLiteral(".cargo")));
    home.variables().insert(QStringLiteral("RUSTUP_HOME"), rustupHome());
    home.variables().insert(QStringLiteral("RUSTC_BOOTSTRAP"), QStringLiteral("1"));
    home.variables().insert(QStringLiteral("CARGO_TERM_COLOR"), QStringLiteral("never"));
    home.variables().remove(QStringLiteral("RUSTUP_TOOLCHAIN"));
}

inline ProcessResult run(const TestHome &home, const Cargo &cargo, QStringList arguments,
                         int timeoutMs = 120000)
{
    if (cargo.sparseNeedsFlag)
        arguments.prepend(QStringLiteral("-Zsparse-registry"));
    return home.run(cargo.program, arguments, timeoutMs);
}

// `cargo config get KEY` as cargo prints it: `KEY = "value"`; the value alone, "" when unset.
inline ProcessResult configGet(const TestHome &home, const Cargo &cargo, const QString &key)
{
    return home.run(cargo.program, {QStringLiteral("-Zunstable-options"), QStringLiteral("config"),
                                    QStringLiteral("get"), key});
}

inline QString configValue(const ProcessResult &result)
{
    const QString text = result.outText();
    const qsizetype eq = text.indexOf(QStringLiteral(" = "));
    if (result.exitCode != 0 || eq < 0)
        return QString();
    QString value = text.mid(eq + 3).trimmed();
    if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
        value = value.mid(1, value.size() - 2);
    return value;
}

} // namespace cargotest

// Skips the test (with the reason) when no real cargo is on the machine.
#define CARGOTEST_REQUIRE_CARGO(cargos)                                                            \
    do {                                                                                           \
        if ((cargos).isEmpty())                                                                    \
            GTEST_SKIP() << "no real cargo: neither ~/.cargo/bin/cargo nor /usr/bin/cargo "        \
                            "(scripts/install-deps.sh --test installs Debian's)";                  \
    } while (false)

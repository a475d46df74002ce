#pragma once

// Shared by the pip tests: a TestHome whose user pip.conf MirrorDeck edits, a PipConfig over it,
// and the real `python3 -m pip config get` to judge the result.

#include "config/ConfigWriter.h"
#include "ecosystems/pip/PipConfig.h"
#include "ecosystems/pip/PythonPrefixLocator.h"
#include "support/TestHome.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <gtest/gtest.h>

struct PipValue
{
    bool present = false; // false: pip says "No such key"
    QString value;
    int exitCode = 0;
};

class PipHome
{
public:
    TestHome home;

    QString userFile() const { return home.path(QStringLiteral(".config/pip/pip.conf")); }
    void writeUserFile(const QByteArray &bytes) const
    {
        home.writeFile(QStringLiteral(".config/pip/pip.conf"), bytes);
    }
    QByteArray userBytes() const { return home.readFile(QStringLiteral(".config/pip/pip.conf")); }

    PipConfig config() const { return PipConfig(home.toolEnvironment()); }

    Expected<QString> apply(const Expected<ConfigChange> &change) const
    {
        if (!change)
            return change.error();
        ConfigWriter writer(nullptr);
        return writer.apply(*change);
    }

    // The interpreter the pyenv shim would run, started directly: the same pip, without the
    // shim's start-up cost (the real-client tests run pip a hundred times).
    QString python() const
    {
        const QString prefix = PythonPrefixLocator(home.toolEnvironment()).prefix();
        const QString direct = prefix + QStringLiteral("/bin/python3");
        return !prefix.isEmpty() && QFileInfo(direct).isExecutable() ? direct
                                                                     : TestHome::pythonProgram();
    }

    ProcessResult runPip(const QStringList &arguments) const
    {
        return home.run(python(),
                        QStringList{QStringLiteral("-m"), QStringLiteral("pip")} + arguments);
    }

    // What `pip config get KEY` prints (the value followed by one newline). Note that pip's
    // "get" reads only the file "pip config set" would edit (user files, or the site file when
    // one exists), not the global level or PIP_CONFIG_FILE: use pipList for the merged view.
    PipValue pipGet(const QString &key) const
    {
        const ProcessResult result = runPip({QStringLiteral("config"), QStringLiteral("get"), key});
        PipValue value;
        value.exitCode = result.exitCode;
        value.present = result.exitCode == 0;
        QString out = QString::fromUtf8(result.out);
        if (out.endsWith(QLatin1Char('\n')))
            out.chop(1);
        value.value = out;
        EXPECT_TRUE(result.started) << "python3 did not start";
        if (result.exitCode != 0) {
            EXPECT_TRUE(result.err.contains("No such key") ||
                        result.err.contains("could not be loaded"))
                << result.err.constData();
        }
        return value;
    }

    // The value `pip config list` shows for `key`: every file merged in pip's order. It prints
    // key='repr' lines; the repr is decoded here.
    PipValue pipList(const QString &key) const
    {
        const ProcessResult result = runPip({QStringLiteral("config"), QStringLiteral("list")});
        PipValue value;
        value.exitCode = result.exitCode;
        EXPECT_EQ(result.exitCode, 0) << result.err.constData();
        const QStringList lines = QString::fromUtf8(result.out).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (!line.startsWith(key + QLatin1Char('=')))
                continue;
            value.present = true;
            value.value = decodePythonRepr(line.mid(key.size() + 1));
        }
        return value;
    }

    static QString decodePythonRepr(const QString &repr)
    {
        QString out;
        for (int i = 1; i + 1 < repr.size(); ++i) {
            const QChar c = repr.at(i);
            if (c != QLatin1Char('\\') || i + 2 >= repr.size()) {
                out += c;
                continue;
            }
            const QChar e = repr.at(++i);
            if (e == QLatin1Char('n'))
                out += QLatin1Char('\n');
            else if (e == QLatin1Char('t'))
                out += QLatin1Char('\t');
            else if (e == QLatin1Char('r'))
                out += QLatin1Char('\r');
            else if (e == QLatin1Char('x') || e == QLatin1Char('u')) {
                const int digits = e == QLatin1Char('x') ? 2 : 4;
                out += QChar(repr.mid(i + 1, digits).toUShort(nullptr, 16));
                i += digits;
            } else
                out += e;
        }
        return out;
    }

    // `pip config get KEY` for many homes in one Python process: pip's own command-line entry
    // point (pip._internal.cli.main.main) run once per home with HOME and XDG_CONFIG_HOME
    // switched — the same pip code as the command, without paying its start-up a hundred times
    // on a shared two-core machine.
    static QList<PipValue> pipGetBatch(const QList<const PipHome *> &homes, const QString &key)
    {
        static const QString driver = QStringLiteral(
            "import contextlib, io, json, os, sys\n"
            "from pip._internal.cli.main import main\n"
            "results = []\n"
            "for home in sys.argv[2:]:\n"
            "    os.environ['HOME'] = home\n"
            "    os.environ['XDG_CONFIG_HOME'] = home + '/.config'\n"
            "    out, err = io.StringIO(), io.StringIO()\n"
            "    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):\n"
            "        try:\n"
            "            rc = main(['config', 'get', sys.argv[1]])\n"
            "        except SystemExit as e:\n"
            "            rc = e.code if isinstance(e.code, int) else 1\n"
            "    results.append([rc, out.getvalue(), err.getvalue()])\n"
            "sys.__stdout__.write(json.dumps(results))\n");
        QList<PipValue> values;
        if (homes.isEmpty())
            return values;
        QStringList arguments{QStringLiteral("-c"), driver, key};
        for (const PipHome *home : homes)
            arguments << home->home.home();
        const ProcessResult result =
            homes.first()->home.run(homes.first()->python(), arguments, 120000);
        const QJsonArray array = QJsonDocument::fromJson(result.out).array();
        EXPECT_EQ(array.size(), homes.size()) << result.err.constData();
        for (const QJsonValue &entry : array) {
            PipValue value;
            value.exitCode = entry.toArray().at(0).toInt();
            value.present = value.exitCode == 0;
            QString out = entry.toArray().at(1).toString();
            if (out.endsWith(QLatin1Char('\n')))
                out.chop(1);
            value.value = out;
            values.append(value);
        }
        return values;
    }

    // effectiveSetting() agrees with a value the real client reported.
    void expectAgreesWith(const PipValue &real, const QString &key,
                          const QString &context = {}) const
    {
        const Expected<EffectiveSetting> ours = config().effectiveSetting(key);
        ASSERT_TRUE(ours.hasValue())
            << ours.error().toString().toStdString() << context.toStdString();
        if (real.present) {
            EXPECT_FALSE(ours->isDefault) << key.toStdString() << context.toStdString();
            EXPECT_EQ(ours->value, real.value) << key.toStdString() << context.toStdString();
        } else {
            EXPECT_TRUE(ours->isDefault)
                << key.toStdString() << " ours=" << ours->value.toStdString()
                << context.toStdString();
        }
    }

    // effectiveSetting() and the real client agree on `key`.
    void expectAgrees(const QString &key, const QString &context = {}, bool merged = false) const
    {
        expectAgreesWith(merged ? pipList(key) : pipGet(key), key, context);
    }
};

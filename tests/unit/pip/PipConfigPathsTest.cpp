// Where pip looks on Linux, macOS and Windows, from synthetic environments (pure functions of
// the ToolEnvironment, plus the directory checks pip itself makes).

#include "ecosystems/pip/PipConfigPaths.h"
#include "ecosystems/pip/PythonPrefixLocator.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

ToolEnvironment makeEnvironment(ToolEnvironment::Os os, const QString &home,
                                std::initializer_list<std::pair<const char *, QString>> variables)
{
    QProcessEnvironment env;
    for (const auto &[name, value] : variables)
        env.insert(QString::fromUtf8(name), value);
    return ToolEnvironment(env, home, home + QStringLiteral("/work"), os);
}

void touch(const QString &path, const QByteArray &bytes = "[global]\n")
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QStringList paths(const QList<PipConfigLocation> &locations)
{
    QStringList result;
    for (const PipConfigLocation &location : locations)
        result << location.level + QLatin1Char(':') + location.path;
    return result;
}

} // namespace

TEST(PipConfigPaths, LinuxDefaults)
{
    const PipConfigPaths pathsOf(
        makeEnvironment(ToolEnvironment::Os::Linux, QStringLiteral("/home/u"), {}));
    EXPECT_EQ(pathsOf.globalFiles(), (QStringList{QStringLiteral("/etc/xdg/pip/pip.conf"),
                                                  QStringLiteral("/etc/pip.conf")}));
    EXPECT_EQ(pathsOf.legacyUserFile(), "/home/u/.pip/pip.conf");
    EXPECT_EQ(pathsOf.userFile(), "/home/u/.config/pip/pip.conf");
    EXPECT_EQ(pathsOf.fileToEdit()->path, "/home/u/.config/pip/pip.conf");
}

TEST(PipConfigPaths, LinuxXdgVariables)
{
    const PipConfigPaths pathsOf(makeEnvironment(ToolEnvironment::Os::Linux,
                                                 QStringLiteral("/home/u"),
                                                 {{"XDG_CONFIG_HOME", QStringLiteral("/cfg")},
                                                  {"XDG_CONFIG_DIRS", QStringLiteral("/a:~/b")}}));
    EXPECT_EQ(pathsOf.userFile(), "/cfg/pip/pip.conf");
    EXPECT_EQ(pathsOf.globalFiles(), (QStringList{QStringLiteral("/a/pip/pip.conf"),
                                                  QStringLiteral("/home/u/b/pip/pip.conf"),
                                                  QStringLiteral("/etc/pip.conf")}));
    // Blank XDG_CONFIG_HOME counts as unset (platformdirs strips it).
    const PipConfigPaths blank(makeEnvironment(ToolEnvironment::Os::Linux,
                                               QStringLiteral("/home/u"),
                                               {{"XDG_CONFIG_HOME", QStringLiteral("  ")}}));
    EXPECT_EQ(blank.userFile(), "/home/u/.config/pip/pip.conf");
}

TEST(PipConfigPaths, MacOsUsesApplicationSupportOnlyWhenItExists)
{
    QTemporaryDir home;
    const ToolEnvironment env = makeEnvironment(ToolEnvironment::Os::MacOS, home.path(),
                                                {{"XDG_CONFIG_HOME", QStringLiteral("/ignored")}});
    EXPECT_EQ(PipConfigPaths(env).userFile(), home.path() + "/.config/pip/pip.conf");
    QDir().mkpath(home.path() + "/Library/Application Support/pip");
    EXPECT_EQ(PipConfigPaths(env).userFile(),
              home.path() + "/Library/Application Support/pip/pip.conf");
    EXPECT_EQ(PipConfigPaths(env).globalFiles(),
              QStringList{QStringLiteral("/Library/Application Support/pip/pip.conf")});
    EXPECT_EQ(PipConfigPaths(env).legacyUserFile(), home.path() + "/.pip/pip.conf");
}

TEST(PipConfigPaths, WindowsUsesAppDataProgramDataAndPipIni)
{
    const PipConfigPaths pathsOf(
        makeEnvironment(ToolEnvironment::Os::Windows, QStringLiteral("C:/Users/u"),
                        {{"APPDATA", QStringLiteral("C:/Users/u/AppData/Roaming")},
                         {"ALLUSERSPROFILE", QStringLiteral("C:/ProgramData")}}));
    EXPECT_EQ(pathsOf.userFile(), "C:/Users/u/AppData/Roaming/pip/pip.ini");
    EXPECT_EQ(pathsOf.legacyUserFile(), "C:/Users/u/pip/pip.ini");
    EXPECT_EQ(pathsOf.globalFiles(), QStringList{QStringLiteral("C:/ProgramData/pip/pip.ini")});
    EXPECT_EQ(pathsOf.baseName(), "pip.ini");
}

TEST(PipConfigPaths, SiteFileFromVirtualEnvOrPythonOnPath)
{
    EXPECT_EQ(PipConfigPaths(makeEnvironment(ToolEnvironment::Os::Linux, QStringLiteral("/home/u"),
                                             {{"VIRTUAL_ENV", QStringLiteral("/proj/.venv")}}))
                  .siteFile(),
              "/proj/.venv/pip.conf");
    QTemporaryDir root;
    touch(root.path() + "/usr/bin/python3", "");
    EXPECT_EQ(PythonPrefixLocator(
                  makeEnvironment(ToolEnvironment::Os::Linux, root.path(),
                                  {{"PATH", root.path() + "/nothing:" + root.path() + "/usr/bin"}}))
                  .prefix(),
              root.path() + "/usr");
    // A venv interpreter is a symlink to the base one, but its prefix is the venv.
    QDir().mkpath(root.path() + "/venv/bin");
    QFile::link(root.path() + "/usr/bin/python3", root.path() + "/venv/bin/python3");
    touch(root.path() + "/venv/pyvenv.cfg", "home = /usr/bin\n");
    EXPECT_EQ(PythonPrefixLocator(makeEnvironment(ToolEnvironment::Os::Linux, root.path(),
                                                  {{"PATH", root.path() + "/venv/bin"}}))
                  .prefix(),
              root.path() + "/venv");
}

TEST(PipConfigPaths, PyenvShimResolvesVersionFromFilesAndVariable)
{
    QTemporaryDir root;
    const QString pyenv = root.path() + "/.pyenv";
    touch(pyenv + "/shims/python3", "");
    touch(pyenv + "/versions/3.11.7/bin/python3", "");
    touch(pyenv + "/versions/3.12.1/bin/python3", "");
    touch(pyenv + "/version", "3.11.7\n");
    touch(root.path() + "/usr/bin/python3", "");
    const QString path = pyenv + "/shims:" + root.path() + "/usr/bin";
    auto prefixWith = [&](std::initializer_list<std::pair<const char *, QString>> extra) {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), path);
        env.insert(QStringLiteral("PYENV_ROOT"), pyenv);
        for (const auto &[name, value] : extra)
            env.insert(QString::fromUtf8(name), value);
        return PythonPrefixLocator(ToolEnvironment(env, root.path(), root.path() + "/work/sub",
                                                   ToolEnvironment::Os::Linux))
            .prefix();
    };
    EXPECT_EQ(prefixWith({}), pyenv + "/versions/3.11.7");
    EXPECT_EQ(prefixWith({{"PYENV_VERSION", QStringLiteral("3.12.1")}}),
              pyenv + "/versions/3.12.1");
    EXPECT_EQ(prefixWith({{"PYENV_VERSION", QStringLiteral("3.12")}}), pyenv + "/versions/3.12.1");
    EXPECT_EQ(prefixWith({{"PYENV_VERSION", QStringLiteral("system")}}), root.path() + "/usr");
    touch(root.path() + "/work/.python-version", "3.12.1\n");
    EXPECT_EQ(prefixWith({}), pyenv + "/versions/3.12.1");
}

TEST(PipConfigPaths, ThisMachinesPythonPrefixMatchesPipConfigDebug)
{
    // `python3 -m pip config debug` lists the site file as <sys.prefix>/pip.conf.
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"), QStringLiteral("import sys; print(sys.prefix)")});
    if (!python.waitForFinished(20000) || python.exitCode() != 0)
        GTEST_SKIP() << "python3 not runnable";
    const QString expected = QString::fromUtf8(python.readAllStandardOutput()).trimmed();
    const ToolEnvironment system = ToolEnvironment::fromSystem();
    EXPECT_EQ(QDir(PythonPrefixLocator(system).prefix()).canonicalPath(),
              QDir(expected).canonicalPath());
}

TEST(PipConfigPaths, ReadOrderFollowsPipOverrideOrder)
{
    const PipConfigPaths pathsOf(makeEnvironment(ToolEnvironment::Os::Linux,
                                                 QStringLiteral("/home/u"),
                                                 {{"VIRTUAL_ENV", QStringLiteral("/v")}}));
    EXPECT_EQ(paths(pathsOf.readOrder()),
              (QStringList{QStringLiteral("global:/etc/xdg/pip/pip.conf"),
                           QStringLiteral("global:/etc/pip.conf"),
                           QStringLiteral("user:/home/u/.pip/pip.conf"),
                           QStringLiteral("user:/home/u/.config/pip/pip.conf"),
                           QStringLiteral("site:/v/pip.conf")}));
}

TEST(PipConfigPaths, ExistingPipConfigFileReplacesUserFilesAndIsEdited)
{
    QTemporaryDir home;
    const QString envFile = home.path() + "/custom.conf";
    const ToolEnvironment env =
        makeEnvironment(ToolEnvironment::Os::Linux, home.path(),
                        {{"PIP_CONFIG_FILE", envFile}, {"VIRTUAL_ENV", QStringLiteral("/v")}});
    // Missing file: pip still reads the user files, and MirrorDeck edits the user file.
    EXPECT_TRUE(paths(PipConfigPaths(env).readOrder())
                    .contains("user:" + home.path() + "/.config/pip/pip.conf"));
    EXPECT_EQ(PipConfigPaths(env).fileToEdit()->path, home.path() + "/.config/pip/pip.conf");
    touch(envFile);
    EXPECT_EQ(paths(PipConfigPaths(env).readOrder()),
              (QStringList{QStringLiteral("global:/etc/xdg/pip/pip.conf"),
                           QStringLiteral("global:/etc/pip.conf"),
                           QStringLiteral("site:/v/pip.conf"), "env:" + envFile}));
    EXPECT_EQ(PipConfigPaths(env).fileToEdit()->path, envFile);
    EXPECT_EQ(PipConfigPaths(env).fileToEdit()->level, "env");
}

TEST(PipConfigPaths, DevNullDisablesEveryFile)
{
    const PipConfigPaths pathsOf(
        makeEnvironment(ToolEnvironment::Os::Linux, QStringLiteral("/home/u"),
                        {{"PIP_CONFIG_FILE", QStringLiteral("/dev/null")}}));
    EXPECT_TRUE(pathsOf.readOrder().isEmpty());
    EXPECT_FALSE(pathsOf.fileToEdit().hasValue());
}

TEST(PipConfigPaths, LegacyFileIsEditedOnlyWhenItIsTheOnlyUserFile)
{
    QTemporaryDir home;
    const ToolEnvironment env = makeEnvironment(ToolEnvironment::Os::Linux, home.path(), {});
    touch(home.path() + "/.pip/pip.conf");
    EXPECT_EQ(PipConfigPaths(env).fileToEdit()->path, home.path() + "/.pip/pip.conf");
    touch(home.path() + "/.config/pip/pip.conf");
    EXPECT_EQ(PipConfigPaths(env).fileToEdit()->path, home.path() + "/.config/pip/pip.conf");
}

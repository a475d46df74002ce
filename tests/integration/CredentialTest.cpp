// Private repositories end to end: the real mirrordeck-cli storing secrets in a real gnome-keyring
// (each test in its own D-Bus session, tests/fixtures/with-keyring.sh), judged by the real git,
// pip and npm talking to a loopback host that requires authentication
// (tests/fixtures/private_repo_server.py). After each, no file under HOME holds the secret.

#include "config/ChangeHistory.h"
#include "config/SecretMask.h"
#include "credentials/KeychainJob.h"
#include "support/ProcessAssertions.h"
#include "support/TestHome.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <gtest/gtest.h>

#include <memory>

namespace {

const QString kUser = QStringLiteral("alice");
const QString kPassword = QStringLiteral("pw-Gh7x91-private");
const QString kToken = QStringLiteral("npm-tok-58af0c2e");

ProcessResult runWithInput(const TestHome &home, const QString &program, const QStringList &args,
                           const QByteArray &input,
                           const QProcessEnvironment *environment = nullptr)
{
    ProcessResult result;
    QProcess process;
    process.setProcessEnvironment(environment ? *environment : home.variables());
    process.setWorkingDirectory(home.path(QStringLiteral("work")));
    QString executable = program;
    if (!program.contains(QLatin1Char('/')))
        executable = QStandardPaths::findExecutable(program);
    process.start(executable, args);
    result.started = process.waitForStarted(10000);
    if (!result.started)
        return result;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished(5000);
        result.exitCode = -2;
    } else {
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -3;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// Every file under HOME that contains `secret` (the keyring's own files live outside HOME).
QStringList filesHolding(const TestHome &home, const QString &secret)
{
    QStringList found;
    QDirIterator it(home.home(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret.toUtf8()))
            found.append(path);
    }
    return found;
}

QCoreApplication &application()
{
    static int argc = 1;
    static char name[] = "test_credentials";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app =
        QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    Q_UNUSED(app)
    return *QCoreApplication::instance();
}

template <typename Job> KeychainResult runJob(Job &job)
{
    QEventLoop loop;
    KeychainResult result;
    QObject::connect(&job, &Job::finished, &loop, [&](const KeychainResult &r) {
        result = r;
        loop.quit();
    });
    job.start();
    loop.exec();
    return result;
}

// The loopback host: git smart HTTP, a pip index, an npm registry, all behind authentication.
class PrivateServer
{
public:
    explicit PrivateServer(const TestHome &home)
    {
        const QString root = home.path(QStringLiteral("server"));
        QDir().mkpath(root + QStringLiteral("/git"));
        QDir().mkpath(root + QStringLiteral("/packages"));
        makeRepository(home, root);
        makeWheel(root + QStringLiteral("/packages"));
        m_process.setProcessEnvironment(home.variables());
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(
            QStringLiteral("python3"),
            {QStringLiteral(MIRRORDECK_SOURCE_DIR "/tests/fixtures/private_repo_server.py"),
             QStringLiteral("--user"), kUser, QStringLiteral("--password"), kPassword,
             QStringLiteral("--token"), kToken, QStringLiteral("--git-root"),
             root + QStringLiteral("/git"), QStringLiteral("--packages"),
             root + QStringLiteral("/packages"), QStringLiteral("--npm-package"),
             QStringLiteral("@corp/private-pkg")});
        if (m_process.waitForStarted(10000) && m_process.waitForReadyRead(20000)) {
            const QByteArray line = m_process.readLine().trimmed();
            if (line.startsWith("PORT "))
                m_port = line.mid(5).toInt();
        }
    }
    ~PrivateServer()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    int port() const { return m_port; }
    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
    }

private:
    static void makeRepository(const TestHome &home, const QString &root)
    {
        const QString source = root + QStringLiteral("/source");
        QDir().mkpath(source);
        QFile readme(source + QStringLiteral("/go.mod"));
        if (readme.open(QIODevice::WriteOnly))
            readme.write("module git.mirrordeck.test/private.git\n\ngo 1.19\n");
        readme.close();
        QFile code(source + QStringLiteral("/private.go"));
        if (code.open(QIODevice::WriteOnly))
            code.write("package private\n\nconst Answer = 42\n");
        code.close();
        const QStringList identity = {QStringLiteral("-c"), QStringLiteral("user.name=T"),
                                      QStringLiteral("-c"), QStringLiteral("user.email=t@t")};
        home.run(QStringLiteral("git"), {QStringLiteral("init"), QStringLiteral("-q"),
                                         QStringLiteral("-b"), QStringLiteral("main"), source});
        home.run(QStringLiteral("git"),
                 {QStringLiteral("-C"), source, QStringLiteral("add"), QStringLiteral(".")});
        home.run(QStringLiteral("git"),
                 QStringList{QStringLiteral("-C"), source} + identity +
                     QStringList{QStringLiteral("commit"), QStringLiteral("-qm"),
                                 QStringLiteral("first")});
        home.run(QStringLiteral("git"),
                 QStringList{QStringLiteral("-C"), source} + identity +
                     QStringList{QStringLiteral("tag"), QStringLiteral("v1.0.0")});
        home.run(QStringLiteral("git"),
                 {QStringLiteral("clone"), QStringLiteral("-q"), QStringLiteral("--bare"), source,
                  root + QStringLiteral("/git/private.git")});
    }
    static void makeWheel(const QString &directory)
    {
        const QString script = QStringLiteral(
            "import zipfile,sys\n"
            "z=zipfile.ZipFile(sys.argv[1]+'/privpkg-1.0-py3-none-any.whl','w')\n"
            "z.writestr('privpkg/__init__.py','')\n"
            "z.writestr('privpkg-1.0.dist-info/METADATA','Metadata-Version: 2.1\\nName: privpkg\\n"
            "Version: 1.0\\n')\n"
            "z.writestr('privpkg-1.0.dist-info/WHEEL','Wheel-Version: 1.0\\nGenerator: t\\n"
            "Root-Is-Purelib: true\\nTag: py3-none-any\\n')\n"
            "z.writestr('privpkg-1.0.dist-info/RECORD','')\n"
            "z.close()\n");
        QProcess python;
        python.start(QStringLiteral("python3"), {QStringLiteral("-c"), script, directory});
        python.waitForFinished(20000);
    }

    QProcess m_process;
    int m_port = 0;
};

class Credentials : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (qEnvironmentVariableIsEmpty("MIRRORDECK_KEYRING_HOME"))
            GTEST_SKIP() << "run under dbus-run-session -- tests/fixtures/with-keyring.sh "
                            "(ctest does)";
        // git must ask only the helper; never a terminal.
        home.variables().insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
        home.variables().insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    }

    ProcessResult add(const QStringList &args, const QString &secret)
    {
        return runWithInput(home, QStringLiteral(MIRRORDECK_CLI_PATH),
                            QStringList{QStringLiteral("credential"), QStringLiteral("add")} + args,
                            secret.toUtf8());
    }
    ProcessResult cli(const QStringList &args) { return home.cli(args); }

    TestHome home;
};

} // namespace

TEST_F(Credentials, KeychainJobsRoundTripThroughGnomeKeyring)
{
    application();
    const QString key = QStringLiteral("https://roundtrip.example/");
    KeychainWriteJob write(key, kPassword);
    ASSERT_EQ(runJob(write).status, KeychainResult::Status::Ok);
    KeychainReadJob read(key);
    const KeychainResult got = runJob(read);
    ASSERT_EQ(got.status, KeychainResult::Status::Ok) << got.message.toStdString();
    EXPECT_EQ(got.secret, kPassword);
    KeychainDeleteJob erase(key);
    EXPECT_EQ(runJob(erase).status, KeychainResult::Status::Ok);
    KeychainReadJob again(key);
    const KeychainResult missing = runJob(again);
    EXPECT_EQ(missing.status, KeychainResult::Status::NotFound);
    EXPECT_TRUE(missing.secret.isEmpty());
}

TEST_F(Credentials, GitCloneSucceedsThroughTheHelperAndFailsAfterRemoval)
{
    PrivateServer server(home);
    ASSERT_GT(server.port(), 0);
    const QString repository = server.url(QStringLiteral("/git/private.git"));

    const ProcessResult before =
        home.run(QStringLiteral("git"), {QStringLiteral("clone"), QStringLiteral("-q"), repository,
                                         home.path(QStringLiteral("work/none"))});
    EXPECT_NE(before.exitCode, 0) << "the server must require authentication";

    const QString url = server.url(QStringLiteral("/git/"));
    const ProcessResult added = add(
        {url, QStringLiteral("--username"), kUser, QStringLiteral("--use"), QStringLiteral("git")},
        kPassword);
    ASSERT_TRUE(succeeded(added));
    EXPECT_TRUE(added.outText().contains(QLatin1String("GNOME Keyring")))
        << added.outText().toStdString();
    EXPECT_FALSE(added.out.contains(kPassword.toUtf8()));
    const QByteArray gitconfig = home.readFile(QStringLiteral(".gitconfig"));
    EXPECT_TRUE(gitconfig.contains("[credential \"" + url.toUtf8() + "\"]")) << gitconfig.data();

    const ProcessResult clone =
        home.run(QStringLiteral("git"), {QStringLiteral("clone"), QStringLiteral("-q"), repository,
                                         home.path(QStringLiteral("work/clone"))});
    ASSERT_TRUE(succeeded(clone));
    EXPECT_TRUE(QFile::exists(home.path(QStringLiteral("work/clone/private.go"))));
    EXPECT_EQ(filesHolding(home, kPassword), QStringList());

    const ProcessResult test = cli({QStringLiteral("credential"), QStringLiteral("test"),
                                    server.url(QStringLiteral("/simple/"))});
    EXPECT_EQ(test.exitCode, 1) << "no entry for that URL";
    const ProcessResult gitHistory = cli({QStringLiteral("history"), QStringLiteral("git")});
    ASSERT_TRUE(succeeded(gitHistory));
    EXPECT_TRUE(gitHistory.outText().contains(QLatin1String("credential.")))
        << gitHistory.outText().toStdString();

    ASSERT_TRUE(succeeded(cli({QStringLiteral("credential"), QStringLiteral("remove"), url})));
    EXPECT_FALSE(QFile::exists(home.path(QStringLiteral(".gitconfig"))))
        << "removal takes out exactly the block it added";
    const ProcessResult after =
        home.run(QStringLiteral("git"), {QStringLiteral("clone"), QStringLiteral("-q"), repository,
                                         home.path(QStringLiteral("work/clone2"))});
    EXPECT_NE(after.exitCode, 0);
    EXPECT_EQ(filesHolding(home, kPassword), QStringList());
}

TEST_F(Credentials, GoGetOfAPrivateModuleUsesTheHelper)
{
    if (QStandardPaths::findExecutable(QStringLiteral("go")).isEmpty())
        GTEST_SKIP() << "go is not installed";
    PrivateServer server(home);
    ASSERT_GT(server.port(), 0);
    // A module path needs a dotted host without a port: git rewrites it to the loopback server,
    // so go's `git ls-remote https://git.mirrordeck.test/private` reaches 127.0.0.1.
    const QString url = server.url(QStringLiteral("/git/"));
    ASSERT_TRUE(succeeded(
        home.run(QStringLiteral("git"), {QStringLiteral("config"), QStringLiteral("--global"),
                                         QStringLiteral("url.%1.insteadOf").arg(url),
                                         QStringLiteral("https://git.mirrordeck.test/")})));
    ASSERT_TRUE(succeeded(add(
        {url, QStringLiteral("--username"), kUser, QStringLiteral("--use"), QStringLiteral("git")},
        kPassword)));
    ASSERT_TRUE(
        succeeded(cli({QStringLiteral("set"), QStringLiteral("go"), QStringLiteral("GOPRIVATE"),
                       QStringLiteral("git.mirrordeck.test")})));
    home.variables().insert(QStringLiteral("GOINSECURE"), QStringLiteral("git.mirrordeck.test"));
    home.variables().insert(QStringLiteral("GIT_ALLOW_PROTOCOL"), QStringLiteral("http:https"));
    home.variables().insert(QStringLiteral("GOFLAGS"), QStringLiteral("-mod=mod"));
    home.variables().insert(QStringLiteral("GOPROXY"), QStringLiteral("off"));
    home.writeFile(QStringLiteral("work/go.mod"), "module example.test/app\n\ngo 1.19\n");
    const ProcessResult get =
        home.run(QStringLiteral("go"),
                 {QStringLiteral("get"), QStringLiteral("git.mirrordeck.test/private.git@v1.0.0")});
    ASSERT_TRUE(succeeded(get));
    EXPECT_TRUE(
        home.readFile(QStringLiteral("work/go.mod")).contains("git.mirrordeck.test/private"));
    EXPECT_EQ(filesHolding(home, kPassword), QStringList());
}

TEST_F(Credentials, PipDownloadFindsTheSecretThroughKeyring)
{
    const QString python = QStringLiteral("/usr/bin/python3");
    if (!QFile::exists(python) ||
        home.run(python, {QStringLiteral("-c"), QStringLiteral("import pip, keyring")}).exitCode !=
            0)
        GTEST_SKIP() << "Debian's /usr/bin/python3 with pip and python3-keyring is not installed";
    PrivateServer server(home);
    ASSERT_GT(server.port(), 0);
    const QString index = server.url(QStringLiteral("/simple/"));
    ASSERT_TRUE(succeeded(add({index, QStringLiteral("--username"), kUser, QStringLiteral("--use"),
                               QStringLiteral("pip")},
                              kPassword)));
    // The main index is an empty loopback one: pip finds privpkg only on the extra index that
    // `credential add` configured, and only with the password keyring hands it.
    home.variables().insert(QStringLiteral("PIP_INDEX_URL"),
                            server.url(QStringLiteral("/public/")));
    // Not PIP_NO_INPUT: pip 23.0 asks keyring after a 401 only when it may prompt (its stdin is
    // closed here, so a prompt would fail the download).
    home.variables().insert(QStringLiteral("PIP_DISABLE_PIP_VERSION_CHECK"), QStringLiteral("1"));
    const ProcessResult download =
        home.run(python, {QStringLiteral("-m"), QStringLiteral("pip"), QStringLiteral("download"),
                          QStringLiteral("--no-deps"), QStringLiteral("-d"),
                          home.path(QStringLiteral("work/dl")), QStringLiteral("privpkg")});
    ASSERT_TRUE(succeeded(download));
    EXPECT_TRUE(QFile::exists(home.path(QStringLiteral("work/dl/privpkg-1.0-py3-none-any.whl"))));
    EXPECT_EQ(filesHolding(home, kPassword), QStringList());

    const ProcessResult test = cli({QStringLiteral("credential"), QStringLiteral("test"), index});
    ASSERT_TRUE(succeeded(test));
    EXPECT_TRUE(test.outText().contains(QLatin1String("HTTP 200")));
    EXPECT_FALSE(test.out.contains(kPassword.toUtf8()));

    ASSERT_TRUE(succeeded(cli({QStringLiteral("credential"), QStringLiteral("remove"), index})));
    QDir(home.path(QStringLiteral("work/dl"))).removeRecursively();
    home.variables().insert(QStringLiteral("PIP_EXTRA_INDEX_URL"), index);
    home.variables().insert(QStringLiteral("PIP_TRUSTED_HOST"), QStringLiteral("127.0.0.1"));
    const ProcessResult after =
        home.run(python, {QStringLiteral("-m"), QStringLiteral("pip"), QStringLiteral("download"),
                          QStringLiteral("--no-deps"), QStringLiteral("-d"),
                          home.path(QStringLiteral("work/dl")), QStringLiteral("privpkg")});
    EXPECT_NE(after.exitCode, 0) << "the keyring item went with the entry";
}

TEST_F(Credentials, NpmViewGetsTheTokenFromExecOrFromTheChosenNpmrc)
{
    if (QStandardPaths::findExecutable(QStringLiteral("npm")).isEmpty())
        GTEST_SKIP() << "npm is not installed";
    PrivateServer server(home);
    ASSERT_GT(server.port(), 0);
    // A token line MirrorDeck did not write: kept in the file, masked in the history.
    const QByteArray foreign = "//other.example/:_authToken=foreign-secret-7731\n";
    home.writeFile(QStringLiteral(".npmrc"), foreign);
    const QString registry = server.url(QStringLiteral("/npm/"));
    ASSERT_TRUE(succeeded(add({registry, QStringLiteral("--use"), QStringLiteral("npm"),
                               QStringLiteral("--scope"), QStringLiteral("@corp")},
                              kToken)));
    const QByteArray npmrc = home.readFile(QStringLiteral(".npmrc"));
    EXPECT_TRUE(npmrc.startsWith(foreign));
    EXPECT_TRUE(npmrc.contains("@corp:registry=" + registry.toUtf8()));
    EXPECT_TRUE(npmrc.contains(":_authToken=${MIRRORDECK_TOKEN_127_0_0_1_"));
    EXPECT_FALSE(npmrc.contains(kToken.toUtf8()));

    const QStringList view = {QStringLiteral("view"), QStringLiteral("@corp/private-pkg"),
                              QStringLiteral("version")};
    EXPECT_NE(home.run(QStringLiteral("npm"), view).exitCode, 0) << "no token without exec";
    const ProcessResult viaExec = home.cli(
        QStringList{QStringLiteral("exec"), QStringLiteral("--"), QStringLiteral("npm")} + view);
    ASSERT_TRUE(succeeded(viaExec));
    EXPECT_EQ(viaExec.outText(), QStringLiteral("1.0.0"));
    EXPECT_EQ(filesHolding(home, kToken), QStringList());

    // The history of .npmrc never holds the foreign token either.
    ChangeHistory history(home.path(QStringLiteral(".local/share/MirrorDeck/mirrordeck/history")));
    const auto entries = history.entries(QStringLiteral("npm"));
    ASSERT_TRUE(entries.hasValue());
    ASSERT_FALSE(entries->isEmpty());
    EXPECT_FALSE(entries->first().before.contains("foreign-secret-7731"));
    EXPECT_TRUE(entries->first().before.contains(SecretMask::kMarker));

    ASSERT_TRUE(succeeded(cli({QStringLiteral("credential"), QStringLiteral("remove"), registry})));
    EXPECT_EQ(home.readFile(QStringLiteral(".npmrc")), foreign) << "removal undoes exactly the add";

    // The explicit choice: the token itself in .npmrc, 0600, shown in the entry.
    ASSERT_TRUE(succeeded(
        add({registry, QStringLiteral("--use"), QStringLiteral("npm"), QStringLiteral("--scope"),
             QStringLiteral("@corp"), QStringLiteral("--token-in-npmrc")},
            kToken)));
    EXPECT_TRUE(home.readFile(QStringLiteral(".npmrc")).contains(kToken.toUtf8()));
    // 0600: the user may read and write it, group and others nothing.
    const QFileDevice::Permissions mode = QFile::permissions(home.path(QStringLiteral(".npmrc")));
    EXPECT_EQ(int(mode & 0x0FFF), int(QFileDevice::ReadUser | QFileDevice::WriteUser));
    const ProcessResult direct = home.run(QStringLiteral("npm"), view);
    ASSERT_TRUE(succeeded(direct));
    EXPECT_EQ(direct.outText(), QStringLiteral("1.0.0"));
    const ProcessResult listed =
        cli({QStringLiteral("credential"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray array = QJsonDocument::fromJson(listed.out).array();
    ASSERT_EQ(array.size(), 1);
    EXPECT_EQ(array.at(0).toObject().value(QStringLiteral("secretInFiles")).toArray().size(), 1);
    QStringList holding = filesHolding(home, kToken);
    EXPECT_EQ(holding, QStringList{home.path(QStringLiteral(".npmrc"))});
    ASSERT_TRUE(succeeded(cli({QStringLiteral("credential"), QStringLiteral("remove"), registry})));
    EXPECT_EQ(filesHolding(home, kToken), QStringList()) << "the token file is cleaned on removal";
}

TEST_F(Credentials, WithoutADbusSessionAddRefusesAndWritesNothing)
{
    QProcessEnvironment environment = home.variables();
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    environment.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    const ProcessResult result =
        runWithInput(home, QStringLiteral(MIRRORDECK_CLI_PATH),
                     {QStringLiteral("credential"), QStringLiteral("add"),
                      QStringLiteral("https://git.corp.example/"), QStringLiteral("--username"),
                      kUser, QStringLiteral("--use"), QStringLiteral("git")},
                     kPassword.toUtf8(), &environment);
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(QString::fromUtf8(result.err).contains(QLatin1String("No keychain is available")))
        << result.err.toStdString();
    EXPECT_FALSE(QFile::exists(home.path(QStringLiteral(".gitconfig"))));
    EXPECT_FALSE(QFile::exists(
        home.path(QStringLiteral(".local/share/MirrorDeck/mirrordeck/credentials.json"))));
    EXPECT_EQ(filesHolding(home, kPassword), QStringList());
}

TEST(CredentialMask, ForeignNpmTokenLinesAreMasked)
{
    const QByteArray masked = SecretMask::mask("//npm.corp.example/:_authToken=abc123secret\n"
                                               "//x/:_authToken=${MIRRORDECK_TOKEN_X}\n");
    EXPECT_FALSE(masked.contains("abc123secret"));
    EXPECT_TRUE(masked.contains(SecretMask::kMarker));
    EXPECT_TRUE(masked.contains("${MIRRORDECK_TOKEN_X}")) << "a reference is not a secret";
    EXPECT_FALSE(SecretMask::mask("machine h login u password netrc-pw\n").contains("netrc-pw"));
}

TEST_F(Credentials, GoproxyNetrcOnlyOnExplicitChoicePrivateShownAndCleaned)
{
    PrivateServer server(home);
    ASSERT_GT(server.port(), 0);
    const QString proxy = server.url(QStringLiteral("/simple/"));
    const ProcessResult refused = add({proxy, QStringLiteral("--username"), kUser,
                                       QStringLiteral("--use"), QStringLiteral("goproxy")},
                                      kPassword);
    if (!QStandardPaths::findExecutable(QStringLiteral("go")).isEmpty() &&
        !refused.err.contains("GOAUTH")) {
        EXPECT_EQ(refused.exitCode, 1);
    }
    EXPECT_FALSE(QFile::exists(home.path(QStringLiteral(".netrc"))));

    const ProcessResult added =
        add({proxy, QStringLiteral("--username"), kUser, QStringLiteral("--use"),
             QStringLiteral("goproxy"), QStringLiteral("--netrc")},
            kPassword);
    ASSERT_TRUE(succeeded(added));
    EXPECT_TRUE(added.outText().contains(QLatin1String(".netrc as well")));
    const QString netrc = home.path(QStringLiteral(".netrc"));
    EXPECT_EQ(int(QFile::permissions(netrc) & 0x0FFF),
              int(QFileDevice::ReadUser | QFileDevice::WriteUser));
    EXPECT_EQ(filesHolding(home, kPassword), QStringList{netrc}) << "nowhere else, history too";

    // The authenticated request, with the secret the keychain holds.
    const ProcessResult test = cli({QStringLiteral("credential"), QStringLiteral("test"), proxy});
    ASSERT_TRUE(succeeded(test));
    EXPECT_TRUE(test.outText().contains(QLatin1String("HTTP 200")));
    EXPECT_FALSE(test.out.contains(kPassword.toUtf8()) || test.err.contains(kPassword.toUtf8()));

    ASSERT_TRUE(succeeded(cli({QStringLiteral("credential"), QStringLiteral("remove"), proxy})));
    EXPECT_FALSE(QFile::exists(netrc));
    EXPECT_EQ(filesHolding(home, kPassword), QStringList());
}

TEST_F(Credentials, TestReportsTheStatusOfARejectedSecret)
{
    PrivateServer server(home);
    ASSERT_GT(server.port(), 0);
    const QString index = server.url(QStringLiteral("/simple/"));
    ASSERT_TRUE(succeeded(add({index, QStringLiteral("--username"), kUser, QStringLiteral("--use"),
                               QStringLiteral("git")},
                              QStringLiteral("wrong-password-9"))));
    const ProcessResult test = cli({QStringLiteral("credential"), QStringLiteral("test"), index});
    EXPECT_EQ(test.exitCode, 1);
    EXPECT_TRUE(test.err.contains("HTTP 401")) << test.err.toStdString();
    EXPECT_FALSE(test.err.contains("wrong-password-9"));
}

// Debian 12's go is 1.19 and no go 1.24 can be installed here, so a stand-in answers only
// `go env GOVERSION` with go1.24; what is judged is the GOAUTH line MirrorDeck writes into go's
// env file and the header blocks `mirrordeck-cli goauth` prints in the format of `go help goauth`.
TEST_F(Credentials, GoproxyOnGo124WritesGoauthAndTheCommandPrintsTheHeader)
{
    home.writeFile(QStringLiteral("fakebin/go"),
                   "#!/bin/sh\n[ \"$1 $2\" = \"env GOVERSION\" ] && echo go1.24.0 && exit 0\n"
                   "exit 1\n");
    QFile::setPermissions(home.path(QStringLiteral("fakebin/go")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    home.prependPath(home.path(QStringLiteral("fakebin")));
    home.variables().insert(QStringLiteral("GOENV"), home.path(QStringLiteral("goenv")));
    home.writeFile(QStringLiteral("goenv"), "GOPROXY=https://goproxy.cn,direct\n");

    const QString proxy = QStringLiteral("https://goproxy.corp.example/");
    const ProcessResult added = add({proxy, QStringLiteral("--username"), kUser,
                                     QStringLiteral("--use"), QStringLiteral("goproxy")},
                                    kPassword);
    ASSERT_TRUE(succeeded(added));
    const QByteArray env = home.readFile(QStringLiteral("goenv"));
    EXPECT_TRUE(env.startsWith("GOPROXY=https://goproxy.cn,direct\nGOAUTH=")) << env.data();
    EXPECT_TRUE(env.contains(" goauth;netrc\n")) << "go's default stays after ours";
    EXPECT_FALSE(env.contains(kPassword.toUtf8()));

    const ProcessResult blocks = cli({QStringLiteral("goauth")});
    ASSERT_TRUE(succeeded(blocks));
    const QByteArray expected = proxy.toUtf8() + "\n\nAuthorization: Basic " +
                                (kUser + QLatin1Char(':') + kPassword).toUtf8().toBase64() + "\n\n";
    EXPECT_EQ(blocks.out, expected);
    EXPECT_TRUE(
        cli({QStringLiteral("goauth"), QStringLiteral("https://other.example/x")}).out.isEmpty());
    EXPECT_EQ(filesHolding(home, kPassword), QStringList());

    ASSERT_TRUE(succeeded(cli({QStringLiteral("credential"), QStringLiteral("remove"), proxy})));
    EXPECT_EQ(home.readFile(QStringLiteral("goenv")), "GOPROXY=https://goproxy.cn,direct\n");
}

TEST_F(Credentials, TheSecretIsNeverAnArgumentAndBadInputWritesNothing)
{
    const ProcessResult asArgument = add(
        {QStringLiteral("https://git.corp.example/"), QStringLiteral("--username"), kUser,
         QStringLiteral("--use"), QStringLiteral("git"), QStringLiteral("--password"), kPassword},
        QString());
    EXPECT_EQ(asArgument.exitCode, 2);
    const ProcessResult inUrl =
        add({QStringLiteral("https://alice:pw@git.corp.example/"), QStringLiteral("--username"),
             kUser, QStringLiteral("--use"), QStringLiteral("git")},
            kPassword);
    EXPECT_EQ(inUrl.exitCode, 1);
    const ProcessResult badUse =
        add({QStringLiteral("https://git.corp.example/"), QStringLiteral("--username"), kUser,
             QStringLiteral("--use"), QStringLiteral("svn")},
            kPassword);
    EXPECT_EQ(badUse.exitCode, 2);
    const ProcessResult empty =
        add({QStringLiteral("https://git.corp.example/"), QStringLiteral("--username"), kUser,
             QStringLiteral("--use"), QStringLiteral("git")},
            QString());
    EXPECT_EQ(empty.exitCode, 2);
    EXPECT_FALSE(QFile::exists(home.path(QStringLiteral(".gitconfig"))));
    EXPECT_FALSE(QFile::exists(
        home.path(QStringLiteral(".local/share/MirrorDeck/mirrordeck/credentials.json"))));
    const ProcessResult listed = cli({QStringLiteral("credential"), QStringLiteral("list")});
    ASSERT_TRUE(succeeded(listed));
    EXPECT_EQ(listed.outText(), QStringLiteral("No private repositories."));
}

TEST_F(Credentials, AnEntrysFilesAreOneChangeThatRestoreLeavesToRemove)
{
    // No server: adding a git entry with GOPRIVATE writes two files and contacts nothing.
    const QString url = QStringLiteral("http://127.0.0.1:9/git/");
    ASSERT_TRUE(succeeded(add({url, QStringLiteral("--username"), kUser, QStringLiteral("--use"),
                               QStringLiteral("git"), QStringLiteral("--go-private")},
                              kPassword)));
    const auto entriesOf = [this](const QString &ecosystem) {
        const ProcessResult history =
            cli({QStringLiteral("history"), ecosystem, QStringLiteral("--json")});
        EXPECT_TRUE(succeeded(history)) << ecosystem.toStdString();
        const QJsonDocument doc = QJsonDocument::fromJson(history.out);
        return doc.isArray() ? doc.array()
                             : doc.object().value(QStringLiteral("entries")).toArray();
    };
    const QJsonArray go = entriesOf(QStringLiteral("go"));
    const QJsonArray git = entriesOf(QStringLiteral("git"));
    ASSERT_EQ(go.size(), 1);
    ASSERT_EQ(git.size(), 1);
    const QString group = go.at(0).toObject().value(QStringLiteral("group")).toString();
    EXPECT_TRUE(group.startsWith(QLatin1String("credential-"))) << group.toStdString();
    EXPECT_EQ(git.at(0).toObject().value(QStringLiteral("group")).toString(), group)
        << "git config and Go's env file were written as one change";

    // Restoring Go's file alone would leave the git helper without GOPRIVATE: refused, unchanged.
    const QByteArray goEnvBefore = home.readFile(QStringLiteral(".config/go/env"));
    ASSERT_TRUE(goEnvBefore.contains("GOPRIVATE=127.0.0.1/git")) << goEnvBefore.data();
    const QString id = go.at(0).toObject().value(QStringLiteral("id")).toVariant().toString();
    const ProcessResult restore = cli({QStringLiteral("restore"), QStringLiteral("go"), id});
    EXPECT_EQ(restore.exitCode, 1);
    EXPECT_TRUE(QString::fromUtf8(restore.err).contains(QLatin1String("credential remove")))
        << restore.err.toStdString();
    EXPECT_EQ(home.readFile(QStringLiteral(".config/go/env")), goEnvBefore);

    ASSERT_TRUE(succeeded(cli({QStringLiteral("credential"), QStringLiteral("remove"), url})));
    const QJsonArray goAfter = entriesOf(QStringLiteral("go"));
    const QJsonArray gitAfter = entriesOf(QStringLiteral("git"));
    ASSERT_EQ(goAfter.size(), 2);
    ASSERT_EQ(gitAfter.size(), 2);
    // Newest first: the removal's entries lead.
    const QString removal = goAfter.at(0).toObject().value(QStringLiteral("group")).toString();
    EXPECT_TRUE(removal.startsWith(QLatin1String("credential-")));
    EXPECT_NE(removal, group);
    EXPECT_EQ(gitAfter.at(0).toObject().value(QStringLiteral("group")).toString(), removal);
    EXPECT_EQ(home.goEnv(QStringLiteral("GOPRIVATE")).outText(), QString());
}

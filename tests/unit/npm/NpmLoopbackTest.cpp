// The tests' npm talks to nothing but what a test points it at. In a fresh HOME every npm command
// would ask the registry for npm@latest (the update notifier), and a proxy variable inherited
// from the machine would carry even loopback requests off it. Here a recording server on
// 127.0.0.1 is both the registry and the proxy the machine "has": npm must send it exactly the
// one request the test makes, directly.

#include "NpmTestSupport.h"

#include <QProcess>

#include <utility>

using namespace npmtest;

namespace {

// Answers every request 404 and prints its request target, one per line, after a first line
// with its port. Exits when its stdin closes, so a failing test never leaves it behind.
const char kRecorder[] = R"PY(
import http.server, sys, threading
class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        print(self.requestline.split(' ')[1], flush=True)
        body = b'{"error":"not found"}'
        self.send_response(404)
        self.send_header('Content-Type', 'application/json')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    do_CONNECT = do_GET
    def log_message(self, *args):
        pass
server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Handler)
print(server.server_address[1], flush=True)
threading.Thread(target=server.serve_forever, daemon=True).start()
sys.stdin.read()
)PY";

class Recorder
{
public:
    Recorder()
    {
        m_process.start(TestHome::pythonProgram(),
                        {QStringLiteral("-c"), QString::fromLatin1(kRecorder)});
        if (m_process.waitForStarted(10000) && m_process.waitForReadyRead(10000))
            m_port = m_process.readLine().trimmed().toInt();
    }
    ~Recorder()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    int port() const { return m_port; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/").arg(m_port); }

    // Every request target received so far; stops the server.
    QStringList requests()
    {
        m_process.closeWriteChannel();
        m_process.waitForFinished(10000);
        return QString::fromUtf8(m_process.readAllStandardOutput())
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private:
    QProcess m_process;
    int m_port = 0;
};

// Sets variables in this process for the lifetime of the guard, as the machine's shell would.
class ProcessVariables
{
public:
    explicit ProcessVariables(QList<std::pair<QByteArray, QByteArray>> variables)
        : m_variables(std::move(variables))
    {
        for (const auto &[name, value] : std::as_const(m_variables)) {
            m_saved << qgetenv(name.constData());
            qputenv(name.constData(), value);
        }
    }
    ~ProcessVariables()
    {
        for (int i = 0; i < m_variables.size(); ++i) {
            if (m_saved.at(i).isNull())
                qunsetenv(m_variables.at(i).first.constData());
            else
                qputenv(m_variables.at(i).first.constData(), m_saved.at(i));
        }
    }

private:
    QList<std::pair<QByteArray, QByteArray>> m_variables;
    QList<QByteArray> m_saved;
};

class NpmLoopback : public RealNpmTest
{};

} // namespace

TEST(TestHomeEnvironment, DropsProxiesAndEveryToolsSettings)
{
    QList<std::pair<QByteArray, QByteArray>> variables;
    for (const char *name :
         {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "all_proxy",
          "no_proxy", "NO_PROXY", "GOPROXY", "GOFLAGS", "PIP_INDEX_URL", "NPM_CONFIG_REGISTRY",
          "npm_config_registry", "npm_config_update_notifier", "YARN_REGISTRY", "CARGO_HOME",
          "UV_INDEX_URL"})
        variables.append(std::make_pair(QByteArray(name), QByteArray("http://127.0.0.1:9/leaked")));
    const ProcessVariables machine(variables);
    const TestHome home;
    for (const auto &[name, value] : std::as_const(variables)) {
        if (name != "npm_config_update_notifier") {
            EXPECT_FALSE(home.variables().contains(QString::fromLatin1(name)))
                << name.constData() << "=" << value.constData();
        }
    }
    EXPECT_EQ(home.variables().value(QStringLiteral("npm_config_update_notifier")), "false");
}

TEST_P(NpmLoopback, OnlyTheRequestedPackageIsFetchedAndNotThroughAProxy)
{
    Recorder recorder;
    ASSERT_GT(recorder.port(), 0) << "the recording server did not start";
    const QByteArray proxy = recorder.url().toUtf8();
    const ProcessVariables machine({{"http_proxy", proxy},
                                    {"https_proxy", proxy},
                                    {"HTTP_PROXY", proxy},
                                    {"HTTPS_PROXY", proxy}});
    NpmHome home(GetParam());
    home.writeFile(QStringLiteral(".npmrc"), "registry=" + proxy + "\n");

    // What the tests run: config reads and writes, without --offline too.
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("registry")},
          QStringList{QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("fund"),
                      QStringLiteral("false")},
          QStringList{QStringLiteral("config"), QStringLiteral("get"),
                      QStringLiteral("globalconfig")}}) {
        const ProcessResult result = home.run(QStringLiteral("npm"), arguments);
        EXPECT_EQ(result.exitCode, 0)
            << arguments.join(QLatin1Char(' ')).toStdString() << ": " << result.err.constData();
    }
    // One real request, so that a recorder that hears nothing cannot pass the test.
    const ProcessResult view = home.run(
        QStringLiteral("npm"), {QStringLiteral("view"), QStringLiteral("mirrordeck-loopback-probe"),
                                QStringLiteral("version"), QStringLiteral("--fetch-retries=0")});
    EXPECT_NE(view.exitCode, 0) << "the recorder answers 404";

    // Origin-form "/name": sent to the registry itself. "http://…" would be a proxy request,
    // "/npm" the update notifier.
    EXPECT_EQ(recorder.requests().join(QLatin1Char(' ')).toStdString(),
              "/mirrordeck-loopback-probe");
}

INSTANTIATE_TEST_SUITE_P(EachNpm, NpmLoopback, ::testing::ValuesIn(npmClients()), clientName);

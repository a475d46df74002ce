// Differential test against npm's own parser: a few hundred generated .npmrc texts (every rule
// combined: comments, quotes, escapes, CR/LF mixes, BOM, arrays, sections, dotted sections,
// ${VAR} keys) are decoded by the ini module the installed npm loads (one node process per npm
// client) and by Npmrc; both must agree on what npm sees for each managed key.

#include "NpmTestSupport.h"
#include "ecosystems/npm/NpmConfigPaths.h"
#include "ecosystems/npm/Npmrc.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <gtest/gtest.h>

namespace {

const char *const kFragments[] = {
    "registry=https://a.example/",
    " registry = https://b.example/ ; comment",
    "registry=\"https://c.example/\"",
    "registry='https://d.example/'",
    "registry=\"https://e.example/\" # not quoted any more",
    "registry=https://f.example/\\#x\\;y\\\\z",
    "registry",
    "registry=",
    "registry[]=https://g.example/",
    "strict-ssl=false",
    "strict-ssl[]=true",
    "strict-ssl",
    "@a:registry=https://scoped.example/",
    "\"@a:registry\"=https://quoted-key.example/",
    "${K}=https://env-key.example/",
    "; registry=https://commented.example/",
    "   # registry=https://commented.example/",
    "[section]",
    "  [not-a-section]  ",
    "[registry]",
    "[registry.sub]",
    "[strict-ssl]",
    "[a\\.b]",
    "=orphan",
    "registry='1e3'",
    "registry=null",
    "registry=${NOPE}/x",
    "other=1",
    "registry=https://h.example/\xE2\x80\xA8x",
    "registry=\"a\\\"b\"",
    "registry='\"x\"'",
    "registry=\"",
    "registry='",
    "registry = \" spaced \"",
    "registry=\"{\\\"a\\\":1}\"",
    "registry='[1,null,\"x\"]'",
    "__proto__=x",
    "[__proto__]",
    "registry;x=https://semi-key.example/",
    "registry\\;x=https://escaped-key.example/",
    "'registry'=https://single-key.example/",
    "\tregistry=\xC2\xA0https://nbsp.example/\xC2\xA0",
    "\xEF\xBB\xBF[registry]",
    "[]",
    "[registry.registry]",
    "[registry\\.x]",
    "[x.registry]",
    "registry=0",
    "",
    "   ",
};
const char *const kTerminators[] = {"\n", "\r\n", "\r", "\n\n", "\r\r\n"};

QByteArray generate(QRandomGenerator &random)
{
    QByteArray text;
    if (random.bounded(6) == 0)
        text += "\xEF\xBB\xBF";
    const int lines = 1 + random.bounded(7);
    for (int i = 0; i < lines; ++i) {
        text += kFragments[random.bounded(int(std::size(kFragments)))];
        if (i + 1 < lines || random.bounded(2))
            text += kTerminators[random.bounded(int(std::size(kTerminators)))];
    }
    return text;
}

const char kScript[] = R"JS(
// Load ini the way npm's own config loader does: resolved from @npmcli/config, itself resolved
// from npm. Upstream npm bundles both under npm/node_modules; Debian's npm finds them in
// /usr/share/nodejs.
const { createRequire } = require('module')
const configMain = createRequire(process.argv[2] + '/package.json').resolve('@npmcli/config')
const configRequire = createRequire(configMain)
const ini = configRequire('ini')
const envReplace = configRequire('./env-replace.js')
const inputs = JSON.parse(require('fs').readFileSync(0, 'utf8'))
const keys = ['registry', 'strict-ssl', '@a:registry']
const out = inputs.map(b64 => {
  const text = Buffer.from(b64, 'base64').toString('utf8')
  let parsed
  try { parsed = ini.decode(text) } catch (e) { return { error: true } }
  const data = Object.create(null)
  for (const [k, v] of Object.entries(parsed)) data[envReplace(k, process.env)] = v
  const r = {}
  for (const k of keys) {
    if (!Object.prototype.hasOwnProperty.call(data, k)) { r[k] = '<absent>'; continue }
    const v = data[k]
    r[k] = (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === null) ? '<object>' : String(v)
  }
  return r
})
process.stdout.write(JSON.stringify(out))
)JS";

class NpmIniDifferential : public npmtest::RealNpmTest
{};

} // namespace

TEST_P(NpmIniDifferential, NpmrcDecodesLikeNpmIni)
{
    npmtest::NpmHome home(GetParam());
    const NpmConfigPaths paths(home.toolEnvironment());
    ASSERT_FALSE(paths.npmDirectory().isEmpty()) << "npm not found on PATH";
    home.variables().insert(QStringLiteral("K"), QStringLiteral("registry"));
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("K"), QStringLiteral("registry"));

    QRandomGenerator random(20261125); // fixed seed: the same texts every run
    QList<QByteArray> texts;
    QJsonArray encoded;
    for (int i = 0; i < 2000; ++i) {
        texts << generate(random);
        encoded.append(QString::fromLatin1(texts.last().toBase64()));
    }
    home.writeFile(QStringLiteral("diff.js"), kScript);
    home.writeFile(QStringLiteral("inputs.json"), QJsonDocument(encoded).toJson());

    QProcess node;
    node.setProcessEnvironment(home.variables());
    node.setStandardInputFile(home.path(QStringLiteral("inputs.json")));
    node.start(QStringLiteral("node"),
               {home.path(QStringLiteral("diff.js")), paths.npmDirectory()});
    ASSERT_TRUE(node.waitForFinished(30000));
    ASSERT_EQ(node.exitCode(), 0) << node.readAllStandardError().constData();
    const QJsonArray results = QJsonDocument::fromJson(node.readAllStandardOutput()).array();
    ASSERT_EQ(results.size(), texts.size());

    int compared = 0;
    for (int i = 0; i < texts.size(); ++i) {
        const QJsonObject expected = results.at(i).toObject();
        if (expected.contains(QLatin1String("error")))
            continue; // npm/ini itself threw (a null value under a dotted section)
        const Npmrc npmrc = Npmrc::fromBytes(texts.at(i));
        for (const QString &key : {QStringLiteral("registry"), QStringLiteral("strict-ssl"),
                                   QStringLiteral("@a:registry")}) {
            const Npmrc::Resolved resolved = npmrc.resolve(key, environment);
            const QString ours =
                resolved.kind == Npmrc::Resolved::Kind::Absent   ? QStringLiteral("<absent>")
                : resolved.kind == Npmrc::Resolved::Kind::Object ? QStringLiteral("<object>")
                                                                 : resolved.text;
            EXPECT_EQ(ours.toStdString(), expected.value(key).toString().toStdString())
                << key.toStdString() << " in " << texts.at(i).toBase64().constData() << "\n"
                << texts.at(i).constData();
            ++compared;
        }
    }
    EXPECT_GT(compared, 1000);
}

INSTANTIATE_TEST_SUITE_P(EachNpm, NpmIniDifferential, ::testing::ValuesIn(npmtest::npmClients()),
                         npmtest::clientName);

// PipConf against the parser pip really uses: hundreds of generated pip.conf files built from
// the tricky pieces (twins, [DEFAULT], indented headers, continuations, comments, lone "\r",
// Unicode blanks, empty values, duplicates, stray lines) are parsed by Python's
// configparser.RawConfigParser with pip's key normalisation in one Python process, and by
// PipConf; both must accept or refuse the same files (refusals at the same line) and see the
// same section.key → value map.

#include "PipTestSupport.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

namespace {

QByteArray generateFile(QRandomGenerator &random)
{
    static const QList<QByteArray> headers = {
        "[global]", "[install]", "[DEFAULT]", "  [global]", "[Global]", "[global] ; note", "[a]b]"};
    static const QList<QByteArray> names = {
        "index-url", "index_url", "INDEX-URL", "--index-url", "timeout", "extra-index-url", "a b"};
    static const QList<QByteArray> delimiters = {"=", ":", " = ", " : ", "= ", "\t=\t"};
    static const QList<QByteArray> values = {
        "https://a/simple", "https://a ; c", "", "  v  ", "\xE3\x80\x80v\xE3\x80\x80", "x=y:z",
        "# not a comment",  "\x1Fv"};
    static const QList<QByteArray> others = {"# c",
                                             "; c",
                                             "  # c",
                                             "",
                                             "   ",
                                             "    cont",
                                             "\tcont",
                                             "  \xE2\x80\x83"
                                             "cont",
                                             "words",
                                             "= v"};
    static const QList<QByteArray> endings = {"\n", "\n", "\n", "\r\n", "\r"};
    QByteArray text;
    if (random.bounded(40) == 0)
        text += "\xEF\xBB\xBF";
    if (random.bounded(6) != 0)
        text += headers.at(random.bounded(int(headers.size()))) + "\n";
    const int lines = 1 + random.bounded(9);
    for (int i = 0; i < lines; ++i) {
        const int kind = random.bounded(10);
        QByteArray line;
        if (kind < 2) {
            line = headers.at(random.bounded(int(headers.size())));
        } else if (kind < 6) {
            line = QByteArray(random.bounded(3) == 0 ? "  " : "") +
                   names.at(random.bounded(int(names.size()))) +
                   delimiters.at(random.bounded(int(delimiters.size()))) +
                   values.at(random.bounded(int(values.size())));
        } else {
            line = others.at(random.bounded(int(others.size())));
        }
        text += line;
        if (i + 1 < lines || random.bounded(4) != 0)
            text += endings.at(random.bounded(int(endings.size())));
    }
    return text;
}

const char *kPythonParser = R"PY(
import configparser, json, sys
def normalize(name):
    name = name.lower().replace('_', '-')
    return name[2:] if name.startswith('--') else name
results = []
for path in sys.argv[1:]:
    parser = configparser.RawConfigParser()
    try:
        parser.read(path, encoding='utf-8')
    except configparser.MissingSectionHeaderError as error:
        results.append({'ok': False, 'line': error.lineno})
        continue
    except configparser.ParsingError as error:
        results.append({'ok': False, 'line': error.errors[0][0]})
        continue
    except configparser.Error as error:
        results.append({'ok': False, 'line': getattr(error, 'lineno', 0)})
        continue
    items = {}
    for section in parser.sections():
        for name, value in parser.items(section):
            items[section + '\x1f' + normalize(name)] = value
    results.append({'ok': True, 'items': items})
print(json.dumps(results))
)PY";

QJsonArray parseWithPython(const PipHome &pip, const QStringList &paths)
{
    const ProcessResult result = pip.home.run(
        pip.python(), QStringList{QStringLiteral("-c"), QString::fromUtf8(kPythonParser)} + paths);
    EXPECT_EQ(result.exitCode, 0) << result.err.constData();
    return QJsonDocument::fromJson(result.out).array();
}

// section\x1Fkey → value for every key pip sees, like the Python side prints.
QJsonObject itemsOf(const PipConf &conf)
{
    QJsonObject items;
    const QStringList sections = conf.sections();
    for (const QString &section : sections) {
        for (const PipConf::Option &option : conf.options()) {
            if (option.section != section && option.section != PipConf::kDefaultSection)
                continue;
            if (const PipConf::Option *found = conf.find(section, option.normalizedName))
                items.insert(section + QChar(0x1F) + option.normalizedName, found->value);
        }
    }
    return items;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

} // namespace

// MIRRORDECK_PIP_DIFF_SEED / MIRRORDECK_PIP_DIFF_COUNT run other or more files by hand.
TEST(PipConfDifferential, AgreesWithPythonRawConfigParser)
{
    QTemporaryDir dir;
    QRandomGenerator random(qEnvironmentVariableIntValue("MIRRORDECK_PIP_DIFF_SEED")
                                ? quint32(qEnvironmentVariableIntValue("MIRRORDECK_PIP_DIFF_SEED"))
                                : 20261125u);
    QList<QByteArray> files;
    QStringList paths;
    for (int i = 0; i < (qEnvironmentVariableIsSet("MIRRORDECK_PIP_DIFF_COUNT")
                             ? qEnvironmentVariableIntValue("MIRRORDECK_PIP_DIFF_COUNT")
                             : 600);
         ++i) {
        files << generateFile(random);
        paths << dir.filePath(QStringLiteral("%1.conf").arg(i));
        writeFile(paths.last(), files.last());
    }
    PipHome pip;
    const QJsonArray expected = parseWithPython(pip, paths);
    ASSERT_EQ(expected.size(), files.size());
    QStringList editedPaths;
    QList<QJsonObject> itemsBefore;
    QList<QByteArray> acceptedFiles;

    int accepted = 0;
    for (int i = 0; i < files.size(); ++i) {
        const QJsonObject python = expected.at(i).toObject();
        const Expected<PipConf> ours = PipConf::parse(files.at(i), paths.at(i));
        const std::string context = "file " + std::to_string(i) + ": " + files.at(i).toStdString();
        ASSERT_EQ(ours.hasValue(), python.value(QStringLiteral("ok")).toBool()) << context;
        if (!ours) {
            EXPECT_EQ(ours.error().line, python.value(QStringLiteral("line")).toInt()) << context;
            continue;
        }
        ++accepted;
        const QJsonObject mine = itemsOf(*ours);
        EXPECT_EQ(mine, python.value(QStringLiteral("items")).toObject()) << context;

        // Edits of this file, to be read back by Python below.
        const QByteArray set =
            ours->withValues(QStringLiteral("global"), QStringLiteral("index-url"),
                             {QStringLiteral("https://new.example/simple")}, false);
        const QByteArray multi =
            ours->withValues(QStringLiteral("global"), QStringLiteral("trusted-host"),
                             {QStringLiteral("a.example"), QStringLiteral("b.example:81")}, true);
        const QByteArray unset =
            ours->withoutKey(QStringLiteral("global"), QStringLiteral("index-url"));
        for (const QByteArray &edited : {set, multi, unset}) {
            editedPaths << paths.at(i) + QStringLiteral(".%1").arg(editedPaths.size());
            writeFile(editedPaths.last(), edited);
        }
        itemsBefore << mine;
        acceptedFiles << files.at(i);
    }

    // Python reads exactly the planned effect from every edited file, and nothing else changed.
    const QJsonArray edited = parseWithPython(pip, editedPaths);
    ASSERT_EQ(edited.size(), editedPaths.size());
    const QString indexKey = QStringLiteral("global") + QChar(0x1F) + QStringLiteral("index-url");
    const QString hostKey = QStringLiteral("global") + QChar(0x1F) + QStringLiteral("trusted-host");
    for (int i = 0; i < edited.size(); ++i) {
        const int kind = i % 3;
        const QJsonObject python = edited.at(i).toObject();
        QFile editedFile(editedPaths.at(i));
        const QByteArray editedBytes =
            editedFile.open(QIODevice::ReadOnly) ? editedFile.readAll() : QByteArray();
        const std::string context = editedPaths.at(i).toStdString() + "\n--- before:\n" +
                                    acceptedFiles.at(i / 3).toStdString() + "\n--- after:\n" +
                                    editedBytes.toStdString();
        ASSERT_TRUE(python.value(QStringLiteral("ok")).toBool()) << context;
        const QJsonObject items = python.value(QStringLiteral("items")).toObject();
        const QJsonObject &was = itemsBefore.at(i / 3);
        if (kind == 0) {
            EXPECT_EQ(items.value(indexKey).toString(), "https://new.example/simple") << context;
        }
        if (kind == 1) {
            EXPECT_EQ(PipConf::splitValues(items.value(hostKey).toString()),
                      (QStringList{QStringLiteral("a.example"), QStringLiteral("b.example:81")}))
                << context;
        }
        QFile file(editedPaths.at(i));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const Expected<PipConf> reparsed = PipConf::parse(file.readAll(), editedPaths.at(i));
        ASSERT_TRUE(reparsed.hasValue()) << context;
        EXPECT_EQ(itemsOf(*reparsed), items) << context;
        if (kind == 2) {
            // Only [DEFAULT] can still provide it after an unset.
            const PipConf::Option *left =
                reparsed->find(QStringLiteral("global"), QStringLiteral("index-url"));
            EXPECT_TRUE(!left || left->section == PipConf::kDefaultSection) << context;
        }
        const QString changed = kind == 1 ? hostKey : indexKey;
        for (auto it = was.begin(); it != was.end(); ++it) {
            if (it.key() != changed) {
                EXPECT_EQ(items.value(it.key()), it.value())
                    << context << " key " << it.key().toStdString();
            }
        }
    }
    // The generator must exercise both sides.
    EXPECT_GT(accepted, 100);
    EXPECT_LT(accepted, files.size() - 100);
}

// TomlDocument against Python's tomllib: hundreds of generated files built from the tricky pieces
// of TOML (dotted keys reopening tables, arrays of tables, inline tables, bad numbers, bad
// escapes, dates, CRLF and lone CR, BOM, missing final newline) plus every corpus file are read by
// both; both must accept or refuse the same files (refusals at the same line) and see the same
// data. Edits of the accepted files (set a string, append an array-of-tables entry, remove a
// table, remove a key) are read back by tomllib, which must see exactly the planned change.

#include "config/TomlDocument.h"
#include "support/Tomllib.h"

#include <QDirIterator>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

template <typename T> const T &pick(QRandomGenerator &random, const QList<T> &list)
{
    return list.at(random.bounded(int(list.size())));
}

QByteArray generateFile(QRandomGenerator &random)
{
    static const QList<QByteArray> headers = {
        "[t]",     "[t.u]",   "[[e]]",       "[[e.s]]",  "[ t . \"q\" ]", "[e.sub]",
        "[t] # c", "[u]",     "[[e]] # c",   "[a.b.c]",  "[x]",           "[t.u.v]",
        "[[t]]",   "[[ e ]]", "[\"t\".'u']", "[tool.z]", "[ [a] ]",       "[e]"};
    static const QList<QByteArray> keys = {"a",     "b",     "\"q k\"", "'lit'",  "a.b",
                                           "t.x",   "e",     "sub.z",   "\"\"",   "1",
                                           "u.v.w", "x . y", "url",     "default"};
    static const QList<QByteArray> values = {"\"s\"",
                                             "'l'",
                                             "\"\\u00e9\\n\\t\"",
                                             "\"\\x\"",
                                             "1",
                                             "+1",
                                             "01",
                                             "1_0",
                                             "1__0",
                                             "0x1f",
                                             "0o7",
                                             "0b2",
                                             "1.5",
                                             "1e3",
                                             "1.",
                                             ".5",
                                             "inf",
                                             "-nan",
                                             "true",
                                             "True",
                                             "1979-05-27",
                                             "1979-02-29",
                                             "2000-02-29",
                                             "07:32:00",
                                             "1979-05-27T07:32:00Z",
                                             "1979-05-27 07:32:00.5+01:00",
                                             "[1, 2,]",
                                             "[ ]",
                                             "[\"a\", [1]]",
                                             "{ x = 1 }",
                                             "{x=1,}",
                                             "{ x.y = 1, x.z = 2 }",
                                             "{ x = 1, x = 2 }",
                                             "{}",
                                             "\"\"\"\nml\\\n  x\"\"\"",
                                             "'''a''''",
                                             "\"unterminated",
                                             "[\n1,\n# c\n2\n]",
                                             "\"https://mirror.example/simple\"",
                                             "'C:\\dir'",
                                             "\"\xC3\xA9\"",
                                             "\"\\U0001F600\"",
                                             "\"\\uD800\""};
    static const QList<QByteArray> others = {"# comment",     "", "  ", "garbage", "= 1", "\t# tab",
                                             "# \xE2\x82\xAC"};
    static const QList<QByteArray> endings = {"\n", "\n", "\n", "\r\n", "\r\n", "\r"};
    QByteArray text;
    if (random.bounded(30) == 0)
        text += "\xEF\xBB\xBF";
    const int lines = 1 + random.bounded(10);
    for (int i = 0; i < lines; ++i) {
        const int kind = random.bounded(10);
        QByteArray line;
        if (kind < 2)
            line = pick(random, headers);
        else if (kind < 8)
            line = QByteArray(random.bounded(4) == 0 ? "  " : "") + pick(random, keys) +
                   (random.bounded(3) == 0 ? "=" : " = ") + pick(random, values) +
                   (random.bounded(5) == 0 ? " # note" : "");
        else
            line = pick(random, others);
        text += line;
        if (i + 1 < lines || random.bounded(4) != 0)
            text += pick(random, endings);
    }
    return text;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

QJsonObject dataOf(const TomlDocument &doc)
{
    return QJsonDocument::fromJson(doc.toCanonicalJson()).object();
}

QJsonObject stringValue(const QString &text)
{
    return QJsonObject{{"type", "string"}, {"value", text}};
}

struct Edit
{
    QByteArray bytes;
    QJsonObject expected;
    std::string what;
};

} // namespace

// MIRRORDECK_TOML_DIFF_SEED / MIRRORDECK_TOML_DIFF_COUNT run other or more files by hand.
TEST(TomlDifferential, AgreesWithPythonTomllibOnGeneratedAndCorpusFiles)
{
    QTemporaryDir dir;
    QRandomGenerator random(qEnvironmentVariableIsSet("MIRRORDECK_TOML_DIFF_SEED")
                                ? quint32(qEnvironmentVariableIntValue("MIRRORDECK_TOML_DIFF_SEED"))
                                : 20261202u);
    const int count = qEnvironmentVariableIsSet("MIRRORDECK_TOML_DIFF_COUNT")
                          ? qEnvironmentVariableIntValue("MIRRORDECK_TOML_DIFF_COUNT")
                          : 800;
    QList<QByteArray> files;
    for (int i = 0; i < count; ++i)
        files << generateFile(random);
    QDirIterator corpus(QStringLiteral(MIRRORDECK_SOURCE_DIR "/tests/fixtures/corpus"),
                        {QStringLiteral("*.toml")}, QDir::Files, QDirIterator::Subdirectories);
    int corpusFiles = 0;
    while (corpus.hasNext()) {
        QFile file(corpus.next());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        files << file.readAll();
        ++corpusFiles;
    }
    QStringList paths;
    for (int i = 0; i < files.size(); ++i) {
        paths << dir.filePath(QStringLiteral("%1.toml").arg(i));
        writeFile(paths.last(), files.at(i));
    }
    QString whyNot;
    const QJsonArray expected = Tomllib::parse(paths, &whyNot);
    if (expected.isEmpty())
        GTEST_SKIP() << "python3 with tomllib is needed: " << whyNot.toStdString();
    ASSERT_EQ(expected.size(), files.size());

    QList<Edit> edits;
    int accepted = 0;
    for (int i = 0; i < files.size(); ++i) {
        const QJsonObject python = expected.at(i).toObject();
        const Expected<TomlDocument> ours = TomlDocument::parse(files.at(i), paths.at(i));
        const std::string context =
            "file " + std::to_string(i) + ":\n" + files.at(i).toStdString() +
            "\n--- tomllib: " + python.value("message").toString().toStdString();
        ASSERT_EQ(ours.hasValue(), python.value("ok").toBool())
            << context << (ours ? "" : "\n--- ours: " + ours.error().toString().toStdString());
        if (!ours) {
            EXPECT_EQ(ours.error().line, python.value("line").toInt())
                << context << "\n--- ours: " << ours.error().toString().toStdString();
            continue;
        }
        ++accepted;
        EXPECT_EQ(ours->toBytes(), files.at(i)) << context;
        const QJsonObject data = dataOf(*ours);
        ASSERT_EQ(data, python.value("data").toObject())
            << context << "\n--- ours: " << ours->toCanonicalJson().toStdString();

        // Set a new top-level string.
        TomlDocument set = *ours;
        if (set.setString({}, {QStringLiteral("mirror-key")}, QStringLiteral("https://n/\"x\""))) {
            QJsonObject want = data;
            want.insert("mirror-key", stringValue(QStringLiteral("https://n/\"x\"")));
            edits.append({set.toBytes(), want, context + "\n--- set mirror-key"});
        }
        // Replace the first string value anywhere at the top level.
        for (const QString &key : ours->keys({})) {
            const auto v = ours->value({}, {key});
            if (!v || v->kind != TomlDocument::ValueKind::String)
                continue;
            TomlDocument changed = *ours;
            if (changed.setString({}, {key}, QStringLiteral("it's new")).value()) {
                QJsonObject want = data;
                want.insert(key, stringValue(QStringLiteral("it's new")));
                edits.append(
                    {changed.toBytes(), want, context + "\n--- changed " + key.toStdString()});
            }
            break;
        }
        // Append an array-of-tables entry, then remove it again.
        TomlDocument appended = *ours;
        const auto ref = appended.appendArrayTable(
            {QStringLiteral("mirror-entry")},
            {{QStringLiteral("url"), "\"https://m/simple\""}, {QStringLiteral("default"), "true"}});
        if (ref) {
            QJsonObject want = data;
            QJsonArray entries = want.value("mirror-entry").toArray();
            entries.append(
                QJsonObject{{"url", stringValue(QStringLiteral("https://m/simple"))},
                            {"default", QJsonObject{{"type", "boolean"}, {"value", "true"}}}});
            want.insert("mirror-entry", entries);
            edits.append({appended.toBytes(), want, context + "\n--- appended"});
            TomlDocument removed = appended;
            ASSERT_TRUE(removed.removeTable(*ref).value()) << context;
            edits.append({removed.toBytes(), data, context + "\n--- appended and removed"});
        }
        // Remove a top-level key written on its own line.
        for (const QString &key : ours->keys({})) {
            const auto v = ours->value({}, {key});
            if (!v)
                continue;
            TomlDocument without = *ours;
            const auto removed = without.removeKey({}, {key});
            if (removed && removed.value()) {
                QJsonObject want = data;
                want.remove(key);
                edits.append(
                    {without.toBytes(), want, context + "\n--- removed " + key.toStdString()});
            }
            break;
        }
    }
    EXPECT_GT(accepted, count / 10) << "the generator should produce enough valid files";
    EXPECT_GE(corpusFiles, 20);

    QStringList editedPaths;
    for (int i = 0; i < edits.size(); ++i) {
        editedPaths << dir.filePath(QStringLiteral("edit-%1.toml").arg(i));
        writeFile(editedPaths.last(), edits.at(i).bytes);
    }
    const QJsonArray edited = Tomllib::parse(editedPaths, &whyNot);
    ASSERT_EQ(edited.size(), edits.size()) << whyNot.toStdString();
    for (int i = 0; i < edits.size(); ++i) {
        const QJsonObject python = edited.at(i).toObject();
        const std::string context =
            edits.at(i).what + "\n--- after:\n" + edits.at(i).bytes.toStdString();
        ASSERT_TRUE(python.value("ok").toBool())
            << context << "\n--- tomllib: " << python.value("message").toString().toStdString();
        EXPECT_EQ(python.value("data").toObject(), edits.at(i).expected) << context;
    }
}

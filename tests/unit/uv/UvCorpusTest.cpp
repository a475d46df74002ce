// The round-trip corpus (tests/fixtures/corpus/uv): real-world-shaped uv.toml files. uv itself
// cannot be installed here, so every edit is judged by Python's tomllib (a strict TOML 1.0 reader)
// and uv's documented semantics: the default index is the url of the first [[index]] entry with
// default = true, else the deprecated top-level index-url, else PyPI. For every file: the
// effective value agrees with that reading, a no-op set writes nothing, `use` changes only the
// url's bytes of the default entry (or appends one [[index]] entry), tomllib reads exactly the
// planned change, and unset removes the default entry and nothing else. Files tomllib refuses
// (bad/) are refused with file and line and left byte-identical.

#include "config/ConfigWriter.h"
#include "config/TomlDocument.h"
#include "ecosystems/EcosystemRegistry.h"
#include "ecosystems/uv/UvConfig.h"
#include "support/TestHome.h"
#include "support/Tomllib.h"

#include <QDir>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

namespace {

const QString kKey = QStringLiteral("default-index");
const QString kNew = QStringLiteral("https://mirror.example.org/pypi/simple");
const QString kUserFile = QStringLiteral(".config/uv/uv.toml");

QString corpusDir(const QString &sub = {})
{
    return QStringLiteral(MIRRORDECK_SOURCE_DIR "/tests/fixtures/corpus/uv") + sub;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject str(const QString &text)
{
    return QJsonObject{{"type", "string"}, {"value", text}};
}

// uv's reading of tomllib's data: the default index, or empty for PyPI's default.
QString defaultIndexOf(const QJsonObject &data)
{
    for (const QJsonValue &entry : data.value("index").toArray()) {
        const QJsonObject index = entry.toObject();
        if (index.value("default").toObject() ==
            QJsonObject{{"type", "boolean"}, {"value", "true"}})
            return index.value("url").toObject().value("value").toString();
    }
    return data.value("index-url").toObject().value("value").toString();
}

int defaultEntryOf(const QJsonObject &data)
{
    const QJsonArray entries = data.value("index").toArray();
    for (int i = 0; i < entries.size(); ++i) {
        if (entries.at(i).toObject().value("default").toObject().value("value") == "true")
            return i;
    }
    return -1;
}

struct Line
{
    QByteArray content;
    QByteArray terminator;
};

QList<Line> linesOf(const QByteArray &bytes)
{
    QList<Line> lines;
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        const qsizetype next = end < 0 ? bytes.size() : end + 1;
        if (end < 0)
            end = bytes.size();
        QByteArray content = bytes.mid(start, end - start);
        QByteArray terminator = bytes.mid(end, next - end);
        if (content.endsWith('\r') && !terminator.isEmpty()) {
            content.chop(1);
            terminator.prepend('\r');
        }
        lines.append({content, terminator});
        start = next;
    }
    return lines;
}

struct Corpus
{
    QStringList names;
    QList<QByteArray> originals;
    std::vector<std::unique_ptr<TestHome>> homes;
};

Corpus loadCorpus()
{
    Corpus corpus;
    corpus.names = QDir(corpusDir()).entryList({QStringLiteral("*.toml")}, QDir::Files, QDir::Name);
    for (const QString &name : std::as_const(corpus.names)) {
        corpus.originals << readAll(corpusDir(QLatin1Char('/') + name));
        corpus.homes.push_back(std::make_unique<TestHome>());
        corpus.homes.back()->writeFile(kUserFile, corpus.originals.last());
    }
    return corpus;
}

QByteArray applied(const TestHome &home, const Expected<ConfigChange> &change)
{
    EXPECT_TRUE(change.hasValue()) << (change ? "" : change.error().toString().toStdString());
    if (!change)
        return {};
    ConfigWriter writer(nullptr);
    const Expected<QString> written = writer.apply(*change);
    EXPECT_TRUE(written.hasValue()) << (written ? "" : written.error().toString().toStdString());
    return home.readFile(kUserFile);
}

} // namespace

TEST(UvCorpus, HasAtLeastTwentyFilesAndFiveBadOnes)
{
    EXPECT_GE(QDir(corpusDir()).entryList({QStringLiteral("*.toml")}, QDir::Files).size(), 20);
    EXPECT_GE(QDir(corpusDir(QStringLiteral("/bad")))
                  .entryList({QStringLiteral("*.toml")}, QDir::Files)
                  .size(),
              5);
}

TEST(UvCorpus, UvByTomllib_NoOpEditsAreByteIdenticalAndUseIsAMinimalDiff)
{
    Corpus corpus = loadCorpus();
    QStringList paths;
    for (const auto &home : corpus.homes)
        paths << home->path(kUserFile);
    QString whyNot;
    const QJsonArray before = Tomllib::parse(paths, &whyNot);
    if (before.isEmpty())
        GTEST_SKIP() << "python3 with tomllib is needed: " << whyNot.toStdString();
    ASSERT_EQ(before.size(), corpus.names.size());

    QList<QJsonObject> expectedAfterUse;
    for (int i = 0; i < corpus.names.size(); ++i) {
        SCOPED_TRACE(corpus.names.at(i).toStdString());
        const TestHome &home = *corpus.homes.at(i);
        const QByteArray &bytes = corpus.originals.at(i);
        ASSERT_TRUE(before.at(i).toObject().value("ok").toBool());
        const QJsonObject data = before.at(i).toObject().value("data").toObject();

        // Lossless reading, and the same data as tomllib.
        const Expected<TomlDocument> doc = TomlDocument::parse(bytes);
        ASSERT_TRUE(doc.hasValue());
        EXPECT_EQ(doc->toBytes(), bytes);
        EXPECT_EQ(QJsonDocument::fromJson(doc->toCanonicalJson()).object(), data);

        // The effective value is uv's reading of tomllib's data.
        const UvConfig config(home.toolEnvironment());
        const Expected<EffectiveSetting> current = config.effectiveSetting(kKey);
        ASSERT_TRUE(current.hasValue()) << current.error().toString().toStdString();
        const QString uvReads = defaultIndexOf(data);
        EXPECT_EQ(current->value,
                  uvReads.isEmpty() ? QStringLiteral("https://pypi.org/simple") : uvReads);
        EXPECT_EQ(current->isDefault, uvReads.isEmpty());

        // (a) Setting the default index already there writes nothing.
        const int entry = defaultEntryOf(data);
        if (entry >= 0 && config.validate(kKey, current->value)) {
            const Expected<ConfigChange> same = config.planSet(kKey, current->value);
            ASSERT_TRUE(same.hasValue());
            EXPECT_TRUE(same->isNoOp());
            EXPECT_EQ(same->after, bytes);
        }

        // (b) A new mirror changes only the url's bytes, or appends one [[index]] entry.
        Mirror mirror;
        mirror.id = QStringLiteral("example");
        mirror.ecosystem = QStringLiteral("pip");
        mirror.protocol = QStringLiteral("pypi-simple");
        mirror.url = kNew;
        // Through the registry, as the CLI does: it tells the config which protocol it reads.
        const auto registered =
            EcosystemRegistry::create(QStringLiteral("uv"), home.toolEnvironment());
        const Expected<ConfigChange> change = registered->planUseMirror(mirror);
        ASSERT_TRUE(change.hasValue()) << change.error().toString().toStdString();
        const QList<Line> a = linesOf(bytes);
        const QList<Line> b = linesOf(change->after);
        QJsonObject want = data;
        if (entry >= 0) {
            ASSERT_EQ(a.size(), b.size());
            int changed = 0;
            for (int l = 0; l < a.size(); ++l) {
                if (a.at(l).content == b.at(l).content && a.at(l).terminator == b.at(l).terminator)
                    continue;
                ++changed;
                EXPECT_EQ(a.at(l).terminator, b.at(l).terminator);
                const auto oldUrl = doc->value({{"index"}, entry}, {"url"});
                ASSERT_TRUE(oldUrl.has_value());
                const QByteArray quote = oldUrl->style == TomlDocument::StringStyle::Literal
                                             ? QByteArray("'")
                                             : QByteArray("\"");
                QByteArray expectedLine = a.at(l).content;
                expectedLine.replace(oldUrl->raw, quote + kNew.toUtf8() + quote);
                EXPECT_EQ(b.at(l).content, expectedLine);
            }
            EXPECT_EQ(changed, 1);
            QJsonArray entries = want.value("index").toArray();
            QJsonObject edited = entries.at(entry).toObject();
            edited.insert("url", str(kNew));
            entries.replace(entry, edited);
            want.insert("index", entries);
        } else {
            // Every old byte stays; what follows is [[index]], url, default (after a blank line).
            ASSERT_TRUE(change->after.startsWith(bytes));
            const QByteArray term =
                bytes.contains("\r\n") && bytes.count("\r\n") * 2 > bytes.count('\n')
                    ? QByteArray("\r\n")
                    : QByteArray("\n");
            QByteArray tail = change->after.mid(bytes.size());
            const QByteArray entryText = "[[index]]" + term + "url = \"" + kNew.toUtf8() + "\"" +
                                         term + "default = true" + term;
            EXPECT_TRUE(tail.endsWith(entryText)) << tail.constData();
            tail.chop(entryText.size());
            EXPECT_LE(tail.count('\n'), 2);
            EXPECT_TRUE(tail.trimmed().isEmpty());
            QJsonArray entries = want.value("index").toArray();
            entries.append(
                QJsonObject{{"url", str(kNew)},
                            {"default", QJsonObject{{"type", "boolean"}, {"value", "true"}}}});
            want.insert("index", entries);
        }
        expectedAfterUse << want;
        EXPECT_EQ(applied(home, change), change->after);
    }

    // (c) tomllib reads exactly the planned change from every edited file.
    const QJsonArray after = Tomllib::parse(paths, &whyNot);
    ASSERT_EQ(after.size(), corpus.names.size()) << whyNot.toStdString();
    for (int i = 0; i < corpus.names.size(); ++i) {
        SCOPED_TRACE(corpus.names.at(i).toStdString());
        ASSERT_TRUE(after.at(i).toObject().value("ok").toBool());
        const QJsonObject data = after.at(i).toObject().value("data").toObject();
        EXPECT_EQ(data, expectedAfterUse.at(i));
        EXPECT_EQ(defaultIndexOf(data), kNew);
    }

    // (d) Unset removes the default entry and nothing else; after an appended entry the file is
    // read as before the use.
    QList<QJsonObject> expectedAfterUnset;
    for (int i = 0; i < corpus.names.size(); ++i) {
        SCOPED_TRACE(corpus.names.at(i).toStdString());
        const TestHome &home = *corpus.homes.at(i);
        const UvConfig config(home.toolEnvironment());
        QJsonObject want = expectedAfterUse.at(i);
        QJsonArray entries = want.value("index").toArray();
        entries.removeAt(defaultEntryOf(want));
        if (entries.isEmpty())
            want.remove("index");
        else
            want.insert("index", entries);
        expectedAfterUnset << want;
        applied(home, config.planUnset(kKey));
    }
    const QJsonArray unset = Tomllib::parse(paths, &whyNot);
    ASSERT_EQ(unset.size(), corpus.names.size()) << whyNot.toStdString();
    for (int i = 0; i < corpus.names.size(); ++i) {
        SCOPED_TRACE(corpus.names.at(i).toStdString());
        ASSERT_TRUE(unset.at(i).toObject().value("ok").toBool());
        const QJsonObject data = unset.at(i).toObject().value("data").toObject();
        EXPECT_EQ(data, expectedAfterUnset.at(i));
        if (defaultEntryOf(before.at(i).toObject().value("data").toObject()) < 0) {
            EXPECT_EQ(data, before.at(i).toObject().value("data").toObject());
            const QByteArray &original = corpus.originals.at(i);
            // use + unset restores the very bytes when the file ended in one newline.
            if (original.endsWith('\n') && !original.endsWith("\n\n") &&
                !original.endsWith("\n\r\n")) {
                EXPECT_EQ(corpus.homes.at(i)->readFile(kUserFile), original);
            }
        }
    }
}

TEST(UvCorpus, UvByTomllib_FilesTomllibRefusesAreRefusedWithLineAndUntouched)
{
    const QStringList files = QDir(corpusDir(QStringLiteral("/bad")))
                                  .entryList({QStringLiteral("*.toml")}, QDir::Files, QDir::Name);
    ASSERT_FALSE(files.isEmpty());
    QStringList paths;
    for (const QString &name : files)
        paths << corpusDir(QStringLiteral("/bad/") + name);
    QString whyNot;
    const QJsonArray python = Tomllib::parse(paths, &whyNot);
    if (python.isEmpty())
        GTEST_SKIP() << "python3 with tomllib is needed: " << whyNot.toStdString();
    for (int i = 0; i < files.size(); ++i) {
        SCOPED_TRACE(files.at(i).toStdString());
        ASSERT_FALSE(python.at(i).toObject().value("ok").toBool());
        TestHome home;
        const QByteArray bytes = readAll(paths.at(i));
        home.writeFile(kUserFile, bytes);
        const UvConfig config(home.toolEnvironment());
        const Expected<EffectiveSetting> setting = config.effectiveSetting(kKey);
        ASSERT_FALSE(setting.hasValue());
        EXPECT_EQ(setting.error().line, python.at(i).toObject().value("line").toInt());
        EXPECT_EQ(setting.error().filePath, home.path(kUserFile));
        EXPECT_FALSE(config.planSet(kKey, kNew).hasValue());
        EXPECT_EQ(home.readFile(kUserFile), bytes);
    }
}

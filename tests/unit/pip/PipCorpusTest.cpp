// The round-trip corpus (tests/fixtures/corpus/pip): for every real-world-shaped pip.conf, the
// core agrees with the real pip before an edit, a no-op set writes nothing, a new index URL
// changes exactly one line's value (or adds one line, or a [global] header and one line), and
// pip reads the new value back. Files pip refuses (bad/) are refused with file and line and
// left byte-identical.

#include "PipTestSupport.h"

#include <QDir>

#include <memory>
#include <vector>

namespace {

const QString kIndex = QStringLiteral("global.index-url");
const QString kNewIndex = QStringLiteral("https://mirror.example.org/pypi/simple");

QString corpusDir(const QString &sub = {})
{
    return QStringLiteral(MIRRORDECK_SOURCE_DIR "/tests/fixtures/corpus/pip") + sub;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct RawLine
{
    QByteArray content;
    QByteArray terminator;
};

// Lines as pip sees them (\r\n, \r or \n), terminators kept.
QList<RawLine> linesOf(const QByteArray &bytes)
{
    QList<RawLine> lines;
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = start;
        while (end < bytes.size() && bytes.at(end) != '\n' && bytes.at(end) != '\r')
            ++end;
        qsizetype next = end;
        if (next < bytes.size())
            next +=
                (bytes.at(next) == '\r' && next + 1 < bytes.size() && bytes.at(next + 1) == '\n')
                    ? 2
                    : 1;
        lines.append({bytes.mid(start, end - start), bytes.mid(end, next - end)});
        start = next;
    }
    return lines;
}

// Minimal diff: the only difference is one changed value on one line, or one added option line,
// or a "[global]" header plus one option line at the end; every other byte is identical.
void expectMinimalDiff(const QByteArray &before, const QByteArray &after, const QString &oldValue,
                       const QString &name)
{
    const QList<RawLine> a = linesOf(before);
    const QList<RawLine> b = linesOf(after);
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix].content == b[prefix].content &&
           a[prefix].terminator == b[prefix].terminator)
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a[a.size() - 1 - suffix].content == b[b.size() - 1 - suffix].content &&
           a[a.size() - 1 - suffix].terminator == b[b.size() - 1 - suffix].terminator)
        ++suffix;
    QList<RawLine> removed = a.mid(prefix, a.size() - prefix - suffix);
    QList<RawLine> added = b.mid(prefix, b.size() - prefix - suffix);
    // "No final newline" moves to the added line: the old last line only gains a terminator.
    if (!removed.isEmpty() && removed.first().terminator.isEmpty() && !added.isEmpty() &&
        added.first().content == removed.first().content) {
        removed.removeFirst();
        added.removeFirst();
    }
    if (removed.size() == 1 && added.size() == 1) {
        // Only the value bytes differ: same text before the value, same text after it.
        const QByteArray was = removed.first().content;
        const QByteArray now = added.first().content;
        if (oldValue.isEmpty()) {
            QByteArray stem = was;
            while (stem.endsWith(' ') || stem.endsWith('\t'))
                stem.chop(1);
            EXPECT_TRUE(now == stem + ' ' + kNewIndex.toUtf8() || now == stem + kNewIndex.toUtf8())
                << name.toStdString() << ": " << now.constData();
        } else {
            const qsizetype at = was.lastIndexOf(oldValue.toUtf8());
            ASSERT_GE(at, 0) << name.toStdString();
            EXPECT_EQ(now,
                      was.left(at) + kNewIndex.toUtf8() + was.mid(at + oldValue.toUtf8().size()))
                << name.toStdString();
        }
        EXPECT_EQ(added.first().terminator, removed.first().terminator) << name.toStdString();
        return;
    }
    ASSERT_TRUE(removed.isEmpty()) << name.toStdString() << ": lines removed";
    if (added.size() == 2)
        EXPECT_EQ(added.first().content, "[global]") << name.toStdString();
    else
        ASSERT_EQ(added.size(), 1) << name.toStdString();
    EXPECT_TRUE(added.last().content.endsWith(kNewIndex.toUtf8())) << name.toStdString();
    EXPECT_TRUE(added.last().content.trimmed().startsWith("index-url")) << name.toStdString();
}

} // namespace

TEST(PipCorpus, HasAtLeastFifteenFiles)
{
    EXPECT_GE(QDir(corpusDir()).entryList({QStringLiteral("*.conf")}, QDir::Files).size(), 15);
    EXPECT_GE(QDir(corpusDir(QStringLiteral("/bad")))
                  .entryList({QStringLiteral("*.conf")}, QDir::Files)
                  .size(),
              5);
}

TEST(PipCorpus, RoundTripJudgedByRealPip)
{
    const QStringList files =
        QDir(corpusDir()).entryList({QStringLiteral("*.conf")}, QDir::Files, QDir::Name);
    std::vector<std::unique_ptr<PipHome>> homes;
    QList<const PipHome *> all;
    QList<QByteArray> originals;
    for (const QString &name : files) {
        homes.push_back(std::make_unique<PipHome>());
        originals << readAll(corpusDir(QLatin1Char('/') + name));
        homes.back()->writeUserFile(originals.last());
        all << homes.back().get();
    }
    const QList<PipValue> before = PipHome::pipGetBatch(all, kIndex);
    ASSERT_EQ(before.size(), files.size());

    for (int i = 0; i < files.size(); ++i) {
        const QString &name = files.at(i);
        SCOPED_TRACE(name.toStdString());
        const PipHome &pip = *homes.at(i);
        const QByteArray &bytes = originals.at(i);

        // (d) agreement before the edit.
        pip.expectAgreesWith(before.at(i), kIndex, QStringLiteral(" in ") + name);
        const Expected<EffectiveSetting> current = pip.config().effectiveSetting(kIndex);
        ASSERT_TRUE(current.hasValue());

        // (a) setting the value already there writes nothing.
        Expected<PipConf> conf = PipConf::parse(bytes, name);
        ASSERT_TRUE(conf.hasValue());
        if (!current->isDefault) {
            EXPECT_EQ(conf->withValues(QStringLiteral("global"), QStringLiteral("index-url"),
                                       {current->value}, false),
                      bytes);
            if (pip.config().validate(kIndex, current->value)) {
                EXPECT_TRUE(pip.config().planSet(kIndex, current->value)->isNoOp());
            }
        }

        // (b) a new value changes only the value bytes.
        const Expected<ConfigChange> change = pip.config().planSet(kIndex, kNewIndex);
        ASSERT_TRUE(change.hasValue()) << change.error().toString().toStdString();
        EXPECT_EQ(change->before, bytes);
        const PipConf::Option *old =
            conf->find(QStringLiteral("global"), QStringLiteral("index-url"));
        // Leaving a plain-HTTP index also ends the trust MirrorDeck gave its host: that is the
        // one other line allowed to go, and the value edit is judged without it.
        QByteArray judged = bytes;
        for (const KeyChange &key : change->keyChanges) {
            if (key.key != QLatin1String("global.trusted-host"))
                continue;
            EXPECT_TRUE(old && old->value.startsWith(QLatin1String("http://"))) << "only for http";
            const Expected<PipConf> untrusted = PipConf::parse(
                conf->withoutKey(QStringLiteral("global"), QStringLiteral("trusted-host")), name);
            ASSERT_TRUE(untrusted.hasValue());
            judged = untrusted->toBytes();
        }
        expectMinimalDiff(judged, change->after,
                          old && old->section == QLatin1String("global") ? old->value : QString(),
                          name);
        ASSERT_TRUE(pip.apply(change).hasValue());
    }

    // (c) the real client reads the new value from every edited file.
    const QList<PipValue> after = PipHome::pipGetBatch(all, kIndex);
    ASSERT_EQ(after.size(), files.size());
    for (int i = 0; i < files.size(); ++i)
        EXPECT_EQ(after.at(i).value, kNewIndex) << files.at(i).toStdString();
}

TEST(PipCorpus, FilesPipRefusesAreRefusedWithLineAndUntouched)
{
    const QStringList files = QDir(corpusDir(QStringLiteral("/bad")))
                                  .entryList({QStringLiteral("*.conf")}, QDir::Files, QDir::Name);
    std::vector<std::unique_ptr<PipHome>> homes;
    QList<const PipHome *> all;
    for (const QString &name : files) {
        homes.push_back(std::make_unique<PipHome>());
        homes.back()->writeUserFile(readAll(corpusDir(QStringLiteral("/bad/") + name)));
        all << homes.back().get();
    }
    const QList<PipValue> real = PipHome::pipGetBatch(all, kIndex);
    ASSERT_EQ(real.size(), files.size());
    for (int i = 0; i < files.size(); ++i) {
        const QString &name = files.at(i);
        SCOPED_TRACE(name.toStdString());
        const PipHome &pip = *homes.at(i);
        const QByteArray before = readAll(corpusDir(QStringLiteral("/bad/") + name));
        EXPECT_NE(real.at(i).exitCode, 0); // pip refuses it too
        const Expected<ConfigChange> change = pip.config().planSet(kIndex, kNewIndex);
        ASSERT_FALSE(change.hasValue());
        EXPECT_EQ(change.error().filePath, pip.userFile());
        EXPECT_GT(change.error().line, 0);
        const Expected<EffectiveSetting> setting = pip.config().effectiveSetting(kIndex);
        ASSERT_FALSE(setting.hasValue());
        EXPECT_EQ(setting.error().line, change.error().line);
        EXPECT_EQ(pip.userBytes(), before);
    }
}

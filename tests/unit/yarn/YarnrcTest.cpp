// Yarnrc: the .yarnrc.yml reader and editor on bytes alone — what it reads as Yarn reads it,
// what it refuses with a line number, and edits that change only the bytes they must.

#include "ecosystems/yarn/Yarnrc.h"

#include <gtest/gtest.h>

namespace {

Yarnrc parsed(const QByteArray &bytes)
{
    Expected<Yarnrc> rc = Yarnrc::parse(bytes, QStringLiteral("rc.yml"));
    EXPECT_TRUE(rc.hasValue()) << rc.error().toString().toStdString();
    return rc ? std::move(rc).value() : Yarnrc();
}

QString textAt(const QByteArray &bytes, const QStringList &path)
{
    const Yarnrc rc = parsed(bytes);
    const Yarnrc::Node *node = rc.find(path);
    return node ? node->text : QStringLiteral("<absent>");
}

QByteArray set(const QByteArray &bytes, const QStringList &path, const QString &value)
{
    const Expected<QByteArray> after = parsed(bytes).withScalar(path, value);
    EXPECT_TRUE(after.hasValue()) << after.error().toString().toStdString();
    return after ? *after : QByteArray();
}

QByteArray unset(const QByteArray &bytes, const QStringList &path)
{
    const Expected<QByteArray> after = parsed(bytes).without(path);
    EXPECT_TRUE(after.hasValue()) << after.error().toString().toStdString();
    return after ? *after : QByteArray();
}

const QStringList kRegistry = {QStringLiteral("npmRegistryServer")};
const QStringList kCorp = {QStringLiteral("npmScopes"), QStringLiteral("corp"),
                           QStringLiteral("npmRegistryServer")};

} // namespace

TEST(Yarnrc, ReadsScalarsInEveryQuoteStyleAsStrings)
{
    const QByteArray bytes = "a: plain value # comment\n"
                             "b: 'it''s'\n"
                             "c: \"tab\\there \\u00e9\"\n"
                             "d: 123\n"
                             "e: ${VAR:-x}\n";
    EXPECT_EQ(textAt(bytes, {QStringLiteral("a")}), QStringLiteral("plain value"));
    EXPECT_EQ(textAt(bytes, {QStringLiteral("b")}), QStringLiteral("it's"));
    EXPECT_EQ(textAt(bytes, {QStringLiteral("c")}), QStringLiteral("tab\there \u00e9"));
    EXPECT_EQ(textAt(bytes, {QStringLiteral("d")}), QStringLiteral("123"));
    EXPECT_EQ(textAt(bytes, {QStringLiteral("e")}), QStringLiteral("${VAR:-x}"));
}

TEST(Yarnrc, ReadsNestedMapsSequencesAndTheLastDuplicate)
{
    const QByteArray bytes = "npmScopes:\n"
                             "  corp:\n"
                             "    npmRegistryServer: https://corp.example\n"
                             "unsafeHttpWhitelist:\n"
                             "  - localhost\n"
                             "  - \"*.corp\"\n"
                             "flow: [a, 'b']\n"
                             "npmRegistryServer: https://first\n"
                             "npmRegistryServer: https://second\n";
    const Yarnrc rc = parsed(bytes);
    EXPECT_EQ(rc.find(kCorp)->text, QStringLiteral("https://corp.example"));
    EXPECT_EQ(rc.find({QStringLiteral("unsafeHttpWhitelist")})->items,
              QStringList({QStringLiteral("localhost"), QStringLiteral("*.corp")}));
    EXPECT_EQ(rc.find({QStringLiteral("flow")})->items,
              QStringList({QStringLiteral("a"), QStringLiteral("b")}));
    EXPECT_EQ(rc.find(kRegistry)->text, QStringLiteral("https://second"));
    EXPECT_EQ(rc.toBytes(), bytes);
}

TEST(Yarnrc, RefusesWhatYarnsYamlParserRefusesWithTheLine)
{
    const QList<QPair<QByteArray, int>> cases = {
        {"a: b\n  c: d\n", 2},         {"a: [b,\nc: d\n", 1},     {"- a\n", 1},
        {"a:\n\tb: c\n", 2},           {"a: b: c\n", 1},          {"a: \"b\n", 1},
        {"---\na: b\n---\na: c\n", 3}, {"ok: 1\njust text\n", 2}, {"a: @b\n", 1},
    };
    for (const auto &[bytes, line] : cases) {
        SCOPED_TRACE(bytes.toStdString());
        const Expected<Yarnrc> rc = Yarnrc::parse(bytes, QStringLiteral("rc.yml"));
        ASSERT_FALSE(rc.hasValue());
        EXPECT_EQ(rc.error().kind, CoreError::Kind::BadFile);
        EXPECT_EQ(rc.error().filePath, QStringLiteral("rc.yml"));
        EXPECT_EQ(rc.error().line, line);
    }
}

TEST(Yarnrc, SetChangesOnlyTheScalarAndKeepsItsQuoteStyle)
{
    EXPECT_EQ(
        set("npmRegistryServer: \"https://a\" # mine\n", kRegistry, QStringLiteral("https://b")),
        QByteArray("npmRegistryServer: \"https://b\" # mine\n"));
    EXPECT_EQ(set("npmRegistryServer: 'https://a'\n", kRegistry, QStringLiteral("https://b")),
              QByteArray("npmRegistryServer: 'https://b'\n"));
    EXPECT_EQ(set("npmRegistryServer:   https://a   # x\n", kRegistry, QStringLiteral("https://b")),
              QByteArray("npmRegistryServer:   https://b   # x\n"));
    // A plain scalar that cannot hold the value becomes double-quoted.
    EXPECT_EQ(set("npmRegistryServer: https://a\n", kRegistry, QStringLiteral("https://b/#x: y")),
              QByteArray("npmRegistryServer: \"https://b/#x: y\"\n"));
    // `key:` with nothing: the value goes after the colon, before the comment.
    EXPECT_EQ(set("npmRegistryServer: # soon\n", kRegistry, QStringLiteral("https://b")),
              QByteArray("npmRegistryServer: https://b # soon\n"));
}

TEST(Yarnrc, SetOfTheSameValueIsByteIdentical)
{
    const QByteArray bytes = "\xEF\xBB\xBFnpmRegistryServer: 'https://a'\r\nx: y";
    EXPECT_EQ(set(bytes, kRegistry, QStringLiteral("https://a")), bytes);
}

TEST(Yarnrc, InsertCreatesNestedMapsInTheFilesIndentation)
{
    EXPECT_EQ(set("nodeLinker: pnp\n", kCorp, QStringLiteral("https://corp")),
              QByteArray("nodeLinker: pnp\nnpmScopes:\n  corp:\n    npmRegistryServer: "
                         "https://corp\n"));
    EXPECT_EQ(set("npmScopes:\n    other:\n        npmRegistryServer: https://o\n# end\n", kCorp,
                  QStringLiteral("https://corp")),
              QByteArray("npmScopes:\n    other:\n        npmRegistryServer: https://o\n    "
                         "corp:\n        npmRegistryServer: https://corp\n# end\n"));
    EXPECT_EQ(set("npmScopes:\n  corp:\n    npmAlwaysAuth: true\nx: y\n", kCorp,
                  QStringLiteral("https://corp")),
              QByteArray("npmScopes:\n  corp:\n    npmAlwaysAuth: true\n    npmRegistryServer: "
                         "https://corp\nx: y\n"));
}

TEST(Yarnrc, InsertKeepsCrlfBomAndAMissingFinalNewline)
{
    EXPECT_EQ(set("\xEF\xBB\xBFx: y\r\nz: w", kRegistry, QStringLiteral("https://a")),
              QByteArray("\xEF\xBB\xBFx: y\r\nz: w\r\nnpmRegistryServer: https://a"));
}

TEST(Yarnrc, InsertIntoAFlowMapIsRefusedWithTheLine)
{
    const Expected<QByteArray> after = parsed("x: 1\nnpmScopes: {corp: {npmAlwaysAuth: true}}\n")
                                           .withScalar(kCorp, QStringLiteral("https://c"));
    ASSERT_FALSE(after.hasValue());
    EXPECT_EQ(after.error().line, 2);
}

TEST(Yarnrc, UnsetRemovesTheKeyAndTheParentsItEmptied)
{
    const QByteArray before = "nodeLinker: pnp\n";
    const QByteArray withScope = set(before, kCorp, QStringLiteral("https://corp"));
    EXPECT_EQ(unset(withScope, kCorp), before);
    // A parent holding something else, or a comment, stays.
    EXPECT_EQ(unset("npmScopes:\n  corp:\n    npmRegistryServer: https://c\n    npmAlwaysAuth: "
                    "true\n",
                    kCorp),
              QByteArray("npmScopes:\n  corp:\n    npmAlwaysAuth: true\n"));
    EXPECT_EQ(unset("npmScopes:\n  # mine\n  corp:\n    npmRegistryServer: https://c\n", kCorp),
              QByteArray("npmScopes:\n  # mine\n"));
    EXPECT_EQ(unset("a: 1\nnpmRegistryServer: x\nnpmRegistryServer: y", kRegistry),
              QByteArray("a: 1"));
    EXPECT_EQ(unset("a: 1\n", kRegistry), QByteArray("a: 1\n"));
}

TEST(Yarnrc, SequencesGrowByAppendedItems)
{
    const QStringList key = {QStringLiteral("unsafeHttpWhitelist")};
    const QStringList hosts = {QStringLiteral("localhost"), QStringLiteral("127.0.0.1")};
    EXPECT_EQ(*parsed("unsafeHttpWhitelist:\n- localhost # dev\nx: y\n").withSequence(key, hosts),
              QByteArray("unsafeHttpWhitelist:\n- localhost # dev\n- 127.0.0.1\nx: y\n"));
    EXPECT_EQ(*parsed("unsafeHttpWhitelist: [localhost] # dev\n").withSequence(key, hosts),
              QByteArray("unsafeHttpWhitelist: [localhost, 127.0.0.1] # dev\n"));
    EXPECT_EQ(*parsed("x: y\n").withSequence(key, hosts),
              QByteArray("x: y\nunsafeHttpWhitelist:\n  - localhost\n  - 127.0.0.1\n"));
}

TEST(Yarnrc, FormatScalarRoundTripsThroughTheParser)
{
    const QStringList values = {QStringLiteral("https://a"),    QStringLiteral("it's"),
                                QStringLiteral("a: b"),         QStringLiteral(" lead"),
                                QStringLiteral("#x"),           QStringLiteral("tab\there"),
                                QStringLiteral("back\\slash\"")};
    for (const QString &value : values) {
        for (const auto quote :
             {Yarnrc::Quote::Plain, Yarnrc::Quote::Single, Yarnrc::Quote::Double}) {
            const QByteArray bytes = "k: " + Yarnrc::formatScalar(value, quote) + "\n";
            EXPECT_EQ(textAt(bytes, {QStringLiteral("k")}), value) << bytes.toStdString();
        }
    }
}

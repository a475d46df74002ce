#include "config/TomlDocument.h"

#include <gtest/gtest.h>

namespace {

TomlDocument parseOk(const QByteArray &bytes)
{
    auto doc = TomlDocument::parse(bytes, QStringLiteral("test.toml"));
    EXPECT_TRUE(doc.hasValue()) << (doc ? std::string() : doc.error().toString().toStdString());
    return doc ? doc.value() : TomlDocument();
}

QString str(const TomlDocument &doc, const TomlDocument::TableRef &table, const QStringList &key)
{
    const auto v = doc.value(table, key);
    return v ? v->text : QStringLiteral("<none>");
}

int errorLine(const QByteArray &bytes)
{
    auto doc = TomlDocument::parse(bytes, QStringLiteral("bad.toml"));
    return doc ? 0 : doc.error().line;
}

} // namespace

TEST(TomlDocument, RoundTripIsByteIdentical)
{
    const QList<QByteArray> shapes = {
        "",
        "\n",
        "a = 1",
        "# only a comment",
        "\xEF\xBB\xBF"
        "a = 'x'\r\n",
        "[t]\r\nk = \"v\" # c\r\n\r\n[[arr]]\r\nx = 1",
        "s = \"\"\"\nmulti\r\nline\"\"\"\n",
        "inline = { a = 1, b.c = \"d\" }\n",
        "arr = [\n  1, # one\n  2,\n]\n",
    };
    for (const QByteArray &bytes : shapes)
        EXPECT_EQ(parseOk(bytes).toBytes(), bytes) << bytes.constData();
}

TEST(TomlDocument, LooksUpTablesDottedKeysInlineTablesAndArrayEntries)
{
    const auto doc = parseOk("top = \"t\"\n"
                             "a.b = 'dotted'\n"
                             "[tool.x]\n"
                             "name = { inner = \"in\", deep.er = 'yes' }\n"
                             "[[entry]]\n"
                             "url = \"first\"\n"
                             "[[entry]]\n"
                             "url = \"second\"\n"
                             "\"quoted key\" = 1_000\n");
    EXPECT_EQ(str(doc, {}, {"top"}), "t");
    EXPECT_EQ(str(doc, {{"a"}}, {"b"}), "dotted");
    EXPECT_EQ(str(doc, {}, {"a", "b"}), "dotted");
    EXPECT_EQ(str(doc, {{"tool", "x"}}, {"name", "inner"}), "in");
    EXPECT_EQ(str(doc, {{"tool", "x", "name"}}, {"deep", "er"}), "yes");
    EXPECT_EQ(doc.arrayCount({"entry"}), 2);
    EXPECT_EQ(str(doc, {{"entry"}, 0}, {"url"}), "first");
    EXPECT_EQ(str(doc, {{"entry"}, 1}, {"url"}), "second");
    EXPECT_EQ(str(doc, {{"entry"}, 1}, {"quoted key"}), "1_000");
    EXPECT_EQ(doc.value({{"entry"}, 1}, {"quoted key"})->kind, TomlDocument::ValueKind::Integer);
    EXPECT_EQ(doc.value({{"entry"}, 1}, {"url"})->line, 8);
    EXPECT_FALSE(doc.value({{"entry"}, 2}, {"url"}));
    EXPECT_TRUE(doc.hasTable({{"tool"}}));
    EXPECT_EQ(doc.keys({}), QStringList({"top", "a", "tool", "entry"}));
    ASSERT_EQ(doc.tables().size(), 4);
    EXPECT_EQ(doc.tables().at(2).arrayIndex, 0);
    EXPECT_EQ(doc.tables().at(3).line, 7);
}

TEST(TomlDocument, DecodesStringsAsTomlDoes)
{
    const auto doc = parseOk("b = \"tab\\there \\u00e9 \\U0001F600 \\\"q\\\"\"\n"
                             "l = 'C:\\path'\n"
                             "m = \"\"\"\nline1\\\n   line2\"\"\"\n"
                             "ml = '''\nraw \\n'''\n"
                             "q = \"\"\"a\"\"\"\"\"\n");
    EXPECT_EQ(str(doc, {}, {"b"}), QString::fromUtf8("tab\there \xC3\xA9 \xF0\x9F\x98\x80 \"q\""));
    EXPECT_EQ(str(doc, {}, {"l"}), "C:\\path");
    EXPECT_EQ(str(doc, {}, {"m"}), "line1line2");
    EXPECT_EQ(str(doc, {}, {"ml"}), "raw \\n");
    EXPECT_EQ(str(doc, {}, {"q"}), "a\"\"");
}

TEST(TomlDocument, RejectsWhatStrictParsersRejectWithTheLine)
{
    EXPECT_EQ(errorLine("a = 1\na = 2\n"), 2);        // duplicate key
    EXPECT_EQ(errorLine("[t]\nx = 1\n[t]\n"), 3);     // table twice
    EXPECT_EQ(errorLine("[t.u]\n[t]\nu.v = 1\n"), 3); // dotted key reopens [t.u]
    EXPECT_EQ(errorLine("a = {b = 1}\n[a.c]\n"), 2);  // inline table is closed
    EXPECT_EQ(errorLine("a = [1]\n[[a]]\n"), 2);      // static array is closed
    EXPECT_EQ(errorLine("a = \"unterminated\n"), 1);
    EXPECT_EQ(errorLine("a = \"bad \\q escape\"\n"), 1);
    EXPECT_EQ(errorLine("\n\na = 01\n"), 3); // leading zero
    EXPECT_EQ(errorLine("a = 1__0\n"), 1);
    EXPECT_EQ(errorLine("a = 2023-02-29\n"), 1);         // not a leap year
    EXPECT_EQ(errorLine("a = { b = 1, }\n"), 1);         // trailing comma
    EXPECT_EQ(errorLine("a = { b = 1,\n c = 2 }\n"), 1); // newline in inline table
    EXPECT_EQ(errorLine("a = 1 b = 2\n"), 1);
    EXPECT_EQ(errorLine("a = 1\rb = 2\n"), 1);     // lone CR
    EXPECT_EQ(errorLine("a = \"\xC3\x28\"\n"), 1); // invalid UTF-8
    EXPECT_EQ(errorLine("[a]\n[[a]]\n"), 2);
    EXPECT_EQ(errorLine("a =\n"), 1);
    EXPECT_EQ(errorLine("= 1\n"), 1);
    EXPECT_EQ(errorLine("[ [a] ]\n"), 1);
    EXPECT_EQ(errorLine("# \x01 control\n"), 1);
    EXPECT_EQ(errorLine("a.b = 1\n[a]\n"), 2);
    EXPECT_EQ(errorLine("[[a]]\nb = 1\n[a.b]\n"), 3);
}

TEST(TomlDocument, AcceptsWhatTomlAllows)
{
    parseOk("[a.b]\n[a]\nc = 1\n");          // super-table after sub-table
    parseOk("[[a]]\n[a.b]\n[[a]]\n[a.b]\n"); // sub-table per entry
    parseOk("t = 1979-05-27T07:32:00.999999-07:00\nd = 1979-05-27\nlt = 07:32:00\n"
            "f = -3.14e+2\ni = 0xDEAD_beef\no = 0o755\nb = 0b1010\nx = +inf\nn = nan\n");
    parseOk("a = [ [1, 2], [\"x\"], { y = 1 } ]\n");
    parseOk("a.b.c = 1\na.b.d = 2\n[a.e]\n");
    parseOk("\"\" = 1\n'e' .x = 2\n"
            "'a b'.\"c\" = 3\n");
}

TEST(TomlDocument, SetStringChangesOnlyTheValueAndKeepsQuoteStyle)
{
    auto doc = parseOk("# head\r\n[t]\r\nbasic = \"old\"   # c\r\nlit = 'old'\r\nnum = 3");
    ASSERT_TRUE(doc.setString({{"t"}}, {"lit"}, "new").value());
    ASSERT_TRUE(doc.setString({{"t"}}, {"basic"}, "n\"ew").value());
    EXPECT_EQ(doc.toBytes(),
              "# head\r\n[t]\r\nbasic = \"n\\\"ew\"   # c\r\nlit = 'new'\r\nnum = 3");
    // A value a literal string cannot hold turns into a basic string.
    ASSERT_TRUE(doc.setString({{"t"}}, {"lit"}, "it's").value());
    EXPECT_EQ(str(doc, {{"t"}}, {"lit"}), "it's");
    EXPECT_TRUE(doc.toBytes().contains("lit = \"it's\"\r\n"));
    // The same value again changes nothing.
    EXPECT_FALSE(doc.setString({{"t"}}, {"lit"}, "it's").value());
}

TEST(TomlDocument, InsertFollowsIndentationLineEndingAndMissingFinalNewline)
{
    auto doc = parseOk("[t]\r\n  a = 1\r\n  b = 2\r\n\r\n[u]\r\nz = 0");
    ASSERT_TRUE(doc.insertValue({{"t"}}, {"c"}, "\"x\""));
    EXPECT_EQ(doc.toBytes(), "[t]\r\n  a = 1\r\n  b = 2\r\n  c = \"x\"\r\n\r\n[u]\r\nz = 0");
    ASSERT_TRUE(doc.insertValue({{"u"}}, {"y"}, "true"));
    EXPECT_EQ(doc.toBytes(),
              "[t]\r\n  a = 1\r\n  b = 2\r\n  c = \"x\"\r\n\r\n[u]\r\nz = 0\r\ny = true");
    EXPECT_FALSE(doc.insertValue({{"u"}}, {"y"}, "false"));    // exists
    EXPECT_FALSE(doc.insertValue({{"nope"}}, {"y"}, "1"));     // no such table
    EXPECT_FALSE(doc.setRawValue({{"u"}}, {"w"}, "1\nv = 2")); // not one value

    auto root = parseOk("");
    ASSERT_TRUE(root.setString({}, {"key with space"}, "v").value());
    EXPECT_EQ(root.toBytes(), "\"key with space\" = \"v\"\n");
}

TEST(TomlDocument, AppendAndRemoveTablesRestoreTheOriginal)
{
    const QByteArray original = "# keep\nx = 1\n\n[[entry]]\nurl = \"a\" # mine\n";
    auto doc = parseOk(original);
    auto ref = doc.appendArrayTable({"entry"}, {{"url", "\"b\""}, {"default", "true"}});
    ASSERT_TRUE(ref);
    EXPECT_EQ(ref->arrayIndex, 1);
    EXPECT_EQ(doc.toBytes(), original + "\n[[entry]]\nurl = \"b\"\ndefault = true\n");
    EXPECT_EQ(str(doc, *ref, {"default"}), "true");
    ASSERT_TRUE(doc.removeTable(*ref).value());
    EXPECT_EQ(doc.toBytes(), original);

    auto plain = parseOk("a = 1");
    ASSERT_TRUE(plain.appendTable({"new", "t"}, {{"k", "'v'"}}));
    EXPECT_EQ(plain.toBytes(), "a = 1\n\n[new.t]\nk = 'v'\n");
    EXPECT_FALSE(plain.appendTable({"new", "t"}));
}

TEST(TomlDocument, RemoveTableKeepsTheCommentAboveTheNextHeader)
{
    auto doc = parseOk("[a]\nx = 1\n\n[b]\ny = 2\n\n# about c\n[c]\nz = 3\n");
    ASSERT_TRUE(doc.removeTable({{"b"}}).value());
    EXPECT_EQ(doc.toBytes(), "[a]\nx = 1\n\n# about c\n[c]\nz = 3\n");
    EXPECT_FALSE(doc.removeTable({{"b"}}).value());
}

TEST(TomlDocument, RemoveKeyTakesOnlyItsLine)
{
    auto doc = parseOk("[t]\n# c\na = 1\nb.c = 2\nd = { e = 1 }\nlast = 3");
    ASSERT_TRUE(doc.removeKey({{"t"}}, {"a"}).value());
    ASSERT_TRUE(doc.removeKey({{"t", "b"}}, {"c"}).value());
    EXPECT_EQ(doc.toBytes(), "[t]\n# c\nd = { e = 1 }\nlast = 3");
    ASSERT_TRUE(doc.removeKey({{"t"}}, {"last"}).value());
    EXPECT_EQ(doc.toBytes(), "[t]\n# c\nd = { e = 1 }");
    EXPECT_FALSE(doc.removeKey({{"t"}}, {"d", "e"})); // inside an inline table: an error
    EXPECT_FALSE(doc.removeKey({{"t"}}, {"gone"}).value());
}

TEST(TomlDocument, SetsAValueInsideAnInlineTableAndAnArrayEntry)
{
    auto doc = parseOk("\xEF\xBB\xBF[[e]]\nurl = 'a'\n[[e]]\nurl = \"b\"\nopt = { url = \"c\" }\n");
    ASSERT_TRUE(doc.setString({{"e"}, 1}, {"url"}, "B").value());
    ASSERT_TRUE(doc.setString({{"e"}, 1}, {"opt", "url"}, "C").value());
    EXPECT_EQ(doc.toBytes(),
              "\xEF\xBB\xBF[[e]]\nurl = 'a'\n[[e]]\nurl = \"B\"\nopt = { url = \"C\" }\n");
    EXPECT_TRUE(doc.hasBom());
}

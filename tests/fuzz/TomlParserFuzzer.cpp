// libFuzzer target for TomlDocument: arbitrary bytes either are refused with a line number or
// parse; a parsed document reproduces its bytes exactly, and every edit (set a string, insert a
// key, append a table and an array-of-tables entry, remove them, remove a key) leaves a document
// that parses again and holds exactly the planned change.

#include "config/TomlDocument.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

namespace {

const QString kPath = QStringLiteral("fuzz.toml");

void require(bool condition)
{
    if (!condition)
        __builtin_trap();
}

QJsonObject dataOf(const TomlDocument &doc)
{
    return QJsonDocument::fromJson(doc.toCanonicalJson()).object();
}

void requireReparses(const TomlDocument &doc)
{
    const Expected<TomlDocument> again = TomlDocument::parse(doc.toBytes(), kPath);
    require(again.hasValue());
    require(again->toBytes() == doc.toBytes());
    require(again->toCanonicalJson() == doc.toCanonicalJson());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Expected<TomlDocument> doc = TomlDocument::parse(bytes, kPath);
    if (!doc) {
        require(doc.error().line > 0);
        return 0;
    }
    require(doc->toBytes() == bytes);
    const QJsonObject before = dataOf(*doc);
    const QString url = QStringLiteral("https://fuzz.example/simple");

    // Set a top-level string (inserted or replaced).
    TomlDocument set = *doc;
    if (set.setString({}, {QStringLiteral("fuzz-key")}, url)) {
        requireReparses(set);
        require(set.value({}, {QStringLiteral("fuzz-key")})->text == url);
        TomlDocument again = set;
        require(!again.setString({}, {QStringLiteral("fuzz-key")}, url).value());
        require(again.toBytes() == set.toBytes());
    }

    // Change every top-level string, one at a time; nothing else changes.
    for (const QString &key : doc->keys({})) {
        const auto v = doc->value({}, {key});
        if (!v || v->kind != TomlDocument::ValueKind::String)
            continue;
        TomlDocument changed = *doc;
        require(changed.setString({}, {key}, QStringLiteral("it's \"new\"")).hasValue());
        requireReparses(changed);
        QJsonObject want = before;
        want.insert(key, QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                     {QStringLiteral("value"), QStringLiteral("it's \"new\"")}});
        require(dataOf(changed) == want);
    }

    // Append an array-of-tables entry and a table, insert into them, remove them again.
    TomlDocument appended = *doc;
    const auto entry = appended.appendArrayTable({QStringLiteral("fuzz-entry")},
                                                 {{QStringLiteral("url"), "\"u\""}});
    if (entry) {
        requireReparses(appended);
        require(appended.insertValue(*entry, {QStringLiteral("default")}, "true").hasValue());
        requireReparses(appended);
        require(appended.value(*entry, {QStringLiteral("default")})->text == "true");
        require(appended.removeTable(*entry).value());
        requireReparses(appended);
        require(dataOf(appended) == before);
    }
    TomlDocument table = *doc;
    if (table.appendTable({QStringLiteral("fuzz"), QStringLiteral("t")})) {
        requireReparses(table);
        require(table
                    .setString({{QStringLiteral("fuzz"), QStringLiteral("t")}},
                               {QStringLiteral("k")}, url)
                    .hasValue());
        requireReparses(table);
        require(table.removeTable({{QStringLiteral("fuzz"), QStringLiteral("t")}}).value());
        requireReparses(table);
    }

    // Remove each top-level key written on its own line.
    for (const QString &key : doc->keys({})) {
        TomlDocument without = *doc;
        const auto removed = without.removeKey({}, {key});
        if (removed && removed.value()) {
            requireReparses(without);
            require(!without.value({}, {key}));
        }
    }
    // Remove each header's table.
    const QList<TomlDocument::Table> tables = doc->tables();
    for (const TomlDocument::Table &t : tables) {
        if (t.line == 0)
            continue;
        TomlDocument without = *doc;
        const auto removed = without.removeTable({t.path, t.arrayIndex});
        if (removed)
            requireReparses(without);
    }
    return 0;
}

// libFuzzer target for the .yarnrc.yml reader and editor: any bytes that pass the text checks
// either parse, and then serialize byte-identically, or are refused with a line; every planned
// edit of a parsed file parses again, reads back as the new value (a set) or absent (an unset),
// and leaves every other scalar as it was.

#include "config/ConfigFile.h"
#include "ecosystems/yarn/Yarnrc.h"

#include <QHash>

#include <cstdint>
#include <cstdlib>

namespace {

void check(bool condition)
{
    if (!condition)
        __builtin_trap();
}

// Every scalar Yarn would read (the last duplicate of each path), but those under `except`.
QHash<QString, QString> scalars(const Yarnrc &rc, const QStringList &except)
{
    QHash<QString, QString> values;
    for (const Yarnrc::Node &node : rc.nodes()) {
        if (node.kind != Yarnrc::Kind::Scalar || node.path.mid(0, except.size()) == except)
            continue;
        if (rc.find(node.path) == &node)
            values.insert(node.path.join(QChar(0)), node.text);
    }
    return values;
}

void checkSet(const Yarnrc &rc, const QStringList &path, const QString &value)
{
    const Expected<QByteArray> edited = rc.withScalar(path, value);
    if (!edited)
        return; // refused (a map or flow value in the way): allowed, as long as it names a line
    const Expected<Yarnrc> after = Yarnrc::parse(*edited);
    check(after.hasValue());
    const Yarnrc::Node *node = after->find(path);
    check(node && node->kind == Yarnrc::Kind::Scalar && node->text == value);
    check(scalars(*after, path) == scalars(rc, path));
    const Expected<QByteArray> again = after->withScalar(path, value);
    check(again.hasValue() && *again == *edited);
}

void checkUnset(const Yarnrc &rc, const QStringList &path)
{
    const Expected<QByteArray> edited = rc.without(path);
    check(edited.hasValue());
    const Expected<Yarnrc> after = Yarnrc::parse(*edited);
    check(after.hasValue());
    check(!after->find(path));
    check(scalars(*after, path) == scalars(rc, path));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!ConfigFileReader::checkText(bytes, QStringLiteral("fuzz.yarnrc.yml")))
        return 0;
    const Expected<Yarnrc> rc = Yarnrc::parse(bytes, QStringLiteral("fuzz.yarnrc.yml"));
    if (!rc) {
        check(rc.error().line > 0);
        return 0;
    }
    check(rc->toBytes() == bytes);

    const QStringList registry = {QStringLiteral("npmRegistryServer")};
    const QStringList scope = {QStringLiteral("npmScopes"), QStringLiteral("fz"),
                               QStringLiteral("npmRegistryServer")};
    checkSet(*rc, registry, QStringLiteral("https://fuzz.example/a#b: c"));
    checkSet(*rc, registry, QStringLiteral("https://fuzz.example/"));
    checkSet(*rc, scope, QStringLiteral("${FZ:-https://fz.example}"));
    checkUnset(*rc, registry);
    checkUnset(*rc, scope);

    const QStringList whitelist = {QStringLiteral("unsafeHttpWhitelist")};
    const Expected<QByteArray> listed =
        rc->withSequence(whitelist, {QStringLiteral("localhost"), QStringLiteral("127.0.0.1")});
    if (listed) {
        const Expected<Yarnrc> after = Yarnrc::parse(*listed);
        check(after.hasValue());
        const Yarnrc::Node *node = after->find(whitelist);
        check(node && node->itemsKnown &&
              node->items ==
                  QStringList({QStringLiteral("localhost"), QStringLiteral("127.0.0.1")}));
    }

    // The input as a value: every quote style reads back as it.
    const QString asValue = QString::fromUtf8(bytes).left(200);
    if (!asValue.contains(QLatin1Char('\n')) && !asValue.contains(QLatin1Char('\r'))) {
        for (const auto quote :
             {Yarnrc::Quote::Plain, Yarnrc::Quote::Single, Yarnrc::Quote::Double}) {
            const Expected<Yarnrc> one =
                Yarnrc::parse("k: " + Yarnrc::formatScalar(asValue, quote) + "\n");
            check(one.hasValue());
            check(one->find({QStringLiteral("k")}) &&
                  one->find({QStringLiteral("k")})->text == asValue);
        }
    }
    return 0;
}

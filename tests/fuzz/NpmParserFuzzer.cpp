// libFuzzer target for the .npmrc parser and editor: any bytes that pass the text checks must
// parse without crashing; a planned set must read back as the new value with every other option
// unchanged and at most one line changed or added; an unset must leave the key absent; and value
// encoding must round-trip through npm/ini's decoding in every quote style.

#include "config/ConfigFile.h"
#include "ecosystems/npm/NpmIniSyntax.h"
#include "ecosystems/npm/Npmrc.h"

#include <QHash>

#include <cstdint>
#include <cstdlib>

namespace {

void check(bool condition)
{
    if (!condition)
        __builtin_trap();
}

QHash<QString, QString> options(const Npmrc &npmrc, const QProcessEnvironment &environment,
                                const QString &except)
{
    return npmrc.snapshotExcept(except, environment);
}

void checkSet(const Npmrc &npmrc, const QString &key, const QString &value,
              const QProcessEnvironment &environment)
{
    const Expected<LineDocument> edited =
        npmrc.withValue(key, value, environment, QStringLiteral("fuzz.npmrc"));
    if (!edited)
        return; // refused (array or section forms): allowed, as long as it does not crash
    const Npmrc after = Npmrc::parse(*edited);
    const Npmrc::Resolved resolved = after.resolve(key, environment);
    check(resolved.kind == Npmrc::Resolved::Kind::Scalar && resolved.text == value);
    check(options(after, environment, key) == options(npmrc, environment, key));
    const int delta = edited->lineCount() - npmrc.document().lineCount();
    check(delta == 0 || delta == 1);
    if (delta == 0) {
        int changed = 0;
        for (int i = 0; i < edited->lineCount(); ++i)
            changed += edited->line(i) != npmrc.document().line(i) ? 1 : 0;
        check(changed <= 1);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!ConfigFileReader::checkText(bytes, QStringLiteral("fuzz.npmrc")))
        return 0;
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("K"), QStringLiteral("registry"));
    environment.insert(QStringLiteral("EMPTY"), QString());

    const Npmrc npmrc = Npmrc::fromBytes(bytes);
    check(npmrc.document().toBytes() == bytes);
    checkSet(npmrc, QStringLiteral("registry"), QStringLiteral("https://fuzz.example/a;b#c/"),
             environment);
    checkSet(npmrc, QStringLiteral("@fz:registry"), QStringLiteral("https://fuzz.example/"),
             environment);
    checkSet(npmrc, QStringLiteral("strict-ssl"), QStringLiteral("false"), environment);

    const Expected<LineDocument> removed =
        npmrc.withoutKey(QStringLiteral("registry"), environment, QStringLiteral("fuzz.npmrc"));
    if (removed) {
        const Npmrc after = Npmrc::parse(*removed);
        check(after.resolve(QStringLiteral("registry"), environment).kind ==
              Npmrc::Resolved::Kind::Absent);
        check(options(after, environment, QStringLiteral("registry")) ==
              options(npmrc, environment, QStringLiteral("registry")));
    }

    // The input as a value: every quote style must decode back to it (or fall back to JSON).
    const QString asValue = QString::fromUtf8(bytes).left(200);
    for (const auto style :
         {NpmIniSyntax::Quote::None, NpmIniSyntax::Quote::Single, NpmIniSyntax::Quote::Double}) {
        const QString encoded = NpmIniSyntax::encodeValue(asValue, style);
        const QString decoded = NpmIniSyntax::unsafe(encoded).text;
        // npm/ini trims unquoted values and unsafe() maps nothing else, so only surrounding
        // whitespace may differ — and encodeValue must have quoted such values.
        check(decoded == asValue);
    }
    return 0;
}

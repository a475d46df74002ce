// libFuzzer target for the go env file: arbitrary bytes are parsed as the go command would, then
// a set and an unset are planned on them; the re-parsed results must hold the new value (or no
// value), every other key must keep what the go command read before, and the round trip must be
// byte-identical. Values also go through the validator and the GOPROXY list code.

#include "config/ConfigFile.h"
#include "ecosystems/go/GoEnvFile.h"
#include "ecosystems/go/GoProxyList.h"
#include "ecosystems/go/GoValueValidator.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace {

QMap<QByteArray, QByteArray> effectiveValues(const GoEnvFile &file)
{
    QMap<QByteArray, QByteArray> values;
    for (const GoEnvFile::Entry &entry : file.entries())
        values.insert(entry.key, entry.value); // later lines overwrite: the last one wins
    return values;
}

void check(bool condition)
{
    if (!condition)
        __builtin_trap();
}

void checkEdit(const GoEnvFile &file, const QString &key, const QString &value)
{
    const QByteArray keyBytes = key.toUtf8();
    QMap<QByteArray, QByteArray> others = effectiveValues(file);
    others.remove(keyBytes);

    const GoEnvFile set = GoEnvFile::fromBytes(file.withValue(key, value));
    const auto entry = set.effectiveEntry(key);
    check(entry.has_value() && entry->value == value.toUtf8());
    QMap<QByteArray, QByteArray> afterSet = effectiveValues(set);
    afterSet.remove(keyBytes);
    check(afterSet == others);

    const GoEnvFile unset = GoEnvFile::fromBytes(file.withoutKey(key));
    check(!unset.effectiveEntry(key).has_value());
    QMap<QByteArray, QByteArray> afterUnset = effectiveValues(unset);
    check(afterUnset == others);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!ConfigFileReader::checkText(bytes, QStringLiteral("fuzz")))
        return 0; // the core refuses such files before parsing
    const GoEnvFile file = GoEnvFile::fromBytes(bytes);
    check(file.document().toBytes() == bytes);

    for (const GoEnvFile::Entry &entry : file.entries()) {
        const QString value = QString::fromUtf8(entry.value);
        for (const char *key : {"GOPROXY", "GOSUMDB", "GOPRIVATE"})
            (void)GoValueValidator::validate(QString::fromLatin1(key), value);
        const GoProxyList list = GoProxyList::parse(value);
        (void)list.withFirstProxy(QStringLiteral("https://m.example"));
        (void)list.toString();
    }

    checkEdit(file, QStringLiteral("GOPROXY"), QStringLiteral("https://fuzz.example,direct"));
    checkEdit(file, QStringLiteral("GOSUMDB"), QStringLiteral("off"));
    return 0;
}

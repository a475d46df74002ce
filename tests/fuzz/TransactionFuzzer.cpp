// libFuzzer target for the transactional planner of every ecosystem: arbitrary bytes as the user
// file, a fixed transaction (set the mirror key, set a second key, unset it) planned on bytes alone
// through EcosystemConfig::planEdits — no file is read. A successful plan must be idempotent
// (planning it again on its own result changes nothing), and masking secrets must round-trip
// (SecretMask::unmask of the masked result, given the result, gives the result back).

#include "config/SecretMask.h"
#include "ecosystems/EcosystemRegistry.h"

#include <QByteArray>
#include <QProcessEnvironment>

#include <cstddef>
#include <cstdint>

namespace {

void check(bool condition)
{
    if (!condition)
        __builtin_trap();
}

struct Case
{
    const char *ecosystem;
    KeyEdits edits;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    static const ToolEnvironment environment(QProcessEnvironment(), QStringLiteral("/nonexistent"),
                                             QStringLiteral("/nonexistent"),
                                             ToolEnvironment::Os::Linux);
    static const QList<Case> cases = {
        {"go",
         {KeyEdit::set(QStringLiteral("GOPROXY"), QStringLiteral("https://fuzz.example,direct")),
          KeyEdit::set(QStringLiteral("GOPRIVATE"), QStringLiteral("corp.example")),
          KeyEdit::remove(QStringLiteral("GOSUMDB"))}},
        {"npm",
         {KeyEdit::set(QStringLiteral("registry"), QStringLiteral("https://fuzz.example/")),
          KeyEdit::set(QStringLiteral("@corp:registry"), QStringLiteral("https://corp.example/")),
          KeyEdit::remove(QStringLiteral("strict-ssl"))}},
        {"pip",
         {KeyEdit::set(QStringLiteral("global.index-url"),
                       QStringLiteral("http://fuzz.example/simple")),
          KeyEdit::set(QStringLiteral("global.timeout"), QStringLiteral("30")),
          KeyEdit::remove(QStringLiteral("global.extra-index-url"))}},
        {"cargo",
         {KeyEdit::set(QStringLiteral("source.mirror.registry"),
                       QStringLiteral("sparse+https://fuzz.example/index/")),
          KeyEdit::set(QStringLiteral("source.crates-io.replace-with"), QStringLiteral("mirror")),
          KeyEdit::remove(QStringLiteral("registries.crates-io.protocol"))}},
    };
    for (const Case &c : cases) {
        const auto config =
            EcosystemRegistry::create(QString::fromLatin1(c.ecosystem), environment);
        check(config != nullptr);
        EditInput input;
        input.path = QStringLiteral("/nonexistent/config");
        input.targetPath = input.path;
        input.exists = true;
        input.bytes = bytes;
        const Expected<EditOutcome> outcome = config->planEdits(input, c.edits);
        if (!outcome)
            continue; // refused (bad file for that tool): nothing to check beyond not crashing
        input.bytes = outcome->after;
        const Expected<EditOutcome> again = config->planEdits(input, c.edits);
        check(again.hasValue());
        check(again->after == outcome->after);
        check(again->keyChanges.isEmpty());
        check(SecretMask::unmask(SecretMask::mask(outcome->after), outcome->after, nullptr) ==
              outcome->after);
    }
    return 0;
}

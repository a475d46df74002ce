// libFuzzer target for PipConf: arbitrary bytes either are refused (as pip would refuse them) or
// parse; a parsed file must survive a set, a multi-valued set and an unset with exactly the
// planned effect as pip's parser rules see it, and must reproduce its bytes untouched.

#include "config/ConfigFile.h"
#include "ecosystems/pip/PipConf.h"

#include <QSet>

#include <cstddef>
#include <cstdint>

namespace {

const QString kGlobal = QStringLiteral("global");
const QString kPath = QStringLiteral("fuzz.conf");

void require(bool condition)
{
    if (!condition)
        __builtin_trap();
}

// Every value visible before (section, pip name) is unchanged after the edit, except `skip`.
void requireOthersUnchanged(const PipConf &before, const PipConf &after, const QString &skip)
{
    const QStringList sections = before.sections();
    QSet<QString> checked;
    for (const PipConf::Option &option : before.options()) {
        const QStringList targets =
            option.section == PipConf::kDefaultSection ? sections : QStringList{option.section};
        for (const QString &section : targets) {
            if ((section == kGlobal && option.normalizedName == skip) ||
                checked.contains(section + QChar(0x1F) + option.normalizedName))
                continue;
            checked.insert(section + QChar(0x1F) + option.normalizedName);
            const PipConf::Option *was = before.find(section, option.normalizedName);
            if (!was)
                continue;
            const PipConf::Option *now = after.find(section, option.normalizedName);
            require(now != nullptr);
            require(now->value == was->value);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!ConfigFileReader::checkText(bytes, kPath).hasValue())
        return 0; // MirrorDeck never edits such bytes
    const Expected<PipConf> conf = PipConf::parse(bytes, kPath);
    if (!conf) {
        require(conf.error().line > 0);
        return 0;
    }
    require(conf->toBytes() == bytes);

    const QString url = QStringLiteral("https://fuzz.example/simple");
    const QByteArray set = conf->withValues(kGlobal, QStringLiteral("index-url"), {url}, false);
    const Expected<PipConf> afterSet = PipConf::parse(set, kPath);
    require(afterSet.hasValue());
    const PipConf::Option *index = afterSet->find(kGlobal, QStringLiteral("index-url"));
    require(index && index->value == url);
    requireOthersUnchanged(*conf, *afterSet, QStringLiteral("index-url"));
    // Setting it again is a no-op.
    require(afterSet->withValues(kGlobal, QStringLiteral("index-url"), {url}, false) == set);

    const QStringList extras = {QStringLiteral("https://a.example/simple"),
                                QStringLiteral("https://b.example/simple")};
    const QByteArray multi =
        conf->withValues(kGlobal, QStringLiteral("extra-index-url"), extras, true);
    const Expected<PipConf> afterMulti = PipConf::parse(multi, kPath);
    require(afterMulti.hasValue());
    const PipConf::Option *extra = afterMulti->find(kGlobal, QStringLiteral("extra-index-url"));
    require(extra && PipConf::splitValues(extra->value) == extras);
    requireOthersUnchanged(*conf, *afterMulti, QStringLiteral("extra-index-url"));

    const QByteArray unset = conf->withoutKey(kGlobal, QStringLiteral("index-url"));
    const Expected<PipConf> afterUnset = PipConf::parse(unset, kPath);
    require(afterUnset.hasValue());
    require(afterUnset->findAll(kGlobal, QStringLiteral("index-url")).isEmpty());
    requireOthersUnchanged(*conf, *afterUnset, QStringLiteral("index-url"));
    return 0;
}

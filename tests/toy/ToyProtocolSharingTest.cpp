// A mirror speaks a protocol, not a tool: a second toy tool consuming the toy's protocol sees
// the toy's mirrors, and one probe round measures all of them once.

#include "ToyEcosystem.h"
#include "catalog/MirrorCatalog.h"
#include "ecosystems/EcosystemRegistry.h"
#include "probe/ProbeEngine.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

namespace {

void registerBothToys()
{
    static const bool once = [] {
        registerToyEcosystem();
        Ecosystem second = toyEcosystem();
        second.id = QStringLiteral("toy2");
        second.displayName = [] { return QStringLiteral("Toy 2"); };
        EcosystemRegistry::add(second);
        return true;
    }();
    Q_UNUSED(once);
}

Mirror mirror(const QString &id, const QString &ecosystem)
{
    Mirror m;
    m.id = id;
    m.ecosystem = ecosystem;
    // Port 9 (discard) on loopback: the round below is cancelled before anything matters.
    m.url = QStringLiteral("http://127.0.0.1:9/") + id;
    m.name = id;
    m.nameZh = id;
    return m;
}

} // namespace

TEST(ToyProtocolSharing, EveryConsumerOfAProtocolSeesItsMirrors)
{
    registerBothToys();
    EXPECT_EQ(EcosystemRegistry::consumersOf(QStringLiteral("toy-registry")),
              (QStringList{QStringLiteral("toy"), QStringLiteral("toy2")}));
    const MirrorCatalog catalog({mirror(QStringLiteral("a"), QStringLiteral("toy")),
                                 mirror(QStringLiteral("b"), QStringLiteral("npm"))});
    const QList<Mirror> forSecond = catalog.byEcosystem(QStringLiteral("toy2"));
    ASSERT_EQ(forSecond.size(), 1);
    EXPECT_EQ(forSecond.at(0).id, QStringLiteral("a"));
    EXPECT_TRUE(catalog.findByUrl(QStringLiteral("toy2"), QStringLiteral("http://127.0.0.1:9/a")));
    EXPECT_FALSE(catalog.findByUrl(QStringLiteral("toy2"), QStringLiteral("http://127.0.0.1:9/b")));
}

TEST(ToyProtocolSharing, OneRoundMeasuresAProtocolsMirrorsWhateverToolListsThem)
{
    registerBothToys();
    int argc = 1;
    char name[] = "test";
    char *argv[] = {name, nullptr};
    QCoreApplication app(argc, argv);
    ProbeEngine engine;
    engine.setMirrors({mirror(QStringLiteral("a"), QStringLiteral("toy")),
                       mirror(QStringLiteral("b"), QStringLiteral("toy2"))});
    RoundOptions options;
    options.download = false;
    EXPECT_EQ(engine.startAllRounds(options), 1);
    // That one round already measures toy2's mirror too: no second round of the protocol.
    EXPECT_FALSE(engine.startRound(QStringLiteral("toy2"), options));
    engine.cancel();
}

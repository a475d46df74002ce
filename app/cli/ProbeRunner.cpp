#include "ProbeRunner.h"

#include "probe/ProbeEngine.h"

#include <QEventLoop>

ProbeRunner::Report ProbeRunner::run(const QList<Mirror> &mirrors, const QStringList &ecosystems,
                                     const ProbeSettings &settings, bool download,
                                     const ResultSink &onResult)
{
    QList<Mirror> selected;
    QStringList rounds;
    for (const Mirror &m : mirrors) {
        if (!ecosystems.isEmpty() && !ecosystems.contains(m.ecosystem))
            continue;
        selected.append(m);
        if (!rounds.contains(m.ecosystem))
            rounds.append(m.ecosystem);
    }

    Report report;
    ProbeEngine engine(settings);
    engine.setMirrors(selected);
    QHash<QString, ProbeResult> byId;
    QEventLoop loop;
    int pending = 0;
    QObject::connect(&engine, &ProbeEngine::resultReady, &loop,
                     [&byId, &onResult](const ProbeResult &r) {
                         byId.insert(r.mirrorId, r);
                         if (onResult)
                             onResult(r);
                     });
    QObject::connect(&engine, &ProbeEngine::roundFinished, &loop, [&](const QString &) {
        if (--pending == 0)
            loop.quit();
    });
    for (const QString &eco : std::as_const(rounds)) {
        ++pending;
        if (!engine.startRound(eco, RoundOptions{download}))
            --pending;
    }
    if (pending > 0)
        loop.exec();

    for (const Mirror &m : std::as_const(selected)) {
        if (byId.contains(m.id))
            report.results.append(byId.value(m.id));
    }
    for (const QString &eco : std::as_const(rounds))
        report.recommended.insert(eco, engine.recommended(eco));
    return report;
}

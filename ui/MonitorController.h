#pragma once

// Keeps the mirrors measured while the app is open: hands the catalog to the probe engine and to
// each ecosystem's MirrorPanel, wires the panels to the engine, runs the engine's periodic
// rounds (interval and throughput cadence from the preferences) and answers "refresh now" (F5).
// The engine is passed in and not owned, so the Add-mirror dialog can probe through the same one.

#include "catalog/Mirror.h"
#include "probe/HealthState.h"
#include "probe/ProbeEngine.h" // QPointer<ProbeEngine> needs the complete type
#include "probe/ProbeSettings.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>

class MirrorPanel;
class ProbeRecorder;

class MonitorController : public QObject
{
    Q_OBJECT

public:
    explicit MonitorController(ProbeEngine *engine, QObject *parent = nullptr);

    ProbeEngine *engine() const { return m_engine; }

    // The measured history every panel added afterwards reads (charts, percentile columns).
    // Not owned; may be null (tests).
    void setRecorder(ProbeRecorder *recorder) { m_recorder = recorder; }
    ProbeRecorder *recorder() const { return m_recorder; }

    // The panel's ecosystem must be set; it gets its mirrors now and on every setMirrors.
    void addPanel(MirrorPanel *panel);
    // All mirrors of all ecosystems (catalog plus the user's own).
    void setMirrors(const QList<Mirror> &mirrors);
    QList<Mirror> mirrors() const { return m_mirrors; }
    // A mirror a tool uses that no list has, measured with the rest until it is listed or no
    // longer in use (nullopt drops it). One per ecosystem.
    void setAdHocMirror(const QString &ecosystem, const std::optional<Mirror> &mirror);
    // The listed mirrors plus the ad-hoc ones: what the engine measures.
    QList<Mirror> measuredMirrors() const;
    // Interval, timeouts, thresholds, proxy from the preferences; periodic rounds keep running.
    void applySettings(const ProbeSettings &settings);
    // "Live": a mirror page is on screen, so rounds come every `liveIntervalSec` (when that is
    // shorter than the configured interval); downloads keep their own cadence in time.
    void setLiveIntervalSec(int seconds);
    void setLive(bool live);
    bool isLive() const { return m_live; }
    int effectiveIntervalMs() const;

    // Periodic rounds; `first` says what runs at once (start-up preference).
    void start(ProbeEngine::FirstRound first = ProbeEngine::FirstRound::Full);
    void stop();
    bool isRunning() const;
    // "Pause monitoring" (tray): no periodic rounds until resumed; resuming measures latency now.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // One mirror's round ("Test again"); false when its ecosystem is being measured already.
    bool testMirror(const QString &ecosystem, const QString &mirrorId);
    // Rounds of every ecosystem not already being measured; the number started.
    int refreshNow();

    // The worst state among the recommended mirrors — what a tray icon shows. Unknown before
    // any round.
    HealthState overallState() const;

Q_SIGNALS:
    void overallStateChanged(HealthState state);
    void pausedChanged(bool paused);

private:
    void updateOverallState();
    void applyInterval();
    void distributeMirrors();

    ProbeSettings m_settings;
    bool m_hasSettings = false;
    int m_liveIntervalMs = 10000;
    bool m_live = false;
    bool m_paused = false;

    QPointer<ProbeEngine> m_engine;
    QList<QPointer<MirrorPanel>> m_panels;
    ProbeRecorder *m_recorder = nullptr;
    QList<Mirror> m_mirrors;
    QMap<QString, Mirror> m_adHoc; // by ecosystem, in a stable order
    HealthState m_overall = HealthState::Unknown;
};

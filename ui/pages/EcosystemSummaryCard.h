#pragma once

// One tool on the overview: mirror in use, shadow warnings, mirror health counts and the
// recommended mirror, with "Use recommended" and "Details"; below them a latency sparkline of
// the last hour from the measured history (the mirror in use, or the recommended one when the
// one in use has no measurements), read through ProbeRecorder without waiting on the disk.

#include "catalog/Mirror.h"
#include "probedb/HistoryTypes.h"

#include <QFrame>
#include <QHash>
#include <QPointer>
#include <QStringList>

#include <optional>

class ConfigService;
class LatencySparkline;
class ProbeEngine;
class ProbeRecorder;
class QLabel;
class QPushButton;

class EcosystemSummaryCard : public QFrame
{
    Q_OBJECT

public:
    EcosystemSummaryCard(ConfigService *service, ProbeEngine *engine, QWidget *parent = nullptr);

    QString ecosystem() const;
    QString mirrorText() const;
    LatencySparkline *sparkline() const { return m_sparkline; }

    // The measured history the sparkline reads (not owned; may be null: no sparkline data).
    void setHistory(ProbeRecorder *recorder);
    // Asks for the last hour again (after a round); the answer comes asynchronously.
    void refreshSparkline();
    // Requests not answered yet (tests wait for 0).
    int pendingRequests() const { return m_sparklineTicket ? 1 : 0; }

    static constexpr qint64 kSparklineBucketMs = 5 * 60 * 1000;
    static constexpr int kSparklineBuckets = 12; // one hour

Q_SIGNALS:
    void openRequested(const QString &ecosystem);
    void useRecommendedRequested(const QString &ecosystem);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void updateSparklineCaption();
    void onSeries(quint64 ticket, const QHash<QString, QList<HistoryBucket>> &series);

    ConfigService *m_service;
    QPointer<ProbeEngine> m_engine;
    QLabel *m_title = nullptr;
    QLabel *m_mirror = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_caption = nullptr;
    QLabel *m_stateIcon = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_health = nullptr;
    QLabel *m_recommended = nullptr;
    QPushButton *m_useRecommended = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_sparklineCaption = nullptr;
    LatencySparkline *m_sparkline = nullptr;
    QPointer<ProbeRecorder> m_recorder;
    quint64 m_sparklineTicket = 0;
    qint64 m_sparklineFromMs = 0;
    qint64 m_sparklineToMs = 0;
    // The mirrors the sparkline may show, in order of preference: in use, recommended.
    QStringList m_sparklineIds;
    QStringList m_requestedIds;
};

#pragma once

// A small latency line for one mirror over a short span (the overview's cards): one point per
// time bucket (its median latency), each segment coloured by the latency grade of the
// thresholds in Preferences, buckets that only failed marked with a tick on the baseline. The
// numbers are in the tool-tip and the accessible description, so nothing rests on the drawing.

#include "widgets/LatencyGrade.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

class LatencySparkline : public QWidget
{
    Q_OBJECT

public:
    struct Point
    {
        qint64 startMs = 0;
        std::optional<double> medianMs; // null: no successful probe in the bucket
        int samples = 0;
        int failures = 0;
    };

    explicit LatencySparkline(QWidget *parent = nullptr);

    // The buckets of [fromMs, toMs), oldest first; `mirrorName` names them in the texts.
    void setPoints(const QList<Point> &points, qint64 fromMs, qint64 toMs,
                   const QString &mirrorName);
    void clear();
    QList<Point> points() const { return m_points; }
    QString mirrorName() const { return m_mirrorName; }
    void setLatencyThresholds(const LatencyThresholds &thresholds);
    LatencyThresholds latencyThresholds() const { return m_thresholds; }
    // One sentence with the figures: the tool-tip and the accessible description.
    QString summary() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateTexts();

    QList<Point> m_points;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    QString m_mirrorName;
    LatencyThresholds m_thresholds;
};

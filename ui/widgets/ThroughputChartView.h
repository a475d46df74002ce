#pragma once

// Download speed of an ecosystem's mirrors as horizontal bars, one per mirror, with exact values
// in labels and tool-tips. A mirror keeps its latest measured bar until it is measured again:
// the engine downloads only every few rounds and only from the best candidates, so a chart of
// the last round alone would be empty most of the time. Bars are updated in place.

#include "catalog/Mirror.h"
#include "probe/Clock.h"

#include <QChartView>
#include <QColor>
#include <QHash>
#include <QTimer>

#include <memory>
#include <optional>

class QBarCategoryAxis;
class QBarSet;
class QHorizontalStackedBarSeries;
class QValueAxis;

class ThroughputChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ThroughputChartView(QWidget *parent = nullptr);

    void setClock(std::shared_ptr<const Clock> clock);
    void setMirrors(const QList<Mirror> &mirrors);
    void setUiLanguage(const QString &language);
    // A measured download (bytes per second) of a mirror; nullopt leaves its bar as it was.
    void setThroughput(const QString &mirrorId, std::optional<double> bytesPerSecond);

    // Bar value in decimal MB/s as the table prints it (0 when never measured), for tests.
    double barValue(const QString &mirrorId) const;
    QString toolTipFor(const QString &mirrorId) const;
    // The colour of a mirror's bar (its colour in the table and the latency chart), for tests.
    QColor barColor(const QString &mirrorId) const;
    void flushNow();
    // The category labels as drawn, top to bottom (names elided to fit; the tool-tip has them
    // whole), and the one of a mirror.
    QStringList categoryLabels() const;
    QString categoryLabelFor(const QString &mirrorId) const;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Measurement
    {
        double bytesPerSecond = 0;
        qint64 atMs = 0;
    };

    void rebuildCategories();
    // Labels of m_mirrors (in their order), elided to the width the names may take.
    QStringList fittedNames() const;
    void fitLabels();
    void updateAxisTitle();
    void retranslateUi();
    void applyPalette();
    void flush();
    void showToolTip(bool hovering, int index);

    QChart *m_chart;
    QHorizontalStackedBarSeries *m_series;
    QList<QBarSet *> m_sets; // one per mirror, in m_mirrors order; owned by m_series
    QBarCategoryAxis *m_categoryAxis;
    QValueAxis *m_valueAxis;
    QTimer m_flushTimer;
    QList<Mirror> m_mirrors;
    QHash<QString, Measurement> m_measured;
    std::shared_ptr<const Clock> m_clock;
    QString m_uiLanguage = QStringLiteral("en");
    QStringList m_labels; // as drawn, in m_mirrors order
};

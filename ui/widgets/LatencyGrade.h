#pragma once

// A latency read against the thresholds in Preferences (under "good" is good, up to "warning" is
// a warning, beyond is slow), and how that looks: a colour and a shape — disc, triangle, square,
// ring when not measured — so the grade never rests on colour alone. Shared by the table's
// latency columns, the latency chart's threshold lines and the tray menu.

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

#include <optional>

struct LatencyThresholds
{
    double goodMs = 100;
    double warningMs = 200;
};

class LatencyGrade
{
    Q_DECLARE_TR_FUNCTIONS(LatencyGrade)

public:
    enum Grade
    {
        Unmeasured,
        Good,
        Warning,
        Slow,
    };

    static Grade of(std::optional<double> latencyMs, const LatencyThresholds &thresholds);
    static QColor color(Grade grade);
    static QIcon icon(Grade grade);
    // "good (under 100 ms)", for tool-tips and screen readers.
    static QString text(Grade grade, const LatencyThresholds &thresholds);
};

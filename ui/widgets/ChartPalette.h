#pragma once

// Colours for the charts from the widget palette, so they read in light and dark themes alike:
// chart background, axes, grid and legend follow the palette; series take a qualitative colour
// set (lightened on dark backgrounds) and, past its twelve colours, a dash pattern as well, so
// two lines never differ by colour alone.

#include <QColor>
#include <QPalette>
#include <QPen>

class QChart;

class ChartPalette
{
public:
    static bool isDark(const QPalette &palette);
    static QColor seriesColor(int index, const QPalette &palette);
    static QPen seriesPen(int index, const QPalette &palette);
    // Background, plot area, axes, grid, legend and title of `chart`.
    static void apply(QChart *chart, const QPalette &palette);
};

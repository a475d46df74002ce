#include "widgets/ChartPalette.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>

#include <array>

namespace {

// Tableau 10 without its red and pink, plus four: a mirror's colour is never the error colour
// (red means Down everywhere in the app), and the first eight stay distinct for common
// colour-vision deficiencies.
constexpr std::array<QRgb, 12> kSeriesColors = {
    0x4e79a7, 0xf28e2b, 0x76b7b2, 0x59a14f, 0xedc948, 0xb07aa1,
    0x9c755f, 0x17becf, 0xbab0ac, 0x1f77b4, 0x8c564b, 0xbcbd22,
};

} // namespace

bool ChartPalette::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor ChartPalette::seriesColor(int index, const QPalette &palette)
{
    QColor color(kSeriesColors[size_t(index) % kSeriesColors.size()]);
    return isDark(palette) ? color.lighter(125) : color.darker(105);
}

QPen ChartPalette::seriesPen(int index, const QPalette &palette)
{
    static constexpr Qt::PenStyle kStyles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine,
                                               Qt::DashDotLine};
    QPen pen(seriesColor(index, palette));
    pen.setWidthF(2.0);
    pen.setStyle(kStyles[(size_t(index) / kSeriesColors.size()) % 4]);
    return pen;
}

void ChartPalette::apply(QChart *chart, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlphaF(0.15);
    QColor axisLine = text;
    axisLine.setAlphaF(0.4);

    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(axisLine);
        axis->setShadesVisible(false);
    }
}

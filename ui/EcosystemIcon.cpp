#include "EcosystemIcon.h"

#include "ecosystems/EcosystemRegistry.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPixmap>

namespace {

QIcon badgeIcon(const QString &text, const QColor &colour)
{
    QIcon icon;
    for (const int size : {22, 32, 44}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), size * 0.22, size * 0.22);
        QFont font = painter.font();
        font.setBold(true);
        int pixels = int(size * (text.size() > 2 ? 0.36 : 0.46));
        font.setPixelSize(pixels);
        // Longer badge texts (four or five letters) shrink until they fit inside the square.
        while (pixels > 6 && QFontMetricsF(font).horizontalAdvance(text) > size * 0.88) {
            font.setPixelSize(--pixels);
        }
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, text);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

QIcon ecosystemIcon(const QString &ecosystem)
{
    if (const Ecosystem *descriptor = EcosystemRegistry::find(ecosystem)) {
        const QString text =
            descriptor->badgeText.isEmpty() ? ecosystem.left(3) : descriptor->badgeText;
        return badgeIcon(text, QColor::fromRgb(QRgb(descriptor->badgeColour)));
    }
    return badgeIcon(ecosystem.left(3), QColor(0x55, 0x5f, 0x6d));
}

#include "DiffHighlighter.h"

#include <QColor>
#include <QTextCharFormat>

DiffHighlighter::DiffHighlighter(QTextDocument *document, bool darkPalette)
    : QSyntaxHighlighter(document)
    , m_dark(darkPalette)
{}

void DiffHighlighter::highlightBlock(const QString &text)
{
    QTextCharFormat format;
    if (text.startsWith(QLatin1String("+++")) || text.startsWith(QLatin1String("---"))) {
        format.setFontWeight(QFont::Bold);
    } else if (text.startsWith(QLatin1Char('+'))) {
        format.setForeground(m_dark ? QColor(0x8a, 0xe2, 0x8a) : QColor(0x11, 0x6b, 0x21));
        format.setBackground(m_dark ? QColor(0x1f, 0x3d, 0x26) : QColor(0xe6, 0xff, 0xec));
    } else if (text.startsWith(QLatin1Char('-'))) {
        format.setForeground(m_dark ? QColor(0xff, 0x9b, 0x9b) : QColor(0xa3, 0x15, 0x15));
        format.setBackground(m_dark ? QColor(0x4a, 0x1e, 0x22) : QColor(0xff, 0xeb, 0xe9));
    } else if (text.startsWith(QLatin1String("@@"))) {
        format.setForeground(m_dark ? QColor(0x79, 0xc0, 0xff) : QColor(0x05, 0x50, 0xae));
    } else {
        return;
    }
    setFormat(0, int(text.size()), format);
}

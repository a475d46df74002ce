#pragma once

// Colours a unified diff: added lines green, removed lines red, hunk headers dimmed. Colours are
// picked against the widget's palette so the diff stays readable in light and dark themes; the
// leading +/- stays visible, so the meaning never rests on colour alone.

#include <QSyntaxHighlighter>

class DiffHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit DiffHighlighter(QTextDocument *document, bool darkPalette);

protected:
    void highlightBlock(const QString &text) override;

private:
    bool m_dark;
};

#include "MessageBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBanner"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_actions = new QHBoxLayout;
    m_close = new QToolButton(this);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAccessibleName(tr("Dismiss message"));
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_actions);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::dismiss);
    setVisible(false);
}

void MessageBanner::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    m_text->setText(text);
    while (QLayoutItem *item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    applyStyle();
    setAccessibleName(text);
    setVisible(true);
}

void MessageBanner::addAction(const QString &text, const std::function<void()> &action)
{
    auto *button = new QPushButton(text, this);
    connect(button, &QPushButton::clicked, this, [this, action]() {
        dismiss();
        action();
    });
    m_actions->addWidget(button);
}

void MessageBanner::dismiss()
{
    setVisible(false);
}

QString MessageBanner::text() const
{
    return m_text->text();
}

void MessageBanner::changeEvent(QEvent *event)
{
    // setStyleSheet itself changes the palette: re-style only when the theme really flipped.
    if (event->type() == QEvent::PaletteChange && !m_styling &&
        m_dark != (palette().color(QPalette::Window).lightness() < 128))
        applyStyle();
    if (event->type() == QEvent::LanguageChange)
        m_close->setAccessibleName(tr("Dismiss message"));
    QFrame::changeEvent(event);
}

void MessageBanner::applyStyle()
{
    m_styling = true;
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_dark = dark;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QString background = dark ? QStringLiteral("#1d3557") : QStringLiteral("#e8f0fe");
    QString border = QStringLiteral("#4a7bd0");
    if (m_kind == Kind::Warning) {
        icon = QStyle::SP_MessageBoxWarning;
        background = dark ? QStringLiteral("#4a3b12") : QStringLiteral("#fff4d6");
        border = QStringLiteral("#d9a520");
    } else if (m_kind == Kind::Error) {
        icon = QStyle::SP_MessageBoxCritical;
        background = dark ? QStringLiteral("#4d1f1f") : QStringLiteral("#fdecea");
        border = QStringLiteral("#d0453a");
    }
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(20, 20));
    setStyleSheet(QStringLiteral("#messageBanner { background: %1; border: 1px solid %2; "
                                 "border-radius: 6px; }")
                      .arg(background, border));
    m_styling = false;
}

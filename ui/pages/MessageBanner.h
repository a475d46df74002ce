#pragma once

// An in-window message strip (error, warning, information) with an icon, a text that says what
// to do next, optional action buttons and a close button. Errors from the core are shown here,
// in the window, rather than in pop-ups that block the user.

#include <QFrame>

#include <functional>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Information,
        Warning,
        Error
    };

    explicit MessageBanner(QWidget *parent = nullptr);

    // Replaces the message and the actions; the banner becomes visible.
    void showMessage(Kind kind, const QString &text);
    void addAction(const QString &text, const std::function<void()> &action);
    void dismiss();

    Kind kind() const { return m_kind; }
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyStyle();

    Kind m_kind = Kind::Information;
    bool m_dark = false;
    bool m_styling = false;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QHBoxLayout *m_actions = nullptr;
    QToolButton *m_close = nullptr;
};

#pragma once

// Shows what "Apply" will write before anything is written: the file, the keys that change and
// the unified diff with +/- colouring. Accept applies, Cancel writes nothing.

#include "config/ConfigChange.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

class DiffPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DiffPreviewDialog(QWidget *parent = nullptr);

    // `intro` says what the change is ("Use goproxy.cn for Go", "Restore the state before …").
    void setChange(const QString &intro, const ConfigChange &change, const QString &diff);

    // Sentences shown above the diff, e.g. "GOPROXY is overridden in terminals by ~/.bashrc:3".
    // The change's own notes (ConfigChange::notes, e.g. npm tokens that stay with the old
    // registry) are always shown first; these come after them.
    void setWarnings(const QStringList &warnings);
    QString warningText() const;

    QString diffText() const;
    const ConfigChange &change() const { return m_change; }

    // The accept button's text ("&Apply" when empty; "&Restore" for a restore).
    void setAcceptText(const QString &text);
    // A second way to go on, e.g. "Restore the &whole file" next to a restore that keeps later
    // edits; hidden when empty. Choosing it closes the dialog with alternativeChosen().
    void setAlternative(const QString &text);

Q_SIGNALS:
    void alternativeChosen();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateWarnings();

    ConfigChange m_change;
    QStringList m_extraWarnings;
    QLabel *m_intro = nullptr;
    QLabel *m_file = nullptr;
    QLabel *m_warnings = nullptr;
    QPlainTextEdit *m_diff = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_alternative = nullptr;
    QString m_acceptText;
};

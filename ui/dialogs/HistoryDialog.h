#pragma once

// Lists the changes MirrorDeck wrote to one tool's file, newest first, with the diff each one
// made; "Restore…" asks to put the file back to how it was before the selected change (the page
// then plans the restore and shows its own diff before writing).

#include "config/ChangeHistory.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    // What the listed changes wrote: one tool's file (a restore puts the whole file back), or the
    // shell start-up files MirrorDeck commented an `export` out of (a restore puts that one line
    // back and keeps everything else), which the texts must tell apart.
    enum class Subject
    {
        ToolFile,
        ShellStartupLines
    };

    explicit HistoryDialog(QWidget *parent = nullptr, Subject subject = Subject::ToolFile);

    void setToolName(const QString &name);
    void setEntries(const QList<HistoryEntry> &entries);
    void setError(const QString &message);
    const QList<HistoryEntry> &entries() const { return m_entries; }
    void selectEntry(int row);

Q_SIGNALS:
    void restoreRequested(const HistoryEntry &entry);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showSelected();
    void populate(int selectRow);

    const Subject m_subject;
    QString m_toolName;
    QList<HistoryEntry> m_entries;
    QLabel *m_status = nullptr;
    QTreeWidget *m_list = nullptr;
    QPlainTextEdit *m_diff = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_close = nullptr;
};

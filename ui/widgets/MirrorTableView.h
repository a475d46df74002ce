#pragma once

// The mirror table as the user handles it: sortable rows over a MirrorTableModel (through its own
// sort proxy) and the row actions "Use this mirror", "Test now", "Copy URL", and "Edit…" /
// "Remove" for the user's own mirrors — in a context menu and as keyboard shortcuts. It copies the
// URL itself; everything else is asked for by signal, so the page decides what a use or an edit
// means.

#include "catalog/Mirror.h"

#include <QTableView>

#include <optional>

class MirrorTableModel;
class QAction;
class QSortFilterProxyModel;

class MirrorTableView : public QTableView
{
    Q_OBJECT

public:
    explicit MirrorTableView(MirrorTableModel *model, QWidget *parent = nullptr);

    // The mirror of the current row, if any.
    std::optional<Mirror> currentMirror() const;
    bool selectMirror(const QString &mirrorId);
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }

    QAction *useAction() const { return m_useAction; }
    QAction *testAction() const { return m_testAction; }
    QAction *copyUrlAction() const { return m_copyUrlAction; }
    QAction *editAction() const { return m_editAction; }
    QAction *removeAction() const { return m_removeAction; }

Q_SIGNALS:
    void useMirrorRequested(const Mirror &mirror);
    void testNowRequested(const QString &mirrorId);
    void editRequested(const Mirror &mirror);
    void removeRequested(const Mirror &mirror);

protected:
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void retranslateUi();
    void updateActions();
    void copyUrl();

    MirrorTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QAction *m_useAction;
    QAction *m_testAction;
    QAction *m_copyUrlAction;
    QAction *m_editAction;
    QAction *m_removeAction;
};

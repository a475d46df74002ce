#pragma once

// The Profiles window (File ▸ Profiles…): the user's named sets of settings for several tools.
// "Save current settings as…" captures what every tool uses now; "Apply…" plans the profile,
// shows every file's diff in one preview and writes all files as one linked change
// (ProfileApplier); "Delete" asks first. All disk work runs on the serial disk pool; the dialog
// only waits for signals.

#include "AppContext.h"
#include "config/ConfigChange.h"
#include "dialogs/DiffPreviewDialog.h"

#include <QDialog>
#include <QPointer>

class QLabel;
struct HistoryEntry;
class QListWidget;
class QPushButton;

class ProfilesDialog : public QDialog
{
    Q_OBJECT

public:
    // `profilesPath` is ProfileStore::defaultPath(dataDirectory).
    ProfilesDialog(AppContext context, QString profilesPath, QWidget *parent = nullptr);

    // For tests: the profile names shown, the status line, the open preview (null when none).
    QStringList profileNames() const;
    QString statusText() const;
    DiffPreviewDialog *preview() const { return m_preview; }

    void reload();
    void saveCurrentAs(const QString &name);
    void applyProfile(const QString &name);
    // Restoring one entry of a profile's linked group restores every file of the group (as the
    // CLI's restore does): previewed here like an apply, written as one new linked change.
    void restoreGroup(const HistoryEntry &entry);
    void deleteProfile(const QString &name);

Q_SIGNALS:
    // The list was read again (after reload, save, delete).
    void listChanged();
    // Every file of a profile was written: pages read their settings again.
    void profileApplied(const QString &name);
    // A plan or write finished with an error (shown in the status line).
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    template <typename T, typename Work, typename Done> void run(Work work, Done done);
    void showPreview(const QString &name, const QList<ConfigChange> &changes);
    void showChangesPreview(const QString &title, const QString &intro, const QString &name,
                            const QList<ConfigChange> &changes);
    void writeChanges(const QString &name, const QList<ConfigChange> &changes);
    void setStatus(const QString &text);
    void askName();
    void updateButtons();
    void retranslateUi();
    QString selectedName() const;

    AppContext m_context;
    QString m_profilesPath;
    QLabel *m_intro = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_close = nullptr;
    QPointer<DiffPreviewDialog> m_preview;
};

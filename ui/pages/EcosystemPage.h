#pragma once

// One tool's page (one class for every registered tool): the mirror in use with its source and
// shadow warnings, the recommended mirror with "Use recommended", the mirror panel (table and
// charts) and the settings editor. Every change goes plan → diff preview → apply through the
// tool's ConfigService; external edits of the files appear live, and an edit in progress is never
// silently overwritten.

#include "catalog/Mirror.h"
#include "config/ChangeHistory.h"
#include "pages/ConfigService.h"

#include <QMessageBox>
#include <QPointer>
#include <QQueue>
#include <QWidget>

class ConfigFileWatcher;
class CurrentMirrorCard;
class DiffPreviewDialog;
class HistoryDialog;
class MessageBanner;
class MirrorEditDialog;
class MirrorPanel;
class ProbeEngine;
class QLabel;
class QPushButton;
class QTabWidget;
class SettingsEditor;

class EcosystemPage : public QWidget
{
    Q_OBJECT

public:
    // `service` and `engine` outlive the page; `engine` may be null (no measurements).
    EcosystemPage(ConfigService *service, ProbeEngine *engine, QWidget *parent = nullptr);
    ~EcosystemPage() override;

    QString ecosystem() const;
    // The descriptors' notes for the page of `ecosystem`: its own relationNote and the
    // relatedToNote of every tool whose relatedTo is `ecosystem`.
    static QStringList relationNotes(const QString &ecosystem);

    // The table + charts of this tool; the owner registers it with the MonitorController.
    MirrorPanel *mirrorPanel() const { return m_panel; }
    MirrorEditDialog *mirrorDialog() const { return m_mirrorDialog; }

    CurrentMirrorCard *card() const { return m_card; }
    // "Go — ~/.config/go/env": the tool and the file it reads (its full path in the tool-tip).
    QLabel *titleLabel() const { return m_title; }
    SettingsEditor *editor() const { return m_editor; }
    MessageBanner *banner() const { return m_banner; }
    QTabWidget *tabs() const { return m_tabs; }
    DiffPreviewDialog *previewDialog() const { return m_preview; }
    // The "use it anyway?" question for a Down/stale mirror while it is open (tests).
    QMessageBox *riskQuestion() const { return m_riskQuestion; }
    HistoryDialog *historyDialog() const { return m_history; }
    HistoryDialog *shellHistoryDialog() const { return m_shellHistory; }
    QPushButton *applyButton() const { return m_apply; }

public Q_SLOTS:
    void refresh();
    void useMirror(const Mirror &mirror);
    void useRecommended();
    void applyEditor();
    void revertEditor();
    void showHistory();
    void restore(const HistoryEntry &entry);
    // The lines MirrorDeck commented out in shell start-up files (from any tool's page), each of
    // which can be put back with a preview.
    void showShellHistory();
    void restoreShellEntry(const HistoryEntry &entry);
    void addMirror();
    void editMirror(const Mirror &mirror);
    void removeMirror(const Mirror &mirror);
    // The fixes next to a shadow warning.
    void openShadowFile(const Shadow &shadow);
    void copyShadowCommand(const Shadow &shadow);
    void commentOutShadow(const Shadow &shadow);

Q_SIGNALS:
    void statusMessage(const QString &message);
    // A change was written; others showing this tool (the overview) reload.
    void changeApplied(const QString &ecosystem);
    // The user's own mirrors: the owner stores them (previousId is "" for a new one).
    void userMirrorSaveRequested(const Mirror &mirror, const QString &previousId);
    void userMirrorRemoveRequested(const Mirror &mirror);
    // The tool uses a mirror no list has: measure it as this ad-hoc entry (nullopt: none now).
    void adHocMirrorChanged(const QString &ecosystem, const std::optional<Mirror> &mirror);
    // A history entry of a linked group (a profile) is restored as the whole group: the owner
    // previews every file of it.
    void groupRestoreRequested(const HistoryEntry &entry);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    std::optional<HistoryEntry> m_pendingRestore; // the restore under review, if any
    struct Intent
    {
        QString intro;
        bool fromEditor = false;
    };

    void retranslateUi();
    void onLoaded(const ConfigSnapshot &snapshot);
    void onPlanned(const PlannedChange &plan);
    void onApplied(const QString &historyId, const ConfigChange &change);
    void onApplyFailed(const CoreError &error);
    void onFilesChanged();
    void updateRecommendation();
    // The header's state line for the mirror in use, from its row in the table.
    void updateInUseHealth();
    // Why choosing `mirror` is risky (Down, stale, 0 % available), or "" when it is not.
    QString riskOf(const Mirror &mirror) const;
    void planUse(const Mirror &mirror);
    void updateEditorButtons();
    void showError(const CoreError &error);
    std::optional<Mirror> mirrorForValue(const QString &value) const;
    // The ad-hoc entry for a value that names a mirror no list has (an http(s) URL).
    std::optional<Mirror> adHocMirrorForValue(const QString &value) const;
    QWidget *dialogParent() const;

    ConfigService *m_service;
    QPointer<ProbeEngine> m_engine;
    QQueue<Intent> m_intents;
    QString m_loadErrorText; // the banner text of the last read error, to clear it once fixed
    bool m_editorApplyPending = false;

    MessageBanner *m_banner = nullptr;
    CurrentMirrorCard *m_card = nullptr;
    QTabWidget *m_tabs = nullptr;
    MirrorPanel *m_panel = nullptr;
    MirrorEditDialog *m_mirrorDialog = nullptr;
    QWidget *m_settingsTab = nullptr;
    SettingsEditor *m_editor = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_historyButton = nullptr;
    ConfigFileWatcher *m_watcher = nullptr;
    DiffPreviewDialog *m_preview = nullptr;
    QPointer<QMessageBox> m_riskQuestion;
    HistoryDialog *m_history = nullptr;
    HistoryDialog *m_shellHistory = nullptr;
    QLabel *m_title = nullptr;
    QString m_userFilePath; // of the last snapshot, for the title
    void updateTitle();
    std::optional<Mirror> m_recommended;
};

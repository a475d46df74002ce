#pragma once

// The first page: one card per tool with the mirror in use, warnings about anything shadowing
// it, how its mirrors are doing, and the recommended mirror with "Use recommended"; below them
// the latest changes MirrorDeck wrote, across all tools and the shared files (git config,
// .netrc, shell start-up files), newest first; all of it read on the disk pool.

#include "config/ChangeHistory.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <memory>

class ConfigService;
class EcosystemSummaryCard;
class MessageBanner;
class ProbeEngine;
class ProbeRecorder;
class QLabel;
class QThreadPool;
class QTreeWidget;

class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    OverviewPage(const QList<ConfigService *> &services, ProbeEngine *engine,
                 QWidget *parent = nullptr);

    QList<EcosystemSummaryCard *> cards() const { return m_cards; }
    QTreeWidget *recentChanges() const { return m_recent; }
    void showWarning(const QString &message);
    // The measured history the cards' sparklines read (not owned).
    void setHistory(ProbeRecorder *recorder);
    // Reads the shared files' histories again (the tools' reload with their services).
    void reloadSharedHistories();

    static constexpr int kRecentShown = 8;
    // History ids that are not tools: written by the private repositories and shadow fixes.
    static QStringList sharedHistoryIds();

Q_SIGNALS:
    void openRequested(const QString &ecosystem);
    void useRecommendedRequested(const QString &ecosystem);
    // A recent change was activated: show the history of `historyId` (a tool or a shared file).
    void historyRequested(const QString &historyId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuildRecentChanges();
    QString historyName(const QString &historyId) const;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    MessageBanner *m_banner = nullptr;
    QList<EcosystemSummaryCard *> m_cards;
    QLabel *m_recentTitle = nullptr;
    QLabel *m_recentEmpty = nullptr;
    QTreeWidget *m_recent = nullptr;
    QHash<QString, QList<HistoryEntry>> m_history; // by ecosystem
    QHash<QString, QString> m_names;               // ecosystem → display name
    std::shared_ptr<ChangeHistory> m_changeHistory;
    QThreadPool *m_diskPool = nullptr;
};

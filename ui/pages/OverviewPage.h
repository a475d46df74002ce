#pragma once

// The first page: one card per tool with the mirror in use, warnings about anything shadowing
// it, how its mirrors are doing, and the recommended mirror with "Use recommended"; below them
// the latest changes MirrorDeck wrote, across all tools.

#include "config/ChangeHistory.h"

#include <QHash>
#include <QList>
#include <QWidget>

class ConfigService;
class EcosystemSummaryCard;
class MessageBanner;
class ProbeEngine;
class QLabel;
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

Q_SIGNALS:
    void openRequested(const QString &ecosystem);
    void useRecommendedRequested(const QString &ecosystem);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuildRecentChanges();

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    MessageBanner *m_banner = nullptr;
    QList<EcosystemSummaryCard *> m_cards;
    QLabel *m_recentTitle = nullptr;
    QLabel *m_recentEmpty = nullptr;
    QTreeWidget *m_recent = nullptr;
    QHash<QString, QList<HistoryEntry>> m_history; // by ecosystem
    QHash<QString, QString> m_names;               // ecosystem → display name
};

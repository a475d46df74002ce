#pragma once

// One tool on the overview: mirror in use, shadow warnings, mirror health counts and the
// recommended mirror, with "Use recommended" and "Details".

#include "catalog/Mirror.h"

#include <QFrame>
#include <QPointer>

#include <optional>

class ConfigService;
class ProbeEngine;
class QLabel;
class QPushButton;

class EcosystemSummaryCard : public QFrame
{
    Q_OBJECT

public:
    EcosystemSummaryCard(ConfigService *service, ProbeEngine *engine, QWidget *parent = nullptr);

    QString ecosystem() const;
    QString mirrorText() const;

Q_SIGNALS:
    void openRequested(const QString &ecosystem);
    void useRecommendedRequested(const QString &ecosystem);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();

    ConfigService *m_service;
    QPointer<ProbeEngine> m_engine;
    QLabel *m_title = nullptr;
    QLabel *m_mirror = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_caption = nullptr;
    QLabel *m_stateIcon = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_health = nullptr;
    QLabel *m_recommended = nullptr;
    QPushButton *m_useRecommended = nullptr;
    QPushButton *m_open = nullptr;
};

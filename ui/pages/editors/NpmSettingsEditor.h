#pragma once

// npm's settings beyond the one-click switch: the default registry and per-scope registries
// (`@scope:registry`), added, changed and removed as rows.

#include "SettingsEditor.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

class NpmSettingsEditor : public SettingsEditor
{
    Q_OBJECT

public:
    explicit NpmSettingsEditor(QWidget *parent = nullptr);

    void load(const ConfigSnapshot &snapshot) override;
    QList<KeyEdit> pendingEdits() const override;
    void setCatalogMirrors(const QList<Mirror> &mirrors) override;

protected:
    void retranslateUi() override;

private:
    void applyHints();
    void revalidate();
    void addScopeRow(const QString &scope, const QString &url);
    QHash<QString, QString> currentScopes() const; // "@scope:registry" -> url

    QString m_registryBaseline;
    QHash<QString, QString> m_scopeBaseline;
    QLineEdit *m_registry = nullptr;
    QLabel *m_registryMessage = nullptr;
    QLabel *m_scopesLabel = nullptr;
    QTableWidget *m_scopes = nullptr;
    QLabel *m_scopesMessage = nullptr;
    QPushButton *m_addScope = nullptr;
    QPushButton *m_removeScope = nullptr;
    bool m_loading = false;
    Section m_registrySection;
    Section m_scopeSection;
    ConfigSnapshot m_snapshot; // the last read, for the hints
};

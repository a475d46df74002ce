#include "NpmSettingsEditor.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
const QRegularExpression &scopeKeyPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^(@[^:]+):registry$"));
    return pattern;
}
} // namespace

NpmSettingsEditor::NpmSettingsEditor(QWidget *parent)
    : SettingsEditor(parent)
{
    m_registrySection = addSection();
    m_registry = new QLineEdit(this);
    m_registry->setObjectName(QStringLiteral("registry"));
    m_registryMessage = createMessageLabel();
    auto *registryBox = new QVBoxLayout;
    registryBox->addWidget(m_registry);
    registryBox->addWidget(m_registryMessage);
    m_registrySection.form->addRow(QStringLiteral("registry"), registryBox);

    m_scopeSection = addSection();
    m_scopes = new QTableWidget(0, 2, this);
    m_scopes->setObjectName(QStringLiteral("scopedRegistries"));
    m_scopes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_scopes->horizontalHeader()->setStretchLastSection(true);
    m_scopes->verticalHeader()->setVisible(false);
    m_scopes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_scopes->setMinimumHeight(100);
    m_scopes->setMaximumHeight(180);
    m_scopesMessage = createMessageLabel();
    m_addScope = new QPushButton(this);
    m_removeScope = new QPushButton(this);
    auto *scopeButtons = new QHBoxLayout;
    scopeButtons->addWidget(m_addScope);
    scopeButtons->addWidget(m_removeScope);
    scopeButtons->addStretch(1);
    auto *scopesBox = new QVBoxLayout;
    scopesBox->addWidget(m_scopes);
    scopesBox->addLayout(scopeButtons);
    scopesBox->addWidget(m_scopesMessage);
    m_scopesLabel = new QLabel(this);
    m_scopeSection.form->addRow(scopesBox);
    m_scopesLabel->setVisible(false);
    finishSections();

    connect(m_registry, &QLineEdit::textChanged, this, &NpmSettingsEditor::revalidate);
    connect(m_scopes, &QTableWidget::itemChanged, this, [this]() {
        if (!m_loading)
            revalidate();
    });
    connect(m_addScope, &QPushButton::clicked, this, [this]() {
        // An empty row: nothing to validate (or complain about) until the user types a scope.
        addScopeRow(QString(), QString());
        m_scopes->item(m_scopes->rowCount() - 1, 0)->setToolTip(tr("e.g. @my-company"));
        m_scopes->item(m_scopes->rowCount() - 1, 1)
            ->setToolTip(tr("e.g. https://npm.my-company.example/"));
        m_scopes->setCurrentCell(m_scopes->rowCount() - 1, 0);
        m_scopes->editItem(m_scopes->item(m_scopes->rowCount() - 1, 0));
        revalidate();
    });
    connect(m_removeScope, &QPushButton::clicked, this, [this]() {
        if (m_scopes->currentRow() >= 0) {
            m_scopes->removeRow(m_scopes->currentRow());
            revalidate();
        }
    });
    retranslateUi();
}

void NpmSettingsEditor::addScopeRow(const QString &scope, const QString &url)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const int row = m_scopes->rowCount();
    m_scopes->insertRow(row);
    m_scopes->setItem(row, 0, new QTableWidgetItem(scope));
    m_scopes->setItem(row, 1, new QTableWidgetItem(url));
    m_loading = wasLoading;
}

void NpmSettingsEditor::load(const ConfigSnapshot &snapshot)
{
    m_loading = true;
    m_snapshot = snapshot;
    m_registryBaseline = userFileValue(snapshot, QStringLiteral("registry"));
    {
        const QSignalBlocker block(m_registry);
        m_registry->setText(m_registryBaseline);
    }
    applyHints();
    m_scopeBaseline.clear();
    m_scopes->setRowCount(0);
    for (const EffectiveSetting &setting : snapshot.settingsRead()) {
        const QRegularExpressionMatch match = scopeKeyPattern().match(setting.key);
        if (!match.hasMatch())
            continue;
        const QString value = userFileValue(snapshot, setting.key);
        if (value.isEmpty())
            continue; // set elsewhere (project .npmrc, environment): not ours to edit
        m_scopeBaseline.insert(setting.key, value);
        addScopeRow(match.captured(1), value);
    }
    m_loading = false;
    revalidate();
}

QHash<QString, QString> NpmSettingsEditor::currentScopes() const
{
    QHash<QString, QString> scopes;
    for (int row = 0; row < m_scopes->rowCount(); ++row) {
        QString scope =
            m_scopes->item(row, 0) ? m_scopes->item(row, 0)->text().trimmed() : QString();
        const QString url =
            m_scopes->item(row, 1) ? m_scopes->item(row, 1)->text().trimmed() : QString();
        if (scope.isEmpty())
            continue;
        if (!scope.startsWith(QLatin1Char('@')))
            scope.prepend(QLatin1Char('@'));
        scopes.insert(scope + QStringLiteral(":registry"), url);
    }
    return scopes;
}

QList<KeyEdit> NpmSettingsEditor::pendingEdits() const
{
    QList<KeyEdit> edits;
    addEdit(edits, QStringLiteral("registry"), m_registryBaseline, m_registry->text());
    const QHash<QString, QString> scopes = currentScopes();
    QStringList keys = scopes.keys();
    for (auto it = m_scopeBaseline.cbegin(); it != m_scopeBaseline.cend(); ++it) {
        if (!scopes.contains(it.key()))
            keys << it.key();
    }
    keys.sort();
    for (const QString &key : keys)
        addEdit(edits, key, m_scopeBaseline.value(key), scopes.value(key));
    return edits;
}

void NpmSettingsEditor::revalidate()
{
    validateInto(QStringLiteral("registry"), m_registry->text(), m_registryMessage);
    // One message for the table: the first row the core rejects.
    const QHash<QString, QString> scopes = currentScopes();
    QString badKey;
    QStringList keys = scopes.keys();
    keys.sort();
    for (const QString &key : keys) {
        if (!validateInto(key, scopes.value(key), m_scopesMessage)) {
            badKey = key;
            break;
        }
    }
    if (badKey.isEmpty())
        validateInto(QStringLiteral("registry"), QString(), m_scopesMessage);
    Q_EMIT edited();
}

void NpmSettingsEditor::applyHints()
{
    // Built from the last read: redone on a language switch, without touching edits.
    m_registry->setPlaceholderText(effectiveHint(m_snapshot, QStringLiteral("registry")));
}

void NpmSettingsEditor::retranslateUi()
{
    applyHints();
    m_registry->setAccessibleName(tr("Default registry"));
    m_registry->setToolTip(
        tr("The registry npm installs from, e.g. https://registry.npmmirror.com/"));
    m_scopesLabel->setText(tr("Scoped registries"));
    m_registrySection.box->setTitle(tr("Default registry"));
    m_registrySection.description->setText(
        tr("Where npm installs packages from, unless a scope below has its own registry."));
    m_scopeSection.box->setTitle(tr("Scoped registries"));
    m_scopeSection.description->setText(
        tr("Packages of a scope such as @my-company come from their own registry (the "
           "“@scope:registry” keys). Tokens for them stay untouched in .npmrc."));
    m_scopes->setHorizontalHeaderLabels({tr("Scope"), tr("Registry URL")});
    m_scopes->setAccessibleName(tr("Scoped registries"));
    m_scopes->setToolTip(tr("Packages of a scope (e.g. @mycompany) come from their own registry"));
    m_addScope->setText(tr("Add scope"));
    m_removeScope->setText(tr("Remove scope"));
}

void NpmSettingsEditor::setCatalogMirrors(const QList<Mirror> &mirrors)
{
    offerMirrors(m_registry, mirrors);
}

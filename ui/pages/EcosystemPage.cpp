#include "EcosystemPage.h"

#include "AppContext.h"
#include "config/SecretMask.h"
#include "config/ShellStartupEditor.h"
#include "credentials/CredentialEntry.h"
#include "dialogs/DiffPreviewDialog.h"
#include "dialogs/HistoryDialog.h"
#include "dialogs/MirrorEditDialog.h"
#include "ecosystems/EcosystemRegistry.h"
#include "ecosystems/MirrorInUse.h"
#include "pages/ConfigFileWatcher.h"
#include "pages/CurrentMirrorCard.h"
#include "pages/ErrorAdvice.h"
#include "pages/FileLineOpener.h"
#include "pages/MessageBanner.h"
#include "pages/editors/SettingsEditor.h"
#include "pages/editors/SettingsEditorRegistry.h"
#include "probe/ProbeEngine.h"
#include "widgets/MeasureFormat.h"
#include "widgets/MirrorPanel.h"
#include "widgets/MirrorTableModel.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {
constexpr int kOwnWriteQuietMs = 1500;
}

EcosystemPage::EcosystemPage(ConfigService *service, ProbeEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_engine(engine)
{
    setObjectName(service->ecosystem());
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // elided, never wider
    m_banner = new MessageBanner(this);
    m_card = new CurrentMirrorCard(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);

    m_panel = new MirrorPanel(m_tabs);
    m_panel->setEcosystem(service->ecosystem());
    m_tabs->addTab(m_panel, QString());

    m_settingsTab = new QWidget(m_tabs);
    auto *settingsLayout = new QVBoxLayout(m_settingsTab);
    m_editor = SettingsEditorRegistry::create(*service, m_settingsTab);
    if (m_editor) {
        m_editor->setValidator([service](const QString &key, const QString &value) {
            return service->validate(key, value);
        });
        auto *scroll = new QScrollArea(m_settingsTab);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        // Tab goes to the fields; the area scrolls to the focused one by itself.
        scroll->setFocusPolicy(Qt::NoFocus);
        scroll->setWidget(m_editor);
        settingsLayout->addWidget(scroll, 1);
    }
    auto *buttons = new QHBoxLayout;
    m_historyButton = new QPushButton(m_settingsTab);
    m_revert = new QPushButton(m_settingsTab);
    m_apply = new QPushButton(m_settingsTab);
    m_apply->setObjectName(QStringLiteral("applySettings"));
    m_apply->setDefault(true);
    buttons->addWidget(m_historyButton);
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    settingsLayout->addLayout(buttons);
    m_tabs->addTab(m_settingsTab, QString());

    layout->addWidget(m_title);
    layout->addWidget(m_banner);
    layout->addWidget(m_card);
    layout->addWidget(m_tabs, 1);

    m_watcher = new ConfigFileWatcher(this);

    connect(m_service, &ConfigService::loaded, this, &EcosystemPage::onLoaded);
    connect(m_service, &ConfigService::planned, this, &EcosystemPage::onPlanned);
    connect(m_service, &ConfigService::applied, this, &EcosystemPage::onApplied);
    connect(m_service, &ConfigService::applyFailed, this, &EcosystemPage::onApplyFailed);
    connect(m_service, &ConfigService::notice, this, [this](const QString &message) {
        m_banner->showMessage(MessageBanner::Kind::Warning, message);
    });
    connect(m_watcher, &ConfigFileWatcher::filesChanged, this, &EcosystemPage::onFilesChanged);
    connect(m_card, &CurrentMirrorCard::useRecommendedClicked, this,
            &EcosystemPage::useRecommended);
    connect(m_panel, &MirrorPanel::useMirrorRequested, this, &EcosystemPage::useMirror);
    connect(m_panel, &MirrorPanel::addMirrorRequested, this, &EcosystemPage::addMirror);
    // A value that names no known mirror: one click makes it one of the user's mirrors.
    connect(m_card, &CurrentMirrorCard::addToMyMirrorsClicked, this, [this]() {
        const std::optional<EffectiveSetting> setting =
            m_service->hasSnapshot() ? m_service->snapshot().find(m_service->mirrorKey())
                                     : std::nullopt;
        if (!setting)
            return;
        Mirror mirror;
        mirror.ecosystem = ecosystem();
        mirror.userDefined = true;
        mirror.url = MirrorInUse::urlIn(ecosystem(), setting->value);
        mirror.name = QUrl(mirror.url).host();
        editMirror(mirror);
    });
    connect(m_card, &CurrentMirrorCard::openShadowFileRequested, this,
            &EcosystemPage::openShadowFile);
    connect(m_card, &CurrentMirrorCard::copyShadowCommandRequested, this,
            &EcosystemPage::copyShadowCommand);
    connect(m_card, &CurrentMirrorCard::commentOutShadowRequested, this,
            &EcosystemPage::commentOutShadow);
    connect(m_panel, &MirrorPanel::editRequested, this, &EcosystemPage::editMirror);
    connect(m_panel, &MirrorPanel::removeRequested, this, &EcosystemPage::removeMirror);
    connect(m_panel, &MirrorPanel::recommendedChanged, this, &EcosystemPage::updateRecommendation);
    // The header says how the mirror in use is doing, as soon as its row changes.
    connect(m_panel->model(), &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int row = m_panel->model()->rowOf(m_panel->model()->inUse());
                if (row >= topLeft.row() && row <= bottomRight.row())
                    updateInUseHealth();
            });
    connect(m_apply, &QPushButton::clicked, this, &EcosystemPage::applyEditor);
    connect(m_revert, &QPushButton::clicked, this, &EcosystemPage::revertEditor);
    connect(m_historyButton, &QPushButton::clicked, this, &EcosystemPage::showHistory);
    if (m_editor)
        connect(m_editor, &SettingsEditor::edited, this, &EcosystemPage::updateEditorButtons);
    if (m_engine) {
        connect(m_engine, &ProbeEngine::recommendationChanged, this,
                [this](const QString &ecosystem, const QString &) {
                    if (ecosystem == this->ecosystem())
                        updateRecommendation();
                });
        connect(m_engine, &ProbeEngine::roundFinished, this, [this](const QString &ecosystem) {
            if (ecosystem == this->ecosystem())
                updateRecommendation();
        });
    }

    setTabOrder(m_card->useRecommendedButton(), m_tabs);
    retranslateUi();
    updateEditorButtons();
    updateRecommendation();
    if (m_service->hasSnapshot())
        onLoaded(m_service->snapshot());
}

EcosystemPage::~EcosystemPage() = default;

QString EcosystemPage::ecosystem() const
{
    return m_service->ecosystem();
}

void EcosystemPage::addMirror()
{
    Mirror mirror;
    mirror.ecosystem = ecosystem();
    mirror.userDefined = true;
    editMirror(mirror);
}

void EcosystemPage::editMirror(const Mirror &mirror)
{
    if (!m_mirrorDialog) {
        m_mirrorDialog = new MirrorEditDialog(m_engine, this);
        m_mirrorDialog->setWindowModality(Qt::WindowModal);
        connect(m_mirrorDialog, &MirrorEditDialog::mirrorAccepted, this,
                &EcosystemPage::userMirrorSaveRequested);
    }
    m_mirrorDialog->setMirror(mirror, *m_service->context().catalog);
    m_mirrorDialog->open();
}

void EcosystemPage::removeMirror(const Mirror &mirror)
{
    if (!mirror.userDefined)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove mirror"),
                                tr("Remove your mirror “%1” (%2)? The tool's settings are not "
                                   "changed.")
                                    .arg(mirror.displayName(currentUiLanguage()), mirror.url),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::accepted, this,
            [this, mirror]() { Q_EMIT userMirrorRemoveRequested(mirror); });
    box->open();
}

void EcosystemPage::refresh()
{
    m_service->reload();
}

QWidget *EcosystemPage::dialogParent() const
{
    if (m_history && m_history->isVisible())
        return m_history;
    if (m_shellHistory && m_shellHistory->isVisible())
        return m_shellHistory;
    return const_cast<EcosystemPage *>(this);
}

QString EcosystemPage::riskOf(const Mirror &mirror) const
{
    const MirrorTableModel *model = m_panel->model();
    const int row = model->rowOf(mirror.id);
    if (row < 0)
        return {};
    const QModelIndex first = model->index(row, 0);
    const QString name = mirror.displayName(currentUiLanguage());
    if (HealthState(model->data(first, MirrorTableModel::HealthStateRole).toInt()) ==
        HealthState::Down)
        return tr("%1 is down: its last checks failed, so %2 would fail to download or fall "
                  "back to the next entry.")
            .arg(name, m_service->displayName());
    const QVariant fresh = model->data(first, MirrorTableModel::FreshRole);
    if (fresh.isValid() && !fresh.toBool())
        return tr("%1 is stale: it lacks versions the official upstream already has, so new "
                  "releases would not install from it.")
            .arg(name);
    const QVariant availability = model->data(
        model->index(row, MirrorTableModel::AvailabilityColumn), MirrorTableModel::SortRole);
    if (availability.toDouble() == 0.0)
        return tr("%1 answered none of the recent checks (0 % available).").arg(name);
    return {};
}

void EcosystemPage::useMirror(const Mirror &mirror)
{
    // A mirror that is known to be down, stale or unreachable is chosen only after saying so.
    if (const QString risk = riskOf(mirror); !risk.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Use this mirror?"),
                                    risk + QStringLiteral("\n\n") + tr("Use it anyway?"),
                                    QMessageBox::Yes | QMessageBox::Cancel, this);
        box->setObjectName(QStringLiteral("riskyMirrorQuestion"));
        box->setDefaultButton(QMessageBox::Cancel);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::accepted, this, [this, mirror]() { planUse(mirror); });
        m_riskQuestion = box;
        box->open();
        return;
    }
    planUse(mirror);
}

void EcosystemPage::planUse(const Mirror &mirror)
{
    m_intents.enqueue(
        {tr("Use %1 for %2").arg(mirror.displayName(currentUiLanguage()), m_service->displayName()),
         false});
    m_service->planUseMirror(mirror);
    Q_EMIT statusMessage(tr("Preparing the change…"));
}

void EcosystemPage::useRecommended()
{
    if (m_recommended)
        useMirror(*m_recommended);
}

void EcosystemPage::applyEditor()
{
    if (!m_editor || m_editor->hasErrors())
        return;
    const QList<KeyEdit> edits = m_editor->pendingEdits();
    if (edits.isEmpty())
        return;
    QStringList keys;
    for (const KeyEdit &edit : edits)
        keys << edit.key;
    m_intents.enqueue(
        {tr("Change %1 for %2").arg(keys.join(QLatin1String(", ")), m_service->displayName()),
         true});
    m_service->planEdits(edits);
}

void EcosystemPage::revertEditor()
{
    m_banner->dismiss();
    if (m_editor && m_service->hasSnapshot())
        m_editor->load(m_service->snapshot());
    updateEditorButtons();
}

void EcosystemPage::showHistory()
{
    if (!m_history) {
        m_history = new HistoryDialog(this);
        m_history->setWindowModality(Qt::WindowModal);
        connect(m_history, &HistoryDialog::restoreRequested, this, &EcosystemPage::restore);
        connect(m_service, &ConfigService::historyLoaded, m_history,
                [this](const Expected<QList<HistoryEntry>> &entries) {
                    m_history->setEntries(entries ? *entries : QList<HistoryEntry>());
                    if (!entries)
                        m_history->setError(entries.error().message);
                });
    }
    m_history->setToolName(m_service->displayName());
    m_service->loadHistory();
    m_history->open();
}

void EcosystemPage::showShellHistory()
{
    if (!m_shellHistory) {
        m_shellHistory = new HistoryDialog(this, HistoryDialog::Subject::ShellStartupLines);
        m_shellHistory->setWindowModality(Qt::WindowModal);
        connect(m_shellHistory, &HistoryDialog::restoreRequested, this,
                &EcosystemPage::restoreShellEntry);
        connect(m_service, &ConfigService::shellHistoryLoaded, m_shellHistory,
                [this](const Expected<QList<HistoryEntry>> &entries) {
                    m_shellHistory->setEntries(entries ? *entries : QList<HistoryEntry>());
                    if (!entries)
                        m_shellHistory->setError(entries.error().message);
                });
    }
    m_shellHistory->setToolName(tr("Shell start-up files"));
    m_service->loadShellHistory();
    m_shellHistory->open();
}

void EcosystemPage::restoreShellEntry(const HistoryEntry &entry)
{
    m_intents.enqueue({tr("Put back the lines change #%1 commented out in %2 — %3")
                           .arg(entry.id, QDir::toNativeSeparators(entry.filePath), entry.summary),
                       false});
    m_service->planShellRestore(entry);
    Q_EMIT statusMessage(tr("Preparing the change…"));
}

void EcosystemPage::restore(const HistoryEntry &entry)
{
    if (entry.group.startsWith(CredentialEntry::historyGroupPrefix())) {
        // A private repository's files are undone by removing it, not file by file.
        if (m_history)
            m_history->close();
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("Change #%1 is part of a private repository's setup. Undo it "
                                 "as a whole: remove that repository on the Private "
                                 "repositories page.")
                                  .arg(entry.id));
        return;
    }
    if (!entry.group.isEmpty()) {
        // One file of a group alone would leave the others as the group wrote them.
        if (m_history)
            m_history->close();
        Q_EMIT groupRestoreRequested(entry);
        return;
    }
    m_intents.enqueue({tr("Put %1 back to how it was before change #%2 — %3")
                           .arg(QDir::toNativeSeparators(entry.filePath), entry.id, entry.summary),
                       false});
    m_service->planRestore(entry);
}

void EcosystemPage::openShadowFile(const Shadow &shadow)
{
    const QString shown = QDir::toNativeSeparators(shadow.filePath);
    if (FileLineOpener::open(shadow.filePath, shadow.line))
        Q_EMIT statusMessage(tr("Opening %1 at line %2…").arg(shown).arg(shadow.line));
    else
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("No program could open %1. Open it in a text editor and go to "
                                 "line %2.")
                                  .arg(shown)
                                  .arg(shadow.line));
}

void EcosystemPage::copyShadowCommand(const Shadow &shadow)
{
    // A process-environment shadow came from the terminal MirrorDeck was started from: the same
    // command fixes it there.
    const QString command = ShellStartupEditor::unsetCommand(shadow);
    QGuiApplication::clipboard()->setText(command);
    Q_EMIT statusMessage(tr("Copied “%1”: paste it into a terminal to drop %2 there.")
                             .arg(command, shadow.variable));
}

void EcosystemPage::commentOutShadow(const Shadow &shadow)
{
    m_intents.enqueue({tr("Comment out line %1 of %2, which exports %3 in terminals")
                           .arg(QString::number(shadow.line),
                                QDir::toNativeSeparators(shadow.filePath), shadow.variable),
                       false});
    m_service->planCommentOut(shadow);
    Q_EMIT statusMessage(tr("Preparing the change…"));
}

void EcosystemPage::onLoaded(const ConfigSnapshot &snapshot)
{
    m_watcher->setFiles(snapshot.watchedFiles);
    m_userFilePath = snapshot.userFilePath;
    updateTitle();
    if (!snapshot.settings) {
        m_card->setLoadError(snapshot.settings.error().toString());
        showError(snapshot.settings.error());
        m_loadErrorText = m_banner->text();
    } else {
        // The file reads again (fixed outside): its old error must not linger.
        if (!m_loadErrorText.isEmpty() && m_banner->isVisible() &&
            m_banner->text() == m_loadErrorText)
            m_banner->dismiss();
        m_loadErrorText.clear();
        const std::optional<EffectiveSetting> setting = snapshot.find(m_service->mirrorKey());
        if (setting) {
            const std::optional<Mirror> inUse = mirrorForValue(setting->value);
            m_card->setCurrent(*setting, inUse);
            const std::optional<Mirror> adHoc =
                inUse || setting->isDefault ? std::nullopt : adHocMirrorForValue(setting->value);
            // The owner adds (or drops) the ad-hoc row before it is marked as the one in use.
            Q_EMIT adHocMirrorChanged(ecosystem(), adHoc);
            m_panel->model()->setInUse(inUse ? inUse->id : (adHoc ? adHoc->id : QString()));
            updateInUseHealth();
        }
    }
    // A fresh read replaces the fields unless the user is in the middle of an edit (then the
    // external-change prompt, not this, decides).
    if (m_editor && (!m_editor->isModified() || m_editorApplyPending)) {
        m_editor->load(snapshot);
        m_editorApplyPending = false;
    }
    updateEditorButtons();
    updateRecommendation();
}

void EcosystemPage::onPlanned(const PlannedChange &plan)
{
    const Intent intent = m_intents.isEmpty() ? Intent{} : m_intents.dequeue();
    if (!plan.change) {
        showError(plan.change.error());
        Q_EMIT statusMessage(QString());
        return;
    }
    if (plan.change->isNoOp()) {
        m_banner->showMessage(MessageBanner::Kind::Information,
                              tr("Nothing to change: the file already says so."));
        Q_EMIT statusMessage(QString());
        return;
    }
    if (m_preview && m_preview->isVisible()) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("Finish the change under review first, then try again."));
        return;
    }
    if (!m_preview) {
        m_preview = new DiffPreviewDialog(this);
        m_preview->setWindowModality(Qt::WindowModal);
        connect(m_preview, &QDialog::accepted, this, [this]() {
            Q_EMIT statusMessage(tr("Writing…"));
            m_service->apply(m_preview->change());
        });
        connect(m_preview, &DiffPreviewDialog::alternativeChosen, this, [this]() {
            if (!m_pendingRestore)
                return;
            m_intents.enqueue({tr("Put the whole of %1 back to how it was before change #%2; "
                                  "later edits are dropped")
                                   .arg(QDir::toNativeSeparators(m_pendingRestore->filePath),
                                        m_pendingRestore->id),
                               false});
            m_service->planRestore(*m_pendingRestore, true);
        });
        connect(m_preview, &QDialog::rejected, this, [this]() {
            m_editorApplyPending = false;
            Q_EMIT statusMessage(tr("Nothing was written."));
        });
    }
    m_preview->setParent(dialogParent(), m_preview->windowFlags());
    m_editorApplyPending = intent.fromEditor;
    m_preview->setChange(intent.intro, *plan.change, plan.diff);
    m_pendingRestore = plan.restoredEntry;
    m_preview->setAcceptText(plan.restoredEntry ? tr("&Restore") : QString());
    // The file changed since the entry: the plan keeps later edits; the whole file is a choice.
    // (A start-up file's restore only uncomments lines, never key by key: it offers no choice.)
    m_preview->setAlternative(plan.change->restoreKeepsLaterEdits ? tr("Restore the &whole file")
                                                                  : QString());
    // Writing the file does not beat what shadows it: say so before the user applies.
    QStringList warnings;
    // A start-up file's change removes a shadow; the others still apply, so the warnings stay
    // for the tool's own files only.
    const bool shellChange = plan.change->ecosystem == ShellStartupEditor::historyName();
    for (const KeyChange &keyChange : shellChange ? QList<KeyChange>() : plan.change->keyChanges) {
        if (const auto setting = m_service->snapshot().find(keyChange.key)) {
            for (const ::Shadow &shadow : setting->shadows)
                warnings << SecretMask::maskText(shadow.describe());
        }
    }
    warnings.removeDuplicates();
    m_preview->setWarnings(warnings);
    Q_EMIT statusMessage(QString());
    m_preview->open();
}

void EcosystemPage::onApplied(const QString &historyId, const ConfigChange &change)
{
    m_watcher->suppressFor(kOwnWriteQuietMs);
    m_banner->dismiss();
    // Whole sentences per case: languages differ in how sentences join (no space in Chinese).
    const QString shownPath = QDir::toNativeSeparators(change.filePath);
    const QString message =
        historyId.isEmpty()
            ? tr("Saved %1.").arg(shownPath)
            : tr("Saved %1. History entry #%2 can undo it.").arg(shownPath, historyId);
    Q_EMIT statusMessage(message);
    Q_EMIT changeApplied(ecosystem());
    m_service->reload();
    if (m_history && m_history->isVisible())
        m_service->loadHistory();
    if (m_shellHistory && m_shellHistory->isVisible())
        m_service->loadShellHistory();
}

void EcosystemPage::onApplyFailed(const CoreError &error)
{
    m_editorApplyPending = false;
    showError(error);
    if (error.kind == CoreError::Kind::Conflict) {
        m_banner->addAction(tr("Reload"), [this]() { m_service->reload(); });
    }
    Q_EMIT statusMessage(QString());
}

void EcosystemPage::onFilesChanged()
{
    if (m_editor && m_editor->isModified()) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("Another program changed the %1 settings while you were editing "
                                 "them. Reload to see the new values (your edits are dropped), or "
                                 "keep editing (Apply will then refuse and ask you to reload).")
                                  .arg(m_service->displayName()));
        m_banner->addAction(tr("Reload"), [this]() {
            m_editorApplyPending = true; // the fresh read replaces the edits
            m_service->reload();
        });
        m_banner->addAction(tr("Keep my edits"), []() {});
        // The card shows what is in effect now, whatever the user decides about the edits.
        m_service->reload();
        return;
    }
    Q_EMIT statusMessage(
        tr("%1 settings changed on disk; reloaded.").arg(m_service->displayName()));
    m_service->reload();
}

void EcosystemPage::showError(const CoreError &error)
{
    m_banner->showMessage(MessageBanner::Kind::Error, ErrorAdvice::describe(error));
    // A file the tool cannot read is fixed in an editor: open its folder, then read it again.
    if (error.kind == CoreError::Kind::BadFile || error.kind == CoreError::Kind::Io) {
        const QString folder = QFileInfo(error.filePath).absolutePath(); // no disk access
        if (!error.filePath.isEmpty())
            m_banner->addAction(tr("Open folder"), [folder]() {
                QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
            });
    }
    if (error.kind == CoreError::Kind::BadFile)
        m_banner->addAction(tr("Read again"), [this]() { m_service->reload(); });
}

std::optional<Mirror> EcosystemPage::mirrorForValue(const QString &value) const
{
    const MirrorCatalog &catalog = *m_service->context().catalog;
    if (auto mirror = catalog.findByUrl(ecosystem(), value))
        return mirror;
    // The tool's descriptor knows where its value names the mirror (GOPROXY: the first entry).
    const Ecosystem *descriptor = EcosystemRegistry::find(ecosystem());
    const QString url = descriptor ? descriptor->mirrorUrlIn(value) : value;
    if (url != value)
        return catalog.findByUrl(ecosystem(), url);
    return std::nullopt;
}

std::optional<Mirror> EcosystemPage::adHocMirrorForValue(const QString &value) const
{
    const Ecosystem *descriptor = EcosystemRegistry::find(ecosystem());
    const QString url = (descriptor ? descriptor->mirrorUrlIn(value) : value).trimmed();
    // What the probe would fetch: the protocol knows its URL forms (a scheme prefix, a list).
    const MirrorProtocol *protocol =
        descriptor ? EcosystemRegistry::findProtocol(descriptor->protocol) : nullptr;
    const QUrl parsed = protocol ? protocol->createProbe()->baseUrl(url) : QUrl(url);
    if (!parsed.isValid() || parsed.host().isEmpty() ||
        (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http")))
        return std::nullopt;
    Mirror mirror;
    mirror.id = QStringLiteral("in-use-") + ecosystem();
    mirror.ecosystem = ecosystem();
    mirror.protocol = descriptor ? descriptor->protocol : QString();
    mirror.url = url;
    mirror.name = parsed.host();
    mirror.nameZh = parsed.host();
    mirror.adHoc = true;
    return mirror;
}

void EcosystemPage::updateInUseHealth()
{
    const MirrorTableModel *model = m_panel->model();
    const int row = model->rowOf(model->inUse());
    if (row < 0) {
        m_card->setHealth(QString(), false);
        return;
    }
    const auto cell = [model, row](int column) {
        return model->data(model->index(row, column)).toString();
    };
    const auto state =
        HealthState(model->data(model->index(row, 0), MirrorTableModel::HealthStateRole).toInt());
    if (state == HealthState::Unknown) {
        m_card->setHealth(tr("Not measured yet"), false);
        return;
    }
    const QVariant fresh = model->data(model->index(row, 0), MirrorTableModel::FreshRole);
    QString summary =
        tr("%1 · %2 · %3 available · %4")
            .arg(cell(MirrorTableModel::StateColumn), cell(MirrorTableModel::P50Column),
                 cell(MirrorTableModel::AvailabilityColumn),
                 cell(MirrorTableModel::FreshnessColumn));
    bool problem = false;
    if (state == HealthState::Down) {
        problem = true;
        summary += QLatin1Char('\n') + tr("The mirror in use is down: the tool's downloads fail "
                                          "or fall back. “Use recommended” fixes it.");
    } else if (fresh.isValid() && !fresh.toBool()) {
        problem = true;
        summary += QLatin1Char('\n') + tr("The mirror in use is stale: it lacks recent "
                                          "versions. “Use recommended” fixes it.");
    }
    m_card->setHealth(summary, problem);
}

void EcosystemPage::updateRecommendation()
{
    m_recommended.reset();
    QString detail;
    if (m_engine) {
        const QString id = m_engine->recommended(ecosystem());
        if (!id.isEmpty())
            m_recommended = m_service->context().catalog->find(id);
        if (m_recommended) {
            const ProbeResult result = m_engine->lastResult(id);
            detail = tr("score %1").arg(qRound(result.score));
            // The numbers the table shows for it, so the two never disagree.
            const MirrorTableModel *model = m_panel->model();
            if (const int row = model->rowOf(id); row >= 0) {
                for (const int column :
                     {int(MirrorTableModel::P50Column), int(MirrorTableModel::ThroughputColumn),
                      int(MirrorTableModel::AvailabilityColumn)}) {
                    const QString text = model->data(model->index(row, column)).toString();
                    if (text != MeasureFormat::missing())
                        detail += QStringLiteral(" · ") + text;
                }
            } else if (result.latencyMs) {
                detail += QStringLiteral(" · ") + MeasureFormat::latency(result.latencyMs);
            }
        }
    }
    m_card->setRecommended(m_recommended, detail);
}

void EcosystemPage::updateEditorButtons()
{
    const bool modified = m_editor && m_editor->isModified();
    const bool errors = m_editor && m_editor->hasErrors();
    m_apply->setEnabled(modified && !errors);
    m_revert->setEnabled(modified);
    m_tabs->setTabText(1, modified ? tr("Settings •") : tr("Settings"));
}

void EcosystemPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void EcosystemPage::retranslateUi()
{
    m_tabs->setTabText(0, tr("Mirrors"));
    m_tabs->setTabText(1, m_editor && m_editor->isModified() ? tr("Settings •") : tr("Settings"));
    m_apply->setText(tr("&Apply…"));
    m_apply->setToolTip(tr("Shows the change to the file first; nothing is written until you "
                           "confirm"));
    m_revert->setText(tr("Re&vert"));
    m_historyButton->setText(tr("&History…"));
    m_historyButton->setToolTip(tr("Past changes to this file, any of which can be restored"));
    setAccessibleName(tr("%1 page").arg(m_service->displayName()));
    updateTitle();
    m_card->setRelationNotes(relationNotes(ecosystem()));
    updateRecommendation();
}

void EcosystemPage::updateTitle()
{
    QString file = QDir::cleanPath(m_userFilePath);
    const QString home = QDir::cleanPath(m_service->context().environment.homeDir());
    if (!home.isEmpty() && home != QLatin1String(".") &&
        (file == home || file.startsWith(home + QLatin1Char('/'))))
        file = QStringLiteral("~") + file.mid(home.size());
    const QString name = m_service->displayName();
    const QString full =
        m_userFilePath.isEmpty() ? name : tr("%1 — %2").arg(name, QDir::toNativeSeparators(file));
    m_title->setAccessibleName(full);
    m_title->setToolTip(
        m_userFilePath.isEmpty()
            ? QString()
            : tr("%1 reads %2").arg(name, QDir::toNativeSeparators(m_userFilePath)));
    m_title->setText(
        m_title->fontMetrics().elidedText(full, Qt::ElideMiddle, qMax(80, m_title->width())));
}

void EcosystemPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateTitle();
}

QStringList EcosystemPage::relationNotes(const QString &ecosystem)
{
    // This tool's own note first, then what every tool reading (or ignoring) its setting says.
    QStringList notes;
    if (const Ecosystem *own = EcosystemRegistry::find(ecosystem); own && own->relationNote) {
        const QString note = own->relationNote();
        if (!note.isEmpty())
            notes << note;
    }
    const QStringList ids = EcosystemRegistry::ids();
    for (const QString &id : ids) {
        const Ecosystem *other = EcosystemRegistry::find(id);
        if (!other || id == ecosystem || other->relatedTo != ecosystem || !other->relatedToNote)
            continue;
        const QString note = other->relatedToNote();
        if (!note.isEmpty())
            notes << note;
    }
    return notes;
}

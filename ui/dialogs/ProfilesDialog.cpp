#include "dialogs/ProfilesDialog.h"

#include "config/SecretMask.h"
#include "config/UnifiedDiff.h"
#include "dialogs/DiffPreviewDialog.h"
#include "profiles/ProfileApplier.h"
#include "profiles/ProfileStore.h"

#include <QDir>
#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QThreadPool>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

ProfilesDialog::ProfilesDialog(AppContext context, QString profilesPath, QWidget *parent)
    : QDialog(parent)
    , m_context(std::move(context))
    , m_profilesPath(std::move(profilesPath))
{
    setObjectName(QStringLiteral("profilesDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("profileStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(this);
    m_apply = new QPushButton(this);
    m_delete = new QPushButton(this);
    m_close = new QPushButton(this);
    m_apply->setDefault(true);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_apply);
    buttons->addWidget(m_close);

    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &ProfilesDialog::askName);
    connect(m_apply, &QPushButton::clicked, this, [this]() { applyProfile(selectedName()); });
    connect(m_delete, &QPushButton::clicked, this, [this]() {
        const QString name = selectedName();
        if (name.isEmpty())
            return;
        auto *box = new QMessageBox(QMessageBox::Question, tr("Delete profile"),
                                    tr("Delete the profile “%1”? Your tools' settings stay as "
                                       "they are.")
                                        .arg(name),
                                    QMessageBox::Yes | QMessageBox::Cancel, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::accepted, this, [this, name]() { deleteProfile(name); });
        box->open();
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &ProfilesDialog::updateButtons);
    connect(m_list, &QListWidget::itemDoubleClicked, this,
            [this]() { applyProfile(selectedName()); });

    resize(560, 380);
    retranslateUi();
    updateButtons();
    reload();
}

template <typename T, typename Work, typename Done> void ProfilesDialog::run(Work work, Done done)
{
    // The watcher is our child: a closed dialog drops the callback.
    auto *watcher = new QFutureWatcher<T>(this);
    connect(watcher, &QFutureWatcher<T>::finished, this, [watcher, done]() {
        done(watcher->result());
        watcher->deleteLater();
    });
    QThreadPool *pool = m_context.diskPool ? m_context.diskPool : QThreadPool::globalInstance();
    watcher->setFuture(QtConcurrent::run(pool, std::move(work)));
}

QStringList ProfilesDialog::profileNames() const
{
    QStringList names;
    for (int i = 0; i < m_list->count(); ++i)
        names << m_list->item(i)->data(Qt::UserRole).toString();
    return names;
}

QString ProfilesDialog::statusText() const
{
    return m_status->text();
}

QString ProfilesDialog::selectedName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && item->isSelected() ? item->data(Qt::UserRole).toString() : QString();
}

void ProfilesDialog::setStatus(const QString &text)
{
    m_status->setText(text);
}

void ProfilesDialog::updateButtons()
{
    const bool selected = !selectedName().isEmpty();
    m_apply->setEnabled(selected);
    m_delete->setEnabled(selected);
}

void ProfilesDialog::reload()
{
    const QString path = m_profilesPath;
    run<Expected<QList<Profile>>>(
        [path]() { return ProfileStore(path).profiles(); },
        [this](const Expected<QList<Profile>> &profiles) {
            const QString keep = selectedName();
            m_list->clear();
            if (!profiles) {
                setStatus(profiles.error().toString());
                Q_EMIT failed(profiles.error().toString());
                return;
            }
            for (const Profile &p : *profiles) {
                auto *item = new QListWidgetItem(
                    tr("%1 — %2; %n setting(s)", nullptr, int(p.settings.size()))
                        .arg(p.name, p.ecosystems().join(QStringLiteral(", "))),
                    m_list);
                item->setData(Qt::UserRole, p.name);
                if (p.name == keep)
                    m_list->setCurrentItem(item);
            }
            if (profiles->isEmpty())
                setStatus(tr("No profiles yet. “Save current settings "
                             "as…” keeps what your tools use now."));
            updateButtons();
            Q_EMIT listChanged();
        });
}

void ProfilesDialog::askName()
{
    auto *input = new QInputDialog(this);
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setWindowTitle(tr("Save profile"));
    input->setLabelText(tr("Name of the profile (e.g. Home, Office, CI):"));
    input->setTextValue(selectedName());
    connect(input, &QInputDialog::textValueSelected, this,
            [this](const QString &name) { saveCurrentAs(name.trimmed()); });
    input->open();
}

void ProfilesDialog::saveCurrentAs(const QString &name)
{
    if (const Expected<void> valid = ProfileStore::validateName(name); !valid) {
        setStatus(valid.error().message);
        Q_EMIT failed(valid.error().message);
        return;
    }
    const ToolEnvironment environment = m_context.environment;
    const QString path = m_profilesPath;
    run<Expected<Profile>>(
        [environment, path, name]() -> Expected<Profile> {
            MIRRORDECK_TRY_ASSIGN(profile, ProfileApplier(environment).capture(name));
            MIRRORDECK_TRY(ProfileStore(path).save(profile));
            return profile;
        },
        [this, name](const Expected<Profile> &profile) {
            if (!profile) {
                setStatus(profile.error().toString());
                Q_EMIT failed(profile.error().toString());
                return;
            }
            setStatus(tr("Saved “%1”: %n setting(s) of %2.", nullptr, int(profile->settings.size()))
                          .arg(name, profile->ecosystems().join(QStringLiteral(", "))));
            reload();
        });
}

void ProfilesDialog::deleteProfile(const QString &name)
{
    const QString path = m_profilesPath;
    run<Expected<void>>([path, name]() { return ProfileStore(path).remove(name); },
                        [this, name](const Expected<void> &removed) {
                            setStatus(removed ? tr("Deleted “%1”.").arg(name)
                                              : removed.error().toString());
                            reload();
                        });
}

void ProfilesDialog::applyProfile(const QString &name)
{
    if (name.isEmpty())
        return;
    const ToolEnvironment environment = m_context.environment;
    const QString path = m_profilesPath;
    setStatus(tr("Planning “%1”…").arg(name));
    run<Expected<QList<ConfigChange>>>(
        [environment, path, name]() -> Expected<QList<ConfigChange>> {
            MIRRORDECK_TRY_ASSIGN(profile, ProfileStore(path).find(name));
            return ProfileApplier(environment).plan(profile);
        },
        [this, name](const Expected<QList<ConfigChange>> &changes) {
            if (!changes) {
                setStatus(changes.error().toString());
                Q_EMIT failed(changes.error().toString());
                return;
            }
            if (changes->isEmpty()) {
                setStatus(tr("Your tools already use “%1”; nothing to change.").arg(name));
                return;
            }
            showPreview(name, *changes);
        });
}

void ProfilesDialog::restoreGroup(const HistoryEntry &entry)
{
    const ToolEnvironment environment = m_context.environment;
    const std::shared_ptr<ChangeHistory> history = m_context.history;
    const QString label = entry.summary.section(QLatin1Char(':'), 0, 0);
    setStatus(tr("Planning the restore of “%1”…").arg(label));
    run<Expected<QList<ConfigChange>>>(
        [environment, history, entry]() -> Expected<QList<ConfigChange>> {
            if (!history)
                return makeError(CoreError::Kind::Io,
                                 ProfilesDialog::tr("No history is kept; nothing was written."));
            return ProfileApplier(environment).restoreGroupPlan(entry, *history);
        },
        [this, label](const Expected<QList<ConfigChange>> &changes) {
            if (!changes) {
                setStatus(changes.error().toString());
                Q_EMIT failed(changes.error().toString());
                return;
            }
            if (changes->isEmpty()) {
                setStatus(tr("Every file already holds these values; nothing to restore."));
                return;
            }
            showChangesPreview(
                tr("Restore"),
                tr("“%1” changed %n file(s) as one change: all of them are put back, recorded "
                   "as one new change.",
                   nullptr, int(changes->size()))
                    .arg(label),
                label, *changes);
        });
}

void ProfilesDialog::showPreview(const QString &name, const QList<ConfigChange> &changes)
{
    showChangesPreview(tr("Apply profile"),
                       tr("Apply the profile “%1”: %n file(s) change, recorded as one change "
                          "(restoring it undoes every file).",
                          nullptr, int(changes.size()))
                           .arg(name),
                       name, changes);
}

void ProfilesDialog::showChangesPreview(const QString &title, const QString &intro,
                                        const QString &name, const QList<ConfigChange> &changes)
{
    // One preview for all files: the diff of each, one after the other, and every note.
    ConfigChange combined;
    QStringList files;
    QString diff;
    for (const ConfigChange &change : changes) {
        const QString shown = QDir::toNativeSeparators(change.filePath);
        files << shown;
        combined.notes += change.notes;
        for (KeyChange key : change.keyChanges) {
            key.oldValue = SecretMask::maskText(key.oldValue);
            key.newValue = SecretMask::maskText(key.newValue);
            combined.keyChanges.append(key);
        }
        diff += UnifiedDiff::compute(
            change.existedBefore ? SecretMask::mask(change.before) : QByteArray(),
            change.existsAfter ? SecretMask::mask(change.after) : QByteArray(), shown, shown);
    }
    combined.filePath = files.join(QStringLiteral(", "));
    combined.existedBefore = true;

    auto *dialog = new DiffPreviewDialog(this);
    dialog->setObjectName(QStringLiteral("profilePreview"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setChange(intro, combined, diff);
    connect(dialog, &QDialog::accepted, this,
            [this, name, changes]() { writeChanges(name, changes); });
    m_preview = dialog;
    dialog->open();
}

void ProfilesDialog::writeChanges(const QString &name, const QList<ConfigChange> &changes)
{
    const ToolEnvironment environment = m_context.environment;
    const std::shared_ptr<ChangeHistory> history = m_context.history;
    run<Expected<QList<HistoryEntry>>>(
        [environment, history, changes]() -> Expected<QList<HistoryEntry>> {
            if (!history)
                return makeError(CoreError::Kind::Io,
                                 ProfilesDialog::tr("No history is kept; nothing was written."));
            return ProfileApplier(environment).apply(changes, *history);
        },
        [this, name](const Expected<QList<HistoryEntry>> &written) {
            if (!written) {
                setStatus(written.error().toString());
                Q_EMIT failed(written.error().toString());
                return;
            }
            QStringList ids;
            for (const HistoryEntry &entry : *written)
                ids << QStringLiteral("%1 %2").arg(entry.ecosystem, entry.id);
            setStatus(tr("Applied “%1” (history: %2).").arg(name, ids.join(QStringLiteral(", "))));
            Q_EMIT profileApplied(name);
        });
}

void ProfilesDialog::retranslateUi()
{
    setWindowTitle(tr("Profiles"));
    m_intro->setText(tr("A profile is a named set of settings for several tools (GOPROXY, "
                        "GOPRIVATE, npm registries, pip's index …), applied as one change."));
    m_save->setText(tr("&Save current settings as…"));
    m_apply->setText(tr("&Apply…"));
    m_delete->setText(tr("&Delete"));
    m_close->setText(tr("Close"));
}

void ProfilesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

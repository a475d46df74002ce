#include "MirrorSwitcher.h"

#include "UiLog.h"
#include "config/SecretMask.h"
#include "ecosystems/EcosystemRegistry.h"
#include "pages/ConfigFileWatcher.h"

namespace {
// Our own write must not read as someone else's: the watcher stays quiet briefly.
constexpr int kOwnWriteQuietMs = 1500;
} // namespace

MirrorSwitcher::MirrorSwitcher(const AppContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_order(EcosystemRegistry::ids())
{
    for (const QString &ecosystem : std::as_const(m_order)) {
        Tool tool;
        tool.service = new ConfigService(ecosystem, context, this);
        tool.watcher = new ConfigFileWatcher(this);
        connect(tool.service, &ConfigService::loaded, this,
                [this, ecosystem](const ConfigSnapshot &snapshot) {
                    m_tools[ecosystem].watcher->setFiles(snapshot.watchedFiles);
                    Q_EMIT usageChanged(ecosystem);
                });
        connect(tool.service, &ConfigService::planned, this,
                [this, ecosystem](const PlannedChange &plan) { onPlanned(ecosystem, plan); });
        connect(tool.service, &ConfigService::applied, this,
                [this, ecosystem](const QString &historyId, const ConfigChange &) {
                    onApplied(ecosystem, historyId);
                });
        connect(tool.service, &ConfigService::applyFailed, this,
                [this, ecosystem](const CoreError &error) {
                    const Origin origin = m_tools[ecosystem].applying
                                              ? m_tools[ecosystem].applying->origin
                                              : Origin::User;
                    m_tools[ecosystem].applying.reset();
                    Q_EMIT switchFailed(ecosystem, error.toString(), origin);
                    m_tools[ecosystem].service->reload();
                });
        connect(tool.watcher, &ConfigFileWatcher::filesChanged, tool.service,
                &ConfigService::reload);
        m_tools.insert(ecosystem, tool);
    }
}

MirrorSwitcher::~MirrorSwitcher() = default;

QString MirrorSwitcher::displayName(const QString &ecosystem) const
{
    const auto it = m_tools.constFind(ecosystem);
    return it != m_tools.constEnd() ? it->service->displayName() : ecosystem;
}

bool MirrorSwitcher::hasSnapshot(const QString &ecosystem) const
{
    const auto it = m_tools.constFind(ecosystem);
    return it != m_tools.constEnd() && it->service->hasSnapshot();
}

std::optional<Mirror> MirrorSwitcher::inUse(const QString &ecosystem) const
{
    const auto it = m_tools.constFind(ecosystem);
    if (it == m_tools.constEnd() || !it->service->hasSnapshot())
        return std::nullopt;
    const std::optional<EffectiveSetting> setting =
        it->service->snapshot().find(it->service->mirrorKey());
    if (!setting)
        return std::nullopt;
    const MirrorCatalog &catalog = *m_context.catalog;
    if (auto mirror = catalog.findByUrl(ecosystem, setting->value))
        return mirror;
    const Ecosystem *descriptor = EcosystemRegistry::find(ecosystem);
    const QString url = descriptor ? descriptor->mirrorUrlIn(setting->value) : setting->value;
    return url != setting->value ? catalog.findByUrl(ecosystem, url) : std::nullopt;
}

QStringList MirrorSwitcher::shadows(const QString &ecosystem) const
{
    QStringList result;
    const auto it = m_tools.constFind(ecosystem);
    if (it == m_tools.constEnd())
        return result;
    if (const auto setting = it->service->snapshot().find(it->service->mirrorKey())) {
        for (const ::Shadow &shadow : setting->shadows)
            result << SecretMask::maskText(shadow.describe());
    }
    return result;
}

void MirrorSwitcher::reloadAll()
{
    for (const QString &ecosystem : std::as_const(m_order))
        m_tools[ecosystem].service->reload();
}

void MirrorSwitcher::switchTo(const QString &ecosystem, const Mirror &mirror, Origin origin)
{
    auto it = m_tools.find(ecosystem);
    if (it == m_tools.end())
        return;
    Pending pending;
    pending.origin = origin;
    pending.mirror = mirror;
    const std::optional<Mirror> current = inUse(ecosystem);
    pending.fromId = current ? current->id : QString();
    it->pending = pending; // a newer choice replaces one still being planned
    qCDebug(lcUi) << "switch" << ecosystem << "to" << mirror.id << origin;
    it->service->planUseMirror(mirror);
}

void MirrorSwitcher::undo(const QString &ecosystem, const QString &historyId)
{
    auto it = m_tools.find(ecosystem);
    if (it == m_tools.end())
        return;
    ConfigService *service = it->service;
    // The entry is read from the history on the disk pool, then restored like the History
    // dialog does (later edits kept).
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection =
        connect(service, &ConfigService::historyLoaded, this,
                [this, ecosystem, historyId, connection,
                 service](const Expected<QList<HistoryEntry>> &entries) {
                    disconnect(*connection);
                    if (!entries) {
                        Q_EMIT switchFailed(ecosystem, entries.error().toString(), Origin::Undo);
                        return;
                    }
                    for (const HistoryEntry &entry : *entries) {
                        if (entry.id != historyId)
                            continue;
                        Pending pending;
                        pending.origin = Origin::Undo;
                        pending.undoneId = historyId;
                        m_tools[ecosystem].pending = pending;
                        service->planRestore(entry);
                        return;
                    }
                    Q_EMIT switchFailed(ecosystem,
                                        tr("History entry #%1 of %2 no longer exists.")
                                            .arg(historyId, displayName(ecosystem)),
                                        Origin::Undo);
                });
    service->loadHistory();
}

QStringList MirrorSwitcher::concerns(const ConfigChange &change, const MirrorCatalog &catalog,
                                     const QString &mirrorKey)
{
    // The planner's notes (plain http, a token bound to the old registry) drop nothing: they are
    // told after the switch, not asked about before it.
    QStringList result;
    const Ecosystem *descriptor = EcosystemRegistry::find(change.ecosystem);
    for (const KeyChange &keyChange : change.keyChanges) {
        if (keyChange.oldValue.isEmpty() || keyChange.oldValue == keyChange.newValue)
            continue;
        if (keyChange.key == mirrorKey) {
            const QString url =
                descriptor ? descriptor->mirrorUrlIn(keyChange.oldValue) : keyChange.oldValue;
            if (!catalog.findByUrl(change.ecosystem, url))
                result << tr("%1 is now “%2”, which names no mirror MirrorDeck knows; the switch "
                             "replaces it.")
                              .arg(keyChange.key, SecretMask::maskText(keyChange.oldValue));
            continue;
        }
        // A companion key (Go's GOSUMDB) the catalog would have written is ours to change; one
        // the user wrote is not, silently.
        bool fromCatalog = false;
        for (const Mirror &mirror : catalog.mirrors()) {
            for (auto option = mirror.options.cbegin(); option != mirror.options.cend(); ++option)
                fromCatalog = fromCatalog || option.value() == keyChange.oldValue;
        }
        if (!fromCatalog)
            result << (keyChange.newValue.isEmpty()
                           ? tr("%1 “%2” is removed.")
                                 .arg(keyChange.key, SecretMask::maskText(keyChange.oldValue))
                           : tr("%1 “%2” is replaced.")
                                 .arg(keyChange.key, SecretMask::maskText(keyChange.oldValue)));
    }
    return result;
}

void MirrorSwitcher::onPlanned(const QString &ecosystem, const PlannedChange &plan)
{
    Tool &tool = m_tools[ecosystem];
    if (!tool.pending)
        return;
    Pending pending = *tool.pending;
    tool.pending.reset();
    if (!plan.change) {
        Q_EMIT switchFailed(ecosystem, plan.change.error().toString(), pending.origin);
        return;
    }
    if (plan.change->isNoOp()) {
        Q_EMIT usageChanged(ecosystem);
        return;
    }
    if (pending.origin != Origin::Undo) {
        const QStringList why =
            concerns(*plan.change, *m_context.catalog, tool.service->mirrorKey());
        if (!why.isEmpty()) {
            if (pending.origin == Origin::Failover) {
                Q_EMIT switchFailed(ecosystem,
                                    tr("Not switched automatically: %1").arg(why.join(u' ')),
                                    pending.origin);
                return;
            }
            pending.awaitingConfirmation = *plan.change;
            tool.pending = pending;
            Q_EMIT confirmationNeeded(ecosystem, *pending.mirror, why + plan.change->notes,
                                      plan.diff);
            return;
        }
    }
    apply(ecosystem, pending, *plan.change);
}

bool MirrorSwitcher::confirm(const QString &ecosystem)
{
    Tool &tool = m_tools[ecosystem];
    if (!tool.pending || !tool.pending->awaitingConfirmation)
        return false;
    Pending pending = *tool.pending;
    tool.pending.reset();
    // The writer refuses if the file changed since the plan (a conflict), so a stale "yes"
    // never overwrites a newer edit.
    apply(ecosystem, pending, *pending.awaitingConfirmation);
    return true;
}

void MirrorSwitcher::cancel(const QString &ecosystem)
{
    m_tools[ecosystem].pending.reset();
}

void MirrorSwitcher::apply(const QString &ecosystem, Pending pending, const ConfigChange &change)
{
    Tool &tool = m_tools[ecosystem];
    pending.notes = change.notes;
    tool.applying = std::move(pending);
    tool.watcher->suppressFor(kOwnWriteQuietMs);
    tool.service->apply(change);
}

void MirrorSwitcher::onApplied(const QString &ecosystem, const QString &historyId)
{
    Tool &tool = m_tools[ecosystem];
    tool.watcher->suppressFor(kOwnWriteQuietMs);
    const std::optional<Pending> done = std::move(tool.applying);
    tool.applying.reset();
    tool.service->reload();
    if (!done)
        return;
    if (done->origin == Origin::Undo)
        Q_EMIT undone(ecosystem, done->undoneId);
    else
        Q_EMIT switched(ecosystem, done->fromId, done->mirror ? done->mirror->id : QString(),
                        historyId, done->origin);
    if (!done->notes.isEmpty() && done->origin == Origin::User)
        Q_EMIT notice(ecosystem, done->notes.join(u'\n'));
}

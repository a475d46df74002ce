#include "ConfigService.h"

#include "config/ConfigFile.h"
#include "config/ConfigWriter.h"
#include "config/RestorePlanner.h"
#include "config/SecretMask.h"
#include "config/ShellStartupEditor.h"
#include "config/UnifiedDiff.h"
#include "ecosystems/EcosystemRegistry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace {

CoreError unknownEcosystem(const QString &ecosystem)
{
    return makeError(
        CoreError::Kind::NotFound,
        QCoreApplication::translate("ConfigService", "Unknown tool \"%1\".").arg(ecosystem));
}

PlannedChange withDiff(Expected<ConfigChange> change)
{
    PlannedChange plan;
    plan.change = std::move(change);
    if (!plan.change)
        return plan;
    const ConfigChange &planned = *plan.change;
    const QString label = QDir::toNativeSeparators(planned.filePath);
    // What the window shows never holds a secret: the diff is of the masked lines.
    plan.diff = UnifiedDiff::compute(
        planned.existedBefore ? SecretMask::mask(planned.before) : QByteArray(),
        planned.existsAfter ? SecretMask::mask(planned.after) : QByteArray(), label, label);
    return plan;
}

// The plan `planner` makes with this ecosystem's config, with its diff; or the unknown-tool
// error every planning call would otherwise repeat.
template <typename Planner>
PlannedChange planWith(const QString &ecosystem, const ToolEnvironment &env, Planner planner)
{
    const std::unique_ptr<EcosystemConfig> config = EcosystemRegistry::create(ecosystem, env);
    if (!config) {
        PlannedChange plan;
        plan.change = unknownEcosystem(ecosystem);
        return plan;
    }
    return withDiff(planner(*config));
}

} // namespace

std::optional<EffectiveSetting> ConfigSnapshot::find(const QString &key) const
{
    for (const EffectiveSetting &setting : settingsRead()) {
        if (setting.key == key)
            return setting;
    }
    return std::nullopt;
}

ConfigService::ConfigService(QString ecosystem, const AppContext &context, QObject *parent)
    : QObject(parent)
    , m_ecosystem(std::move(ecosystem))
    , m_context(context)
    , m_config(EcosystemRegistry::create(m_ecosystem, context.environment))
{
    qRegisterMetaType<ConfigSnapshot>();
    qRegisterMetaType<PlannedChange>();
}

ConfigService::~ConfigService() = default;

QString ConfigService::displayName() const
{
    return m_config ? m_config->displayName() : m_ecosystem;
}

QString ConfigService::mirrorKey() const
{
    return m_config ? m_config->mirrorKey() : QString();
}

QList<ConfigKeyInfo> ConfigService::keys() const
{
    return m_config ? m_config->keys() : QList<ConfigKeyInfo>();
}

Expected<void> ConfigService::validate(const QString &key, const QString &value) const
{
    if (!m_config)
        return unknownEcosystem(m_ecosystem);
    return m_config->validate(key, value);
}

template <typename T, typename Work, typename Done> void ConfigService::run(Work work, Done done)
{
    // The watcher is our child: destroying the service (a closed page) drops the callback.
    auto *watcher = new QFutureWatcher<T>(this);
    connect(watcher, &QFutureWatcher<T>::finished, this, [watcher, done]() {
        done(watcher->result());
        watcher->deleteLater();
    });
    QThreadPool *pool = m_context.diskPool ? m_context.diskPool : QThreadPool::globalInstance();
    watcher->setFuture(QtConcurrent::run(pool, std::move(work)));
}

ConfigSnapshot ConfigService::readSnapshot(const QString &ecosystem, const ToolEnvironment &env)
{
    ConfigSnapshot snapshot;
    const std::unique_ptr<EcosystemConfig> config = EcosystemRegistry::create(ecosystem, env);
    if (!config) {
        snapshot.settings = unknownEcosystem(ecosystem);
        return snapshot;
    }
    const Expected<QString> userFile = config->userConfigPath();
    if (userFile) {
        snapshot.userFilePath = *userFile;
        snapshot.watchedFiles << *userFile;
    }
    snapshot.settings = config->effectiveSettings();
    if (!snapshot.settings) {
        if (!snapshot.settings.error().filePath.isEmpty())
            snapshot.watchedFiles << snapshot.settings.error().filePath;
    } else {
        for (const EffectiveSetting &setting : *snapshot.settings) {
            if (setting.source.kind == SettingSource::Kind::File)
                snapshot.watchedFiles << setting.source.filePath;
            for (const Shadow &shadow : setting.shadows) {
                if (!shadow.filePath.isEmpty())
                    snapshot.watchedFiles << shadow.filePath;
            }
        }
    }
    snapshot.watchedFiles.removeDuplicates();
    snapshot.watchedFiles.removeAll(QString());
    return snapshot;
}

PlannedChange ConfigService::planEditsNow(const QString &ecosystem, const ToolEnvironment &env,
                                          const QList<KeyEdit> &edits)
{
    PlannedChange result;
    if (edits.isEmpty()) {
        result.change = makeError(CoreError::Kind::Usage, tr("There is nothing to apply."));
        return result;
    }
    const std::unique_ptr<EcosystemConfig> config = EcosystemRegistry::create(ecosystem, env);
    if (!config) {
        result.change = unknownEcosystem(ecosystem);
        return result;
    }
    // One transaction: the file is read once and every field's edit lands in one change.
    return withDiff(config->planTransaction(edits));
}

void ConfigService::reload()
{
    const QString ecosystem = m_ecosystem;
    const ToolEnvironment env = m_context.environment;
    run<ConfigSnapshot>([ecosystem, env]() { return readSnapshot(ecosystem, env); },
                        [this](const ConfigSnapshot &snapshot) {
                            m_snapshot = snapshot;
                            m_hasSnapshot = true;
                            Q_EMIT loaded(snapshot);
                        });
}

void ConfigService::planUseMirror(const Mirror &mirror)
{
    const QString ecosystem = m_ecosystem;
    const ToolEnvironment env = m_context.environment;
    run<PlannedChange>(
        [ecosystem, env, mirror]() {
            return planWith(ecosystem, env, [&](const EcosystemConfig &config) {
                return config.planUseMirror(mirror);
            });
        },
        [this](const PlannedChange &plan) { Q_EMIT planned(plan); });
}

void ConfigService::planEdits(const QList<KeyEdit> &edits)
{
    const QString ecosystem = m_ecosystem;
    const ToolEnvironment env = m_context.environment;
    run<PlannedChange>([ecosystem, env, edits]() { return planEditsNow(ecosystem, env, edits); },
                       [this](const PlannedChange &plan) { Q_EMIT planned(plan); });
}

void ConfigService::planRestore(const HistoryEntry &entry, bool wholeFile)
{
    const QString ecosystem = m_ecosystem;
    const ToolEnvironment env = m_context.environment;
    run<PlannedChange>(
        [ecosystem, env, entry, wholeFile]() {
            PlannedChange plan = planWith(ecosystem, env, [&](const EcosystemConfig &config) {
                return RestorePlanner(config).plan(
                    entry, wholeFile ? RestorePlanner::Mode::WholeFile
                                     : RestorePlanner::Mode::KeepLaterEdits);
            });
            plan.restoredEntry = entry;
            plan.wholeFileRestore = wholeFile;
            return plan;
        },
        [this](const PlannedChange &plan) { Q_EMIT planned(plan); });
}

void ConfigService::planCommentOut(const Shadow &shadow)
{
    const ToolEnvironment env = m_context.environment;
    run<PlannedChange>(
        [env, shadow]() { return withDiff(ShellStartupEditor(env).planCommentOut(shadow)); },
        [this](const PlannedChange &plan) { Q_EMIT planned(plan); });
}

void ConfigService::planShellRestore(const HistoryEntry &entry)
{
    const ToolEnvironment env = m_context.environment;
    run<PlannedChange>(
        [env, entry]() {
            PlannedChange plan = withDiff(ShellStartupEditor(env).planRestore(entry));
            plan.restoredEntry = entry;
            return plan;
        },
        [this](const PlannedChange &plan) { Q_EMIT planned(plan); });
}

void ConfigService::apply(const ConfigChange &change)
{
    const std::shared_ptr<ChangeHistory> history = m_context.history;
    struct Outcome
    {
        Expected<QString> historyId = QString(); // the entry written, or why nothing was
        QStringList notes;
    };
    run<Outcome>(
        [history, change]() {
            ConfigWriter writer(history.get());
            Outcome outcome;
            outcome.historyId = writer.apply(change, &outcome.notes);
            return outcome;
        },
        [this, change](const Outcome &outcome) {
            if (!outcome.historyId)
                Q_EMIT applyFailed(outcome.historyId.error());
            else
                Q_EMIT applied(*outcome.historyId, change);
            for (const QString &note : outcome.notes)
                Q_EMIT notice(note);
        });
}

void ConfigService::loadHistory()
{
    loadEntries(m_ecosystem, &ConfigService::historyLoaded);
}

void ConfigService::loadShellHistory()
{
    loadEntries(ShellStartupEditor::historyName(), &ConfigService::shellHistoryLoaded);
}

void ConfigService::loadEntries(const QString &historyId, HistorySignal loadedSignal)
{
    const std::shared_ptr<ChangeHistory> history = m_context.history;
    struct Loaded
    {
        Expected<QList<HistoryEntry>> entries = QList<HistoryEntry>();
    };
    run<Loaded>(
        [history, historyId]() {
            Loaded loaded;
            if (history)
                loaded.entries = history->entries(historyId);
            return loaded;
        },
        [this, loadedSignal](const Loaded &loaded) {
            Q_EMIT(this->*loadedSignal)(loaded.entries);
        });
}

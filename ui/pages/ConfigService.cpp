#include "ConfigService.h"

#include "config/ConfigFile.h"
#include "config/ConfigWriter.h"
#include "config/UnifiedDiff.h"
#include "ecosystems/EcosystemRegistry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// The variable that points each tool at another user file. Several edits are planned one after
// the other against a temporary copy holding the previous plan's result, because the
// EcosystemConfig interface plans against the file on disk.
QString userFileOverrideVariable(const QString &ecosystem)
{
    if (ecosystem == QLatin1String("go"))
        return QStringLiteral("GOENV");
    if (ecosystem == QLatin1String("npm"))
        return QStringLiteral("NPM_CONFIG_USERCONFIG");
    if (ecosystem == QLatin1String("pip"))
        return QStringLiteral("PIP_CONFIG_FILE");
    return {};
}

CoreError unknownEcosystem(const QString &ecosystem)
{
    return makeError(
        CoreError::Kind::NotFound,
        QCoreApplication::translate("ConfigService", "Unknown tool \"%1\".").arg(ecosystem));
}

PlannedChange withDiff(Expected<ConfigChange> change)
{
    PlannedChange plan;
    if (!change) {
        plan.error = change.error();
        return plan;
    }
    plan.change = *change;
    const QString label = QDir::toNativeSeparators(plan.change.filePath);
    plan.diff = UnifiedDiff::compute(plan.change.existedBefore ? plan.change.before : QByteArray(),
                                     plan.change.existsAfter ? plan.change.after : QByteArray(),
                                     label, label);
    return plan;
}

} // namespace

std::optional<EffectiveSetting> ConfigSnapshot::find(const QString &key) const
{
    for (const EffectiveSetting &setting : settings) {
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
        snapshot.error = unknownEcosystem(ecosystem);
        return snapshot;
    }
    const Expected<QString> userFile = config->userConfigPath();
    if (userFile) {
        snapshot.userFilePath = *userFile;
        snapshot.watchedFiles << *userFile;
    }
    Expected<QList<EffectiveSetting>> settings = config->effectiveSettings();
    if (!settings) {
        snapshot.error = settings.error();
        if (!settings.error().filePath.isEmpty())
            snapshot.watchedFiles << settings.error().filePath;
    } else {
        snapshot.settings = *settings;
        for (const EffectiveSetting &setting : snapshot.settings) {
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
        result.error = makeError(CoreError::Kind::Usage, tr("There is nothing to apply."));
        return result;
    }

    std::unique_ptr<EcosystemConfig> config = EcosystemRegistry::create(ecosystem, env);
    if (!config) {
        result.error = unknownEcosystem(ecosystem);
        return result;
    }
    auto planOne = [](const EcosystemConfig &cfg, const KeyEdit &edit) {
        return edit.unset ? cfg.planUnset(edit.key) : cfg.planSet(edit.key, edit.value);
    };

    Expected<ConfigChange> first = planOne(*config, edits.first());
    if (!first || edits.size() == 1)
        return withDiff(std::move(first));

    ConfigChange merged = *first;
    QTemporaryDir scratch;
    const QString variable = userFileOverrideVariable(ecosystem);
    if (!scratch.isValid() || variable.isEmpty()) {
        result.error = makeError(CoreError::Kind::Io,
                                 tr("Several settings cannot be changed at once here; apply them "
                                    "one at a time."));
        return result;
    }
    const QString copyPath = scratch.filePath(QFileInfo(merged.targetPath).fileName().isEmpty()
                                                  ? QStringLiteral("config")
                                                  : QFileInfo(merged.targetPath).fileName());
    ToolEnvironment redirected = env;
    redirected.variables().insert(variable, copyPath);

    for (qsizetype i = 1; i < edits.size(); ++i) {
        QFile copy(copyPath);
        if (merged.existsAfter) {
            if (!copy.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
                copy.write(merged.after) != merged.after.size()) {
                result.error = makeError(CoreError::Kind::Io,
                                         tr("A temporary copy for the preview cannot be written."));
                return result;
            }
            copy.close();
        } else {
            QFile::remove(copyPath);
        }
        config = EcosystemRegistry::create(ecosystem, redirected);
        const Expected<QString> path = config->userConfigPath();
        if (!path ||
            QFileInfo(*path).absoluteFilePath() != QFileInfo(copyPath).absoluteFilePath()) {
            result.error = makeError(CoreError::Kind::Usage,
                                     tr("Several settings cannot be changed at once here; apply "
                                        "them one at a time."));
            return result;
        }
        const Expected<ConfigChange> next = planOne(*config, edits.at(i));
        if (!next)
            return withDiff(next);
        merged.after = next->after;
        merged.existsAfter = next->existsAfter;
        merged.keyChanges += next->keyChanges;
    }
    return withDiff(merged);
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
            const std::unique_ptr<EcosystemConfig> config =
                EcosystemRegistry::create(ecosystem, env);
            if (!config) {
                PlannedChange plan;
                plan.error = unknownEcosystem(ecosystem);
                return plan;
            }
            return withDiff(config->planUseMirror(mirror));
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

void ConfigService::planRestore(const HistoryEntry &entry)
{
    run<PlannedChange>(
        [entry]() {
            const QString target = entry.targetPath.isEmpty() ? entry.filePath : entry.targetPath;
            QFile file(target);
            const bool existsNow = file.exists();
            QByteArray current;
            if (existsNow) {
                if (!file.open(QIODevice::ReadOnly)) {
                    PlannedChange plan;
                    plan.error = makeError(CoreError::Kind::Io,
                                           tr("The file cannot be read (%1). Check its "
                                              "permissions.")
                                               .arg(file.errorString()),
                                           entry.filePath);
                    return plan;
                }
                current = file.readAll();
            }
            return withDiff(ChangeHistory::restoreChange(entry, existsNow, current));
        },
        [this](const PlannedChange &plan) { Q_EMIT planned(plan); });
}

void ConfigService::apply(const ConfigChange &change)
{
    const std::shared_ptr<ChangeHistory> history = m_context.history;
    struct Outcome
    {
        QString historyId;
        std::optional<CoreError> error;
    };
    run<Outcome>(
        [history, change]() {
            ConfigWriter writer(history.get());
            const Expected<QString> written = writer.apply(change);
            Outcome outcome;
            if (written)
                outcome.historyId = *written;
            else
                outcome.error = written.error();
            return outcome;
        },
        [this, change](const Outcome &outcome) {
            if (outcome.error)
                Q_EMIT applyFailed(*outcome.error);
            else
                Q_EMIT applied(outcome.historyId, change);
        });
}

void ConfigService::loadHistory()
{
    const std::shared_ptr<ChangeHistory> history = m_context.history;
    const QString ecosystem = m_ecosystem;
    struct Loaded
    {
        QList<HistoryEntry> entries;
        std::optional<CoreError> error;
    };
    run<Loaded>(
        [history, ecosystem]() {
            Loaded loaded;
            if (!history) {
                return loaded;
            }
            Expected<QList<HistoryEntry>> entries = history->entries(ecosystem);
            if (entries)
                loaded.entries = *entries;
            else
                loaded.error = entries.error();
            return loaded;
        },
        [this](const Loaded &loaded) { Q_EMIT historyLoaded(loaded.entries, loaded.error); });
}

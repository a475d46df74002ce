#include "credentials/CredentialManager.h"

#include "config/ChangeHistory.h"
#include "config/ConfigWriter.h"
#include "credentials/CredentialStore.h"
#include "credentials/CredentialTester.h"
#include "credentials/CredentialsLog.h"
#include "credentials/KeychainBackend.h"
#include "credentials/KeyringItemJob.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QPointer>
#include <QRandomGenerator>
#include <QThreadPool>

#include <memory>
#include <optional>

CredentialManager::CredentialManager(ToolEnvironment environment, QString dataDirectory,
                                     QString historyDirectory, QThreadPool *diskPool,
                                     QObject *parent)
    : QObject(parent)
    , m_environment(std::move(environment))
    , m_dataDirectory(std::move(dataDirectory))
    , m_historyDirectory(std::move(historyDirectory))
    , m_pool(diskPool)
{}

template <typename Work, typename Then> void CredentialManager::onPool(Work work, Then then)
{
    QPointer<CredentialManager> self(this);
    m_pool->start([self, work, then]() mutable {
        auto result = std::make_shared<decltype(work())>(work());
        QMetaObject::invokeMethod(
            self.data(),
            [self, result, then]() mutable {
                if (self)
                    then(*result);
            },
            Qt::QueuedConnection);
    });
}

void CredentialManager::fail(const QString &message, CredentialOutcome outcome)
{
    outcome.ok = false;
    outcome.error = message;
    Q_EMIT finished(outcome);
}

void CredentialManager::add(const CredentialEntry &entry, const CredentialOptions &options,
                            const QString &secret)
{
    if (!KeychainBackend::sessionLooksAvailable()) {
        fail(KeychainBackend::unavailableMessage());
        return;
    }
    const ToolEnvironment environment = m_environment;
    const QString directory = m_dataDirectory;
    onPool(
        [entry, options, environment, directory]() -> Expected<PlannedSetup> {
            MIRRORDECK_TRY_ASSIGN(existing, CredentialStore(directory).find(entry.url));
            if (existing)
                return makeError(CoreError::Kind::Conflict,
                                 CredentialEntry::tr("%1 is already a private repository; remove "
                                                     "it first to change it.")
                                     .arg(entry.url));
            return CredentialSetup::planAdd(entry, options, environment);
        },
        [this, entry, secret](const Expected<PlannedSetup> &plan) {
            if (!plan) {
                fail(plan.error().toString());
                return;
            }
            auto *write = new KeychainWriteJob(entry.keychainKey(), secret, this);
            connect(write, &KeychainJob::finished, this,
                    [this, write, entry, secret, plan = *plan](const KeychainResult &written) {
                        write->deleteLater();
                        if (!written.ok()) {
                            fail(written.message);
                            return;
                        }
                        if (entry.use != CredentialUse::Pip) {
                            applyAndRecord(plan, entry, false, {});
                            return;
                        }
                        auto *keyring =
                            new KeyringItemJob(KeyringItemJob::Action::Write, entry.hostPort(),
                                               entry.username, secret, this);
                        connect(keyring, &KeyringItemJob::finished, this,
                                [this, keyring, entry, plan](const KeychainResult &copied) {
                                    keyring->deleteLater();
                                    if (copied.ok()) {
                                        applyAndRecord(plan, entry, false, {});
                                        return;
                                    }
                                    // Put the keychain back as it was: nothing half-added.
                                    auto *undo = new KeychainDeleteJob(entry.keychainKey(), this);
                                    connect(undo, &KeychainJob::finished, undo,
                                            &QObject::deleteLater);
                                    undo->start();
                                    fail(copied.message);
                                });
                        keyring->start();
                    });
            write->start();
        });
}

void CredentialManager::remove(const QString &url)
{
    if (!KeychainBackend::sessionLooksAvailable()) {
        fail(KeychainBackend::unavailableMessage());
        return;
    }
    const ToolEnvironment environment = m_environment;
    const QString directory = m_dataDirectory;
    using Found = Expected<std::pair<CredentialEntry, PlannedSetup>>;
    onPool(
        [url, environment, directory]() -> Found {
            MIRRORDECK_TRY_ASSIGN(found, CredentialStore(directory).find(url));
            if (!found)
                return makeError(CoreError::Kind::NotFound,
                                 CredentialEntry::tr("%1 is not a private repository.").arg(url));
            MIRRORDECK_TRY_ASSIGN(plan, CredentialSetup::planRemove(*found, environment));
            return std::make_pair(*found, plan);
        },
        [this](const Found &found) {
            if (!found) {
                fail(found.error().toString());
                return;
            }
            const CredentialEntry entry = found->first;
            const PlannedSetup plan = found->second;
            auto *erase = new KeychainDeleteJob(entry.keychainKey(), this);
            connect(erase, &KeychainJob::finished, this,
                    [this, erase, entry, plan](const KeychainResult &erased) {
                        erase->deleteLater();
                        if (!erased.ok() && erased.status != KeychainResult::Status::NotFound) {
                            fail(erased.message);
                            return;
                        }
                        if (entry.use != CredentialUse::Pip) {
                            applyAndRecord(plan, entry, true, {});
                            return;
                        }
                        auto *keyring =
                            new KeyringItemJob(KeyringItemJob::Action::Delete, entry.hostPort(),
                                               entry.username, QString(), this);
                        connect(keyring, &KeyringItemJob::finished, this,
                                [this, keyring, entry, plan](const KeychainResult &cleared) {
                                    keyring->deleteLater();
                                    if (!cleared.ok() &&
                                        cleared.status != KeychainResult::Status::NotFound) {
                                        fail(cleared.message);
                                        return;
                                    }
                                    applyAndRecord(plan, entry, true, {});
                                });
                        keyring->start();
                    });
            erase->start();
        });
}

void CredentialManager::applyAndRecord(PlannedSetup plan, CredentialEntry entry, bool removing,
                                       CredentialOutcome outcome)
{
    const QString directory = m_dataDirectory;
    const QString historyDirectory = m_historyDirectory;
    onPool(
        [plan, entry, removing, outcome, directory, historyDirectory]() mutable {
            ChangeHistory history(historyDirectory);
            ConfigWriter writer(&history);
            outcome.ok = true;
            // Files written for one entry are one change: their history entries share a group
            // id (as a profile's do), and `restore` points at `credential remove` for them.
            const QString group =
                CredentialEntry::historyGroupPrefix() +
                QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmsszzz")) +
                QStringLiteral("-%1").arg(QRandomGenerator::global()->generate(), 8, 16,
                                          QLatin1Char('0'));
            const QString label =
                removing ? CredentialEntry::tr("Private repository %1 removed").arg(entry.url)
                         : CredentialEntry::tr("Private repository %1").arg(entry.url);
            for (ConfigChange &change : plan.changes) {
                change.group = group;
                change.groupLabel = label;
            }
            for (int i = 0; i < plan.changes.size() && outcome.ok; ++i) {
                const ConfigChange &change = plan.changes.at(i);
                // A file about to hold a secret is made private first; the writer keeps a
                // file's mode, so the secret is never readable by others, even for a moment.
                for (int s = 0; s < plan.steps.size(); ++s) {
                    if (plan.stepChange.at(s) == i && plan.steps.at(s).holdsSecret &&
                        change.existedBefore)
                        QFile::setPermissions(change.targetPath,
                                              QFileDevice::ReadOwner | QFileDevice::WriteOwner);
                }
                QStringList notes;
                const Expected<QString> id = writer.apply(change, &notes);
                outcome.notes << notes;
                if (!id) {
                    outcome.ok = false;
                    outcome.error = id.error().toString();
                    break;
                }
                for (int s = 0; s < plan.steps.size(); ++s) {
                    if (plan.stepChange.at(s) == i)
                        plan.steps[s].historyEntry = *id;
                }
                outcome.messages << CredentialEntry::tr("Updated %1: %2 (history entry %3)")
                                        .arg(QDir::toNativeSeparators(change.filePath),
                                             change.summary(), *id);
            }
            outcome.notes << plan.notes;
            CredentialStore store(directory);
            if (removing) {
                if (outcome.ok) {
                    if (const Expected<void> removed = store.remove(entry.url); !removed) {
                        outcome.ok = false;
                        outcome.error = removed.error().toString();
                    } else {
                        outcome.messages
                            << CredentialEntry::tr("Removed %1 and its secret.").arg(entry.url);
                    }
                }
            } else {
                // Whatever landed is recorded, so a removal can undo it even after a failure.
                entry.setup = plan.steps;
                if (const Expected<void> saved = store.put(entry); !saved && outcome.ok) {
                    outcome.ok = false;
                    outcome.error = saved.error().toString();
                }
                if (outcome.ok) {
                    const KeychainInfo info = KeychainBackend::detect();
                    outcome.messages
                        << CredentialEntry::tr("Stored the secret for %1 (%2, user %3) in %4.")
                               .arg(entry.url, CredentialEntry::useName(entry.use), entry.username,
                                    info.storeName.isEmpty() ? CredentialEntry::tr("the keychain")
                                                             : info.storeName);
                }
            }
            outcome.entry = entry;
            return outcome;
        },
        [this](const CredentialOutcome &result) { Q_EMIT finished(result); });
}

void CredentialManager::test(const QString &url)
{
    const QString directory = m_dataDirectory;
    onPool([url, directory] { return CredentialStore(directory).find(url); },
           [this, url](const Expected<std::optional<CredentialEntry>> &found) {
               if (!found) {
                   fail(found.error().toString());
                   return;
               }
               if (!found->has_value()) {
                   fail(CredentialEntry::tr("%1 is not a private repository.").arg(url));
                   return;
               }
               const CredentialEntry entry = **found;
               auto *read = new KeychainReadJob(entry.keychainKey(), this);
               connect(read, &KeychainJob::finished, this,
                       [this, read, entry](const KeychainResult &secret) {
                           read->deleteLater();
                           if (!secret.ok()) {
                               fail(secret.message);
                               return;
                           }
                           auto *tester = new CredentialTester(entry, secret.secret, this);
                           connect(tester, &CredentialTester::finished, this,
                                   [this, tester, entry](const CredentialTestResult &result) {
                                       tester->deleteLater();
                                       CredentialOutcome outcome;
                                       outcome.ok = result.success;
                                       outcome.entry = entry;
                                       if (result.success)
                                           outcome.messages << result.message;
                                       else
                                           outcome.error = result.message;
                                       Q_EMIT finished(outcome);
                                   });
                           tester->start();
                       });
               read->start();
           });
}

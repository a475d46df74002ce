#include "profiles/ProfileApplier.h"

#include "config/ConfigLog.h"
#include "config/ConfigWriter.h"
#include "config/RestorePlanner.h"
#include "config/SecretMask.h"
#include "ecosystems/EcosystemRegistry.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>

namespace {

QString newGroupId()
{
    return QStringLiteral("profile-%1-%2")
        .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmsszzz")))
        .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

} // namespace

ProfileApplier::ProfileApplier(ToolEnvironment environment)
    : m_environment(std::move(environment))
{}

Expected<Profile> ProfileApplier::capture(const QString &name, const QStringList &ecosystems) const
{
    Profile profile;
    profile.name = name;
    for (const auto &config : EcosystemRegistry::createAll(m_environment)) {
        if (!ecosystems.isEmpty() && !ecosystems.contains(config->id()))
            continue;
        MIRRORDECK_TRY_ASSIGN(settings, config->effectiveSettings());
        for (const EffectiveSetting &setting : settings) {
            ProfileSetting s{config->id(), setting.key, QString(), setting.isDefault};
            if (!setting.isDefault) {
                s.value = setting.value.isEmpty() && !setting.values.isEmpty()
                              ? setting.values.join(QLatin1Char(' '))
                              : setting.value;
                if (SecretMask::maskText(s.value) != s.value)
                    continue; // a profile never holds a secret
            }
            profile.settings.append(s);
        }
    }
    return profile;
}

Expected<QList<ConfigChange>> ProfileApplier::plan(const Profile &profile) const
{
    const QString group = newGroupId();
    const QString label = tr("Profile “%1”").arg(profile.name);
    QList<ConfigChange> changes;
    for (const QString &ecosystem : profile.ecosystems()) {
        const auto config = EcosystemRegistry::create(ecosystem, m_environment);
        if (!config)
            return makeError(CoreError::Kind::InvalidValue,
                             tr("The profile “%1” names the tool “%2”, which this version of "
                                "MirrorDeck does not know; nothing was changed.")
                                 .arg(profile.name, ecosystem));
        KeyEdits edits;
        for (const ProfileSetting &s : profile.settings) {
            if (s.ecosystem == ecosystem)
                edits.append(s.isDefault ? KeyEdit::remove(s.key) : KeyEdit::set(s.key, s.value));
        }
        auto failed = [&](CoreError error) {
            error.message = tr("Profile “%1”, %2: %3 Nothing was changed.")
                                .arg(profile.name, config->displayName(), error.message);
            return error;
        };
        Expected<EditInput> input = config->readEditInput();
        if (!input)
            return failed(input.error());
        // A tool that reads another tool's file (both edit the same user file) is planned on top
        // of what this transaction already writes there: one change per file, never two
        // changes of one file each computed from the bytes on disk.
        const QString target = input->targetPath.isEmpty() ? input->path : input->targetPath;
        const auto same = std::find_if(changes.begin(), changes.end(), [&](const ConfigChange &c) {
            return c.targetPath == target;
        });
        if (same != changes.end()) {
            input->bytes = same->after;
            input->exists = same->existsAfter;
        }
        Expected<EditOutcome> outcome = config->planEdits(*input, edits);
        if (!outcome)
            return failed(outcome.error());
        ConfigChange change = config->changeFor(*input, *outcome);
        if (same != changes.end()) {
            same->after = change.after;
            same->existsAfter = change.existsAfter;
            same->keyChanges += change.keyChanges;
            same->notes += change.notes;
            continue;
        }
        if (change.isNoOp())
            continue;
        change.group = group;
        change.groupLabel = label;
        changes.append(std::move(change));
    }
    // A file the later tools put back as it was is not written at all.
    changes.erase(std::remove_if(changes.begin(), changes.end(),
                                 [](const ConfigChange &c) { return c.isNoOp(); }),
                  changes.end());
    return changes;
}

Expected<QList<HistoryEntry>> ProfileApplier::apply(const QList<ConfigChange> &changes,
                                                    ChangeHistory &history) const
{
    QList<HistoryEntry> written;
    ConfigWriter writer(&history);
    for (const ConfigChange &change : changes) {
        const Expected<QString> id = writer.apply(change);
        if (!id) {
            if (written.isEmpty())
                return id.error();
            QStringList done;
            for (const HistoryEntry &entry : std::as_const(written))
                done << QStringLiteral("%1 (%2 %3)").arg(entry.filePath, entry.ecosystem, entry.id);
            CoreError error = id.error();
            error.message = tr("%1 Already written: %2. Restore any of those history entries to "
                               "undo the profile.")
                                .arg(error.message, done.join(QStringLiteral(", ")));
            return error;
        }
        MIRRORDECK_TRY_ASSIGN(entry, history.entry(change.ecosystem, *id));
        written.append(entry);
    }
    qCDebug(lcConfig) << "profile applied to" << written.size() << "files";
    return written;
}

Expected<QList<ConfigChange>> ProfileApplier::restoreGroupPlan(const HistoryEntry &entry,
                                                               const ChangeHistory &history) const
{
    QList<HistoryEntry> members;
    if (entry.group.isEmpty()) {
        members.append(entry);
    } else {
        for (const QString &ecosystem : EcosystemRegistry::ids()) {
            MIRRORDECK_TRY_ASSIGN(entries, history.entries(ecosystem));
            for (const HistoryEntry &candidate : entries) {
                if (candidate.group == entry.group)
                    members.append(candidate);
            }
        }
    }
    const QString group = entry.group.isEmpty() ? QString() : newGroupId();
    QList<ConfigChange> changes;
    for (const HistoryEntry &member : std::as_const(members)) {
        const auto config = EcosystemRegistry::create(member.ecosystem, m_environment);
        if (!config)
            continue;
        MIRRORDECK_TRY_ASSIGN(
            change, RestorePlanner(*config).plan(member, RestorePlanner::Mode::KeepLaterEdits));
        if (change.isNoOp())
            continue;
        change.group = group;
        if (!group.isEmpty())
            change.groupLabel = tr("Undo of %1").arg(entry.summary.section(QLatin1Char(':'), 0, 0));
        changes.append(change);
    }
    return changes;
}

#pragma once

// Captures the tools' current settings as a profile and applies a profile as one change over
// several files.
//
// One change, one history record: applying plans every tool's file first (any invalid value
// fails the whole profile before anything is written), then writes them in turn; each file's
// history entry carries the same group id ("profile-<time>-<random>") and a summary starting with
// "Profile “NAME”". Restoring any entry of a group (restoreGroupPlan) restores every file of
// the group, so the profile is undone as a whole. A group id rather than one cross-file entry:
// the history stays one store per tool, and each file's entry still restores on its own
// machinery (RestorePlanner, later edits kept).

#include "Expected.h"
#include "config/ChangeHistory.h"
#include "config/ConfigChange.h"
#include "platform/ToolEnvironment.h"
#include "profiles/Profile.h"

#include <QCoreApplication>

class ProfileApplier
{
    Q_DECLARE_TR_FUNCTIONS(ProfileApplier)

public:
    explicit ProfileApplier(ToolEnvironment environment);

    // Every managed key of every tool (or of `ecosystems` only) as the tool sees it now; a key at
    // the tool's default is kept as "default" (applying removes it from the user file). Values
    // SecretMask would hide (a URL with a password) are left out.
    Expected<Profile> capture(const QString &name, const QStringList &ecosystems = {}) const;

    // One change per file that would change (no-ops left out), all with one group id.
    Expected<QList<ConfigChange>> plan(const Profile &profile) const;
    // Writes planned changes in order through ConfigWriter + `history`. Returns the entry id of
    // each ("go" -> "7"). When a write fails, the error names what was already written and how to
    // undo it.
    Expected<QList<HistoryEntry>> apply(const QList<ConfigChange> &changes,
                                        ChangeHistory &history) const;

    // The changes that restore every file of `entry`'s group (just `entry`'s file when it has no
    // group), against the files as they are now; later edits of other keys are kept.
    Expected<QList<ConfigChange>> restoreGroupPlan(const HistoryEntry &entry,
                                                   const ChangeHistory &history) const;

private:
    ToolEnvironment m_environment;
};

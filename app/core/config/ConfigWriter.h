#pragma once

// Writes a planned ConfigChange safely and honestly:
// - serialised across processes: a lock file next to the target (QLockFile, bounded wait), so the
//   window and any number of CLI runs never lose each other's updates;
// - only if the file still holds exactly the bytes the plan was made from — checked under the
//   lock — otherwise someone else edited it meanwhile, and we refuse;
// - atomically through QSaveFile (a crash or kill never leaves a partial file), into the
//   symlink's target, keeping the file's permissions; never into anything that is not a regular
//   file;
// - recorded in the history as one step with the write: the history entry is prepared (and its
//   lock taken) first, the file is written, then the entry is committed; if the history cannot be
//   written the file is put back, so a change that did not land in both is reported as not made.

#include "Expected.h"
#include "config/ChangeHistory.h"
#include "config/ConfigChange.h"

#include <QCoreApplication>

class ConfigWriter
{
    Q_DECLARE_TR_FUNCTIONS(ConfigWriter)

public:
    // How long a write waits for another process that is writing the same file.
    static constexpr int kLockTimeoutMs = 10000;

    // history may be null (no recording), e.g. for tests of the writer alone.
    explicit ConfigWriter(ChangeHistory *history);

    // Returns the history entry's id ("" when nothing needed writing or no history is kept).
    // `notes` receives sentences for the user (a damaged history that was moved aside).
    Expected<QString> apply(const ConfigChange &change, QStringList *notes = nullptr);

    // The lock file that serialises writers of `targetPath`.
    static QString lockPathFor(const QString &targetPath);

private:
    Expected<void> checkUnchangedOnDisk(const ConfigChange &change) const;
    Expected<void> writeAtomically(const ConfigChange &change) const;
    // Puts the file back as it was before `change` (after a failed history write).
    Expected<void> rollBack(const ConfigChange &change) const;

    ChangeHistory *m_history;
};

#pragma once

// Writes a planned ConfigChange safely: only if the file still holds exactly the bytes the plan
// was made from (otherwise someone else edited it meanwhile, and we refuse), atomically through
// QSaveFile so a crash or kill never leaves a partial file, into the symlink's target, keeping
// the file's permissions, and recording the change in the history.

#include "Expected.h"
#include "config/ChangeHistory.h"
#include "config/ConfigChange.h"

#include <QCoreApplication>

class ConfigWriter
{
    Q_DECLARE_TR_FUNCTIONS(ConfigWriter)

public:
    // history may be null (no recording), e.g. for tests of the writer alone.
    explicit ConfigWriter(ChangeHistory *history);

    // Returns the history entry's id ("" when nothing needed writing or no history is kept).
    Expected<QString> apply(const ConfigChange &change);

private:
    Expected<void> checkUnchangedOnDisk(const ConfigChange &change) const;
    Expected<void> writeAtomically(const ConfigChange &change) const;

    ChangeHistory *m_history;
};

#pragma once

// Plans the restore of a history entry against the file as it is now, so a restore never
// silently drops what was written after the entry:
// - file untouched since the entry: it goes back exactly to the bytes before the entry;
// - file changed since: only the keys the entry changed go back to their earlier values and every
//   later edit stays (KeepLaterEdits), or — only when asked (WholeFile, the CLI's --force) — the
//   whole file goes back, with a note naming the lines that this drops.
// Secrets are never in the history (SecretMask): a masked line takes the current secret from the
// file, or is left out with a note. Only the file that the ecosystem itself resolves as its user
// file is ever restored; an entry naming any other path is refused.

#include "Expected.h"
#include "config/ChangeHistory.h"
#include "config/EcosystemConfig.h"

#include <QCoreApplication>

class RestorePlanner
{
    Q_DECLARE_TR_FUNCTIONS(RestorePlanner)

public:
    enum class Mode
    {
        KeepLaterEdits,
        WholeFile,
    };

    explicit RestorePlanner(const EcosystemConfig &config)
        : m_config(config)
    {}

    Expected<ConfigChange> plan(const HistoryEntry &entry, Mode mode) const;

    // Pure: the same, given the file as read for editing.
    Expected<ConfigChange> plan(const HistoryEntry &entry, Mode mode, const EditInput &input) const;

private:
    const EcosystemConfig &m_config;
};

#pragma once

// Shared pieces of the mirrordeck-cli commands: finding the ecosystem named on the command line,
// printing errors the one way the CLI prints them, and applying or previewing a planned change.

#include "CliCommand.h"
#include "Expected.h"
#include "catalog/MirrorCatalog.h"
#include "config/ConfigChange.h"
#include "config/EcosystemConfig.h"
#include "config/EffectiveSetting.h"
#include "probe/LatencyLookup.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>
#include <memory>

class CliSupport
{
    Q_DECLARE_TR_FUNCTIONS(CliSupport)

public:
    enum ExitCode
    {
        Success = 0,
        Failure = 1,
        UsageError = 2
    };

    // The ecosystem named `id`, or nullptr after printing a usage error listing the valid ones.
    static std::unique_ptr<EcosystemConfig> ecosystem(const QString &id, CliContext &context);

    static int fail(CliContext &context, const CoreError &error);
    static int usage(CliContext &context, const QString &message);
    // Prints HostNameCheck's warning on stderr when the host of `url` imitates another name
    // (mixed scripts); returns whether it did. A warning, not a refusal.
    static bool warnAboutHostName(const QString &url, CliContext &context);

    // Takes --dry-run out of args; true when it was there.
    static bool takeFlag(QStringList &args, const QString &flag);
    // Takes "--name VALUE" (or "--name=VALUE"); empty when absent. Sets ok=false when VALUE is
    // missing.
    static QString takeOption(QStringList &args, const QString &name, bool *ok);

    using Planner = std::function<Expected<ConfigChange>()>;
    // Plans with `plan`. With dryRun: prints the unified diff (secrets masked) or that nothing
    // would change. Otherwise writes the change through ConfigWriter + history and reports it;
    // if another process wrote the file in between, plans again on the new bytes (bounded). Both
    // say what still overrides the file (`key`'s shadows).
    static int planAndApply(const Planner &plan, const EcosystemConfig &ecosystem,
                            const QString &key, bool dryRun, CliContext &context);
    // The same for a file that is not a tool's own (a shell start-up file): `afterwards` runs
    // after the diff or the write, e.g. to say what still overrides the setting.
    static int planAndApply(const Planner &plan, bool dryRun, CliContext &context,
                            const std::function<void()> &afterwards = {});
    // Several files changed as one (a profile, or the restore of one): with dryRun, every diff
    // (secrets masked) and the notes; otherwise ProfileApplier writes them with one group id.
    static int applyChangeGroup(const QList<ConfigChange> &changes, bool dryRun,
                                CliContext &context);
    static void printShadows(const EcosystemConfig &ecosystem, const QString &key,
                             CliContext &context);

    static QJsonObject toJson(const EffectiveSetting &setting);

    // The catalog (--catalog FILE or the built-in one) plus the user's own mirrors; a user mirror
    // that cannot be added is reported as a warning on err, not a failure.
    static Expected<MirrorCatalog> loadCatalog(CliContext &context);
    static QString historyDirectory(const CliContext &context);

    // Where the CLI finds the last measured latency of a mirror without measuring: for now the
    // file `probe` records (LastProbeFile); the one place to hand in a fuller probe history.
    static std::unique_ptr<LatencyLookup> latencyLookup(const CliContext &context);
    // The language mirror names are shown in ("zh_CN" picks the Chinese names).
    static QString uiLanguage();

    // Cells a string takes in a terminal: East Asian wide and full-width characters take two.
    static int terminalWidth(const QString &text);
    // One table row: each cell padded to its width (negative: left-aligned, 0: as it is).
    static QString tableRow(const QStringList &cells, const QList<int> &widths);
};

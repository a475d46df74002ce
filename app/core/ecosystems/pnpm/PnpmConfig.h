#pragma once

// pnpm's mirror settings. pnpm (10, the version judged by the tests) takes `registry`,
// `@scope:registry`, strict-ssl and credentials from the same .npmrc files npm reads, in npm's
// order, plus two layers of its own: the workspace .npmrc next to pnpm-workspace.yaml (above the
// user file) and <configDir>/rc (below every npm file). So the file MirrorDeck edits for pnpm is
// npm's user file, ~/.npmrc, edited exactly as for npm (NpmConfig's planner, which keeps tokens and
// formatting): a switch of either tool switches both. What overrides the user file for pnpm only
// (the workspace .npmrc; pnpm_config_* variables, which pnpm 11 and later read above npm_config_*)
// is reported as a shadow.

#include "ecosystems/npm/NpmConfig.h"
#include "ecosystems/pnpm/PnpmConfigPaths.h"

#include <QCoreApplication>

class PnpmConfig : public NpmConfig
{
    Q_DECLARE_TR_FUNCTIONS(PnpmConfig)

public:
    explicit PnpmConfig(const ToolEnvironment &environment);
    PnpmConfig(const ToolEnvironment &environment, const PnpmConfigPaths &paths);

    QString id() const override { return QStringLiteral("pnpm"); }
    QString displayName() const override { return QStringLiteral("pnpm"); }
    QList<ConfigKeyInfo> keys() const override;

    Expected<QString> userConfigPath() const override;
    Expected<EffectiveSetting> effectiveSetting(const QString &key) const override;
    Expected<QList<EffectiveSetting>> effectiveSettings() const override;

    // The files pnpm reads, highest priority first: "project", "workspace", "user", "global"
    // (npm's), "pnpm-global" (<configDir>/rc).
    Expected<QList<Layer>> pnpmLayers() const;

    const PnpmConfigPaths &pnpmPaths() const { return m_pnpmPaths; }

private:
    QString valueOf(const Npmrc::Resolved &resolved, const QString &key) const;

    PnpmConfigPaths m_pnpmPaths;
};

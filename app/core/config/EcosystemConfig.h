#pragma once

// One tool's mirror settings (Go, npm, pip; later uv, yarn, Cargo …): where the tool keeps them,
// what is effective and why, and how to change the user's file losslessly. Implementations live
// in app/core/ecosystems/<id>/ and are created through EcosystemRegistry, so adding a tool means
// one new folder and one line in the registry.
//
// Every method is a pure function of the ToolEnvironment given at construction and the files on
// disk; plan* methods never write — ConfigWriter applies the returned change.

#include "Expected.h"
#include "catalog/Mirror.h"
#include "config/ConfigChange.h"
#include "config/EffectiveSetting.h"
#include "platform/ToolEnvironment.h"

#include <QString>
#include <QStringList>

struct ConfigKeyInfo
{
    QString key;         // as the tool names it: GOPROXY, registry, global.index-url
    QString description; // translated, one line
    bool multiValued = false;
};

class EcosystemConfig
{
public:
    explicit EcosystemConfig(ToolEnvironment environment)
        : m_environment(std::move(environment))
    {}
    virtual ~EcosystemConfig() = default;
    EcosystemConfig(const EcosystemConfig &) = delete;
    EcosystemConfig &operator=(const EcosystemConfig &) = delete;

    virtual QString id() const = 0;          // "go"
    virtual QString displayName() const = 0; // "Go"
    virtual QString
    mirrorKey() const = 0; // the key `use` sets: GOPROXY, registry, global.index-url
    virtual QList<ConfigKeyInfo> keys() const = 0;
    // npm accepts any `@scope:registry` besides its fixed keys.
    virtual bool isKnownKey(const QString &key) const;

    // The file MirrorDeck edits, or an error when the tool has it disabled (GOENV=off).
    virtual Expected<QString> userConfigPath() const = 0;

    virtual Expected<EffectiveSetting> effectiveSetting(const QString &key) const = 0;
    // All keys(), plus discovered dynamic ones (npm scoped registries).
    virtual Expected<QList<EffectiveSetting>> effectiveSettings() const;

    // Strict validation, as strict as the newest version of the tool; the message says what is
    // wrong and what a valid value looks like.
    virtual Expected<void> validate(const QString &key, const QString &value) const = 0;

    virtual Expected<ConfigChange> planSet(const QString &key, const QString &value) const = 0;
    virtual Expected<ConfigChange> planUnset(const QString &key) const = 0;
    // Switch to a mirror: sets mirrorKey() (and what belongs with it: GOSUMDB for Go, trusted-host
    // for an http:// pip index) in one change.
    virtual Expected<ConfigChange> planUseMirror(const Mirror &mirror) const = 0;

    const ToolEnvironment &environment() const { return m_environment; }

protected:
    ToolEnvironment m_environment;
};

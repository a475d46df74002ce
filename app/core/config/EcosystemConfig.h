#pragma once

// One tool's mirror settings (Go, npm, pip and every tool registered after them): where the tool
// keeps them, what is effective and why, and how to change the user's file losslessly.
// Implementations live in app/core/ecosystems/<id>/ and are created through EcosystemRegistry.
//
// Edits are transactions. readEditInput() is the one step that reads: the file MirrorDeck edits,
// once, plus what the tool reads below it (an EditContext). planEdits() is pure — bytes and a list
// of KeyEdits in, the new bytes, the key changes and the notes out — so fuzzers and tests can call
// it on bytes alone. planTransaction() joins the two into one ConfigChange with one rule for
// whether the file exists afterwards; planSet, planUnset and planUseMirror are one-edit (or, for a
// mirror, few-edit) transactions. Nothing here writes: ConfigWriter applies the change.

#include "Expected.h"
#include "catalog/Mirror.h"
#include "config/ConfigChange.h"
#include "config/ConfigFile.h"
#include "config/EffectiveSetting.h"
#include "config/KeyEdit.h"
#include "platform/ToolEnvironment.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QString>
#include <QStringList>

#include <memory>

struct ConfigKeyInfo
{
    QString key;         // as the tool names it: GOPROXY, registry, global.index-url
    QString description; // translated, one line
    bool multiValued = false;
};

// What an ecosystem knows about the layers below its user file when it plans (Go's $GOROOT/go.env
// chain, the hosts pip trusts in files it reads first …). Subclassed per ecosystem; planEdits()
// treats a null context as "nothing below the file".
class EditContext
{
public:
    virtual ~EditContext() = default;
};

// The user file as read once for a transaction.
struct EditInput
{
    QString path;       // as the tool names it
    QString targetPath; // behind any symlinks: where the bytes are written
    bool exists = false;
    QByteArray bytes;
    std::shared_ptr<const EditContext> context;
};

// The pure result of folding edits over EditInput::bytes.
struct EditOutcome
{
    QByteArray after;
    QList<KeyChange> keyChanges; // one per key, only keys whose value really changed
    QStringList notes;
};

class EcosystemConfig
{
    Q_DECLARE_TR_FUNCTIONS(EcosystemConfig)

public:
    explicit EcosystemConfig(ToolEnvironment environment)
        : m_environment(std::move(environment))
    {}
    virtual ~EcosystemConfig() = default;
    EcosystemConfig(const EcosystemConfig &) = delete;
    EcosystemConfig &operator=(const EcosystemConfig &) = delete;

    virtual QString id() const = 0;          // "go"
    virtual QString displayName() const = 0; // "Go"
    // The key `use` sets: GOPROXY, registry, global.index-url.
    virtual QString mirrorKey() const = 0;
    virtual QList<ConfigKeyInfo> keys() const = 0;
    // npm accepts any `@scope:registry` besides its fixed keys.
    virtual bool isKnownKey(const QString &key) const;
    // The same key as the tool sees it ("global.index_url" is "global.index-url" for pip).
    virtual QString canonicalKey(const QString &key) const { return key; }

    // The file MirrorDeck edits, or an error when the tool has it disabled (GOENV=off).
    virtual Expected<QString> userConfigPath() const = 0;

    virtual Expected<EffectiveSetting> effectiveSetting(const QString &key) const = 0;
    // All keys(), plus discovered dynamic ones (npm scoped registries).
    virtual Expected<QList<EffectiveSetting>> effectiveSettings() const;

    // Strict validation, as strict as the newest version of the tool; the message says what is
    // wrong and what a valid value looks like.
    virtual Expected<void> validate(const QString &key, const QString &value) const = 0;

    // The only planning step that reads files: the user file and the context below it.
    virtual Expected<EditInput> readEditInput() const;
    // Pure: folds `edits` over input.bytes in order. Every edit is validated; one invalid edit
    // fails the whole transaction. Key changes of one key are merged (first old, last new).
    Expected<EditOutcome> planEdits(const EditInput &input, const KeyEdits &edits) const;
    // Pure: the edits that switch to `mirror` (mirrorKey() and what belongs with it: GOSUMDB for
    // Go), given the file as it is.
    virtual Expected<KeyEdits> mirrorEdits(const Mirror &mirror, const EditInput &input) const;

    // readEditInput() + planEdits() as one ConfigChange.
    Expected<ConfigChange> planTransaction(const KeyEdits &edits) const;
    Expected<ConfigChange> planSet(const QString &key, const QString &value) const;
    Expected<ConfigChange> planUnset(const QString &key) const;
    Expected<ConfigChange> planUseMirror(const Mirror &mirror) const;

    // The change that turns `input` into `outcome`, with the one rule for existence: a file that
    // did not exist is created only when the edit writes something into it.
    ConfigChange changeFor(const EditInput &input, const EditOutcome &outcome) const;

    const ToolEnvironment &environment() const { return m_environment; }

    // The mirror protocol this tool consumes ("npm-registry"), as its Ecosystem descriptor says;
    // set by EcosystemRegistry::create(). A mirror speaking it can be used by this tool.
    void setMirrorProtocol(const QString &protocol) { m_mirrorProtocol = protocol; }
    QString mirrorProtocol() const { return m_mirrorProtocol; }

protected:
    // One edit of the transaction against the bytes planned so far (pure). Appends the key
    // changes and notes it makes to `outcome` and returns the new bytes.
    virtual Expected<QByteArray> applyEdit(const QByteArray &bytes, const KeyEdit &edit,
                                           const EditInput &input, EditOutcome *outcome) const = 0;
    // What the tool reads below the user file, for planning; read from disk (may be null).
    virtual std::shared_ptr<const EditContext> readEditContext() const { return nullptr; }
    // How strictly the tool reads text: npm and go ignore invalid bytes in lines they skip.
    virtual TextPolicy textPolicy() const { return TextPolicy::strictUtf8(); }
    // The mode of a user file MirrorDeck creates (npm: 0600, like npm, because it holds tokens).
    virtual QFileDevice::Permissions newFilePermissions() const;

    // "The mirror X is a pip mirror, not a Go one" — the check every tool makes before `use`.
    Expected<void> checkMirrorIsFor(const Mirror &mirror) const;

    ToolEnvironment m_environment;
    QString m_mirrorProtocol;
};

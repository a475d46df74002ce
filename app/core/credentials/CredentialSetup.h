#pragma once

// What adding or removing a credential entry changes in the tools' files, planned as ConfigChanges
// for ConfigWriter (one change, and so one history entry, per file):
// - git: credential.<url>.helper in the user's git config; optionally the host in Go's GOPRIVATE;
// - goproxy: on the user's explicit choice the machine line in ~/.netrc (mode 0600);
// - npm: `//host/path/:_authToken=${MIRRORDECK_TOKEN_…}` (or, explicitly, the token itself) and
//   `@scope:registry` in the user .npmrc;
// - pip: the index in global.extra-index-url (and its host in global.trusted-host for http).
// Each edit is recorded as a CredentialSetupStep; planRemove() undoes exactly those steps and
// keeps whatever the user changed since (a list keeps the user's other elements).
// Planning reads files (and runs `go env GOVERSION`), so callers keep it off the GUI thread.

#include "Expected.h"
#include "config/ConfigChange.h"
#include "credentials/CredentialEntry.h"
#include "platform/ToolEnvironment.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

struct CredentialOptions
{
    QString cliPath;           // the mirrordeck-cli the git helper runs
    bool goPrivate = false;    // git: add the host to GOPRIVATE
    bool netrc = false;        // goproxy: also write ~/.netrc (explicit choice)
    bool tokenInNpmrc = false; // npm: the token itself in .npmrc (explicit choice)
    QString secret;            // needed only for the file-holding choices above
};

struct PlannedSetup
{
    QList<ConfigChange> changes;
    QList<CredentialSetupStep> steps;
    QList<int> stepChange; // for each step, the index of its change
    QStringList notes;     // translated, for the user
};

class CredentialSetup
{
    Q_DECLARE_TR_FUNCTIONS(CredentialSetup)

public:
    static Expected<PlannedSetup> planAdd(const CredentialEntry &entry,
                                          const CredentialOptions &options,
                                          const ToolEnvironment &environment);
    static Expected<PlannedSetup> planRemove(const CredentialEntry &entry,
                                             const ToolEnvironment &environment);

    // `go env GOVERSION` as major*100+minor (119 for go1.19), 0 when go is missing.
    static int goVersion(const ToolEnvironment &environment);
    // What GOPRIVATE does to GONOPROXY and GONOSUMDB, for the CLI and the page.
    static QString goPrivateExplanation();
    // The GOPRIVATE pattern for an entry: host and path prefix, no scheme, no port.
    static QString goPrivatePattern(const CredentialEntry &entry);
};

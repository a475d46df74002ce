#pragma once

// Validates values of the Go mirror keys as strictly as the go command reads them when it runs
// (not as `go env -w`, which accepts any GOPROXY): the GOPROXY list (cmd/go/internal/modfetch/
// proxy.go), GOSUMDB (modfetch/sumdb.go with golang.org/x/mod/sumdb/note verifier keys) and the
// path.Match glob lists of GOPRIVATE, GONOPROXY, GONOSUMDB and GOINSECURE
// (golang.org/x/mod/module.MatchPrefixPatterns). Messages name the key, say what is wrong and
// show a valid example.

#include "Expected.h"

#include <QCoreApplication>
#include <QString>

class GoValueValidator
{
    Q_DECLARE_TR_FUNCTIONS(GoValueValidator)

public:
    static Expected<void> validate(const QString &key, const QString &value);

    static Expected<void> validateProxyList(const QString &key, const QString &value);
    static Expected<void> validateSumdb(const QString &key, const QString &value);
    static Expected<void> validateGlobList(const QString &key, const QString &value);

    // path.Match's pattern syntax (ErrBadPattern): unclosed or empty "[...]", a range with a
    // missing end, a trailing "\".
    static bool isWellFormedGlob(const QString &pattern);
    // A verifier key "name+hash+base64key" with a matching hash and an Ed25519 key.
    static bool isVerifierKey(const QString &key, QString *name = nullptr);

private:
    static Expected<void> checkCharacters(const QString &key, const QString &value);
    static QString exampleFor(const QString &key);
    static CoreError invalid(const QString &key, const QString &problem, const QString &example);
};

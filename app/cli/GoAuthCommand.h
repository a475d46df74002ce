#pragma once

// `mirrordeck-cli goauth [URL]`: the command form of Go's GOAUTH (go 1.24+, `go help goauth`),
// registered by `credential add --use goproxy`. Run without arguments before go's first HTTPS
// fetch, it prints one block per private GOPROXY entry — its URL, a blank line, the
// Authorization header, a blank line — with the secret from the keychain. Run again with a URL
// after a 4xx answer (the response on stdin), it prints the block of the entry for that URL only.

#include "CliCommand.h"

#include <QCoreApplication>

class GoAuthCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(GoAuthCommand)

public:
    QString name() const override { return QStringLiteral("goauth"); }
    QString synopsis() const override;
    int run(const QStringList &args, CliContext &context) override;
};

#pragma once

// `mirrordeck-cli set ECO KEY VALUE [--dry-run]` and `unset ECO KEY [--dry-run]`: one command
// class, two names, because both plan a change and then write or preview it the same way.

#include "CliCommand.h"

#include <QCoreApplication>

class SetCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetCommand)

public:
    enum class Mode
    {
        Set,
        Unset
    };
    explicit SetCommand(Mode mode)
        : m_mode(mode)
    {}

    QString name() const override;
    QString synopsis() const override;
    int run(const QStringList &args, CliContext &context) override;

private:
    Mode m_mode;
};

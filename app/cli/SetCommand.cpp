#include "SetCommand.h"

#include "CliSupport.h"

QString SetCommand::name() const
{
    return m_mode == Mode::Set ? QStringLiteral("set") : QStringLiteral("unset");
}

QString SetCommand::synopsis() const
{
    return m_mode == Mode::Set
               ? tr("set ECO KEY VALUE [--dry-run]  Set KEY in the user's config file")
               : tr("unset ECO KEY [--dry-run]  Remove KEY from the user's config file");
}

int SetCommand::run(const QStringList &arguments, CliContext &context)
{
    QStringList args = arguments;
    const bool dryRun = CliSupport::takeFlag(args, QStringLiteral("--dry-run"));
    const int expected = m_mode == Mode::Set ? 3 : 2;
    if (args.size() != expected)
        return CliSupport::usage(
            context, m_mode == Mode::Set
                         ? tr("“set” takes an ecosystem, a key and a value, e.g. "
                              "“mirrordeck-cli set go GOPROXY https://goproxy.cn,direct”.")
                         : tr("“unset” takes an ecosystem and a key, e.g. "
                              "“mirrordeck-cli unset npm registry”."));
    const auto ecosystem = CliSupport::ecosystem(args.at(0), context);
    if (!ecosystem)
        return CliSupport::UsageError;
    const QString key = args.at(1);
    if (!ecosystem->isKnownKey(key))
        return CliSupport::fail(context, makeError(CoreError::Kind::UnknownKey,
                                                   tr("%1 is not a %2 setting MirrorDeck manages.")
                                                       .arg(key, ecosystem->displayName())));
    const QString value = m_mode == Mode::Set ? args.at(2) : QString();
    const bool set = m_mode == Mode::Set;
    return CliSupport::planAndApply(
        [&]() { return set ? ecosystem->planSet(key, value) : ecosystem->planUnset(key); },
        *ecosystem, key, dryRun, context);
}

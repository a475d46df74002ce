#include "GetCommand.h"

#include "CliSupport.h"

QString GetCommand::synopsis() const
{
    return tr("get ECO KEY                Print the effective value of KEY");
}

int GetCommand::run(const QStringList &args, CliContext &context)
{
    if (args.size() != 2)
        return CliSupport::usage(context, tr("“get” takes an ecosystem and a key, e.g. "
                                             "“mirrordeck-cli get go GOPROXY”."));
    const auto ecosystem = CliSupport::ecosystem(args.at(0), context);
    if (!ecosystem)
        return CliSupport::UsageError;
    if (!ecosystem->isKnownKey(args.at(1)))
        return CliSupport::fail(context, makeError(CoreError::Kind::UnknownKey,
                                                   tr("%1 is not a %2 setting MirrorDeck manages.")
                                                       .arg(args.at(1), ecosystem->displayName())));
    const Expected<EffectiveSetting> setting = ecosystem->effectiveSetting(args.at(1));
    if (!setting)
        return CliSupport::fail(context, setting.error());
    context.out << (setting->values.isEmpty() ? setting->value
                                              : setting->values.join(QLatin1Char(' ')))
                << Qt::endl;
    return CliSupport::Success;
}

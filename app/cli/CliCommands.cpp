#include "CliCommand.h"

#include "CredentialCommand.h"
#include "ExecCommand.h"
#include "GetCommand.h"
#include "GitCredentialCommand.h"
#include "GoAuthCommand.h"
#include "HistoryCommand.h"
#include "HistoryStatsCommand.h"
#include "ListCommand.h"
#include "ProbeCommand.h"
#include "ProfileCommand.h"
#include "RestoreCommand.h"
#include "SetCommand.h"
#include "ShadowCommand.h"
#include "StatusCommand.h"
#include "UseCommand.h"

std::vector<std::unique_ptr<CliCommand>> createCliCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<StatusCommand>());
    commands.push_back(std::make_unique<GetCommand>());
    commands.push_back(std::make_unique<SetCommand>(SetCommand::Mode::Set));
    commands.push_back(std::make_unique<SetCommand>(SetCommand::Mode::Unset));
    commands.push_back(std::make_unique<ListCommand>());
    commands.push_back(std::make_unique<UseCommand>());
    commands.push_back(std::make_unique<ProbeCommand>());
    commands.push_back(std::make_unique<ProfileCommand>());
    commands.push_back(std::make_unique<HistoryCommand>());
    commands.push_back(std::make_unique<HistoryStatsCommand>());
    commands.push_back(std::make_unique<RestoreCommand>());
    commands.push_back(std::make_unique<ShadowCommand>());
    commands.push_back(std::make_unique<CredentialCommand>());
    commands.push_back(std::make_unique<GitCredentialCommand>());
    commands.push_back(std::make_unique<ExecCommand>());
    commands.push_back(std::make_unique<GoAuthCommand>());
    return commands;
}

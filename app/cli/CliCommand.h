#pragma once

// One mirrordeck-cli sub-command. Each command lives in its own file and is listed in
// CliCommands.cpp; main.cpp only parses the global options and dispatches.

#include "platform/ToolEnvironment.h"

class AppServices;

#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

struct CliContext
{
    AppServices &services; // what the window shares: history, catalog and user mirrors, settings
    const ToolEnvironment &environment; // services.environment(), the one commands use most
    QString catalogPath;                // --catalog FILE; empty means the built-in catalog
    QTextStream &out;
    QTextStream &err;
};

class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    // One translated synopsis line for --help, e.g. "get ECO KEY  Print the effective value".
    virtual QString synopsis() const = 0;
    // Translated paragraphs printed after the synopsis by "mirrordeck-cli COMMAND --help".
    virtual QString details() const { return {}; }
    // args excludes the command name and the global options. Returns the process exit code:
    // 0 success, 1 failure (one clear line on err), 2 usage error.
    virtual int run(const QStringList &args, CliContext &context) = 0;
};

std::vector<std::unique_ptr<CliCommand>> createCliCommands();

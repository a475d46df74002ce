#pragma once

// Opens a text file at a line for the user to read or fix it: in the first known GUI editor on
// PATH with that editor's line syntax (`code -g FILE:LINE`, `gedit +LINE FILE`, `kate -l LINE
// FILE` …), otherwise with the desktop's default application for the file (no line then).

#include <QString>
#include <QStringList>

#include <optional>

class FileLineOpener
{
public:
    struct Command
    {
        QString program; // the editor's full path
        QStringList arguments;
    };

    // The editor command for `path` at `line`: of the directories in `searchPath` (PATH's
    // syntax), the first that holds a known editor decides; nullopt when none does.
    static std::optional<Command> editorCommand(const QString &path, int line,
                                                const QString &searchPath);

    // Starts the editor (detached) or asks the desktop to open the file; false when neither
    // could be started.
    static bool open(const QString &path, int line);
};

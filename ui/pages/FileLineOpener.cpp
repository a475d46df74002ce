#include "FileLineOpener.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QUrl>

namespace {

struct KnownEditor
{
    const char *name;
    QStringList (*arguments)(const QString &path, int line);
};

const KnownEditor kEditors[] = {
    {"code",
     [](const QString &path, int line) {
         return QStringList{QStringLiteral("-g"), path + QLatin1Char(':') + QString::number(line)};
     }},
    {"codium",
     [](const QString &path, int line) {
         return QStringList{QStringLiteral("-g"), path + QLatin1Char(':') + QString::number(line)};
     }},
    {"gedit",
     [](const QString &path, int line) {
         return QStringList{QLatin1Char('+') + QString::number(line), path};
     }},
    {"gnome-text-editor",
     [](const QString &path, int line) {
         return QStringList{QLatin1Char('+') + QString::number(line), path};
     }},
    {"xed",
     [](const QString &path, int line) {
         return QStringList{QLatin1Char('+') + QString::number(line), path};
     }},
    {"kate",
     [](const QString &path, int line) {
         return QStringList{QStringLiteral("-l"), QString::number(line), path};
     }},
};

} // namespace

std::optional<FileLineOpener::Command> FileLineOpener::editorCommand(const QString &path, int line,
                                                                     const QString &searchPath)
{
    const QStringList directories = searchPath.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    for (const QString &directory : directories) {
        for (const KnownEditor &editor : kEditors) {
            const QFileInfo candidate(QDir(directory).filePath(QLatin1String(editor.name)));
            if (candidate.isFile() && candidate.isExecutable())
                return Command{candidate.absoluteFilePath(), editor.arguments(path, qMax(1, line))};
        }
    }
    return std::nullopt;
}

bool FileLineOpener::open(const QString &path, int line)
{
    const std::optional<Command> command =
        editorCommand(path, line, QString::fromLocal8Bit(qgetenv("PATH")));
    if (command && QProcess::startDetached(command->program, command->arguments))
        return true;
    return QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

#pragma once

// Plans the one edit MirrorDeck makes to a shell start-up file: commenting out the line that
// exports a variable shadowing a tool's setting (ShellStartupScanner found it), and putting such
// a line back from the history. Only "# " is inserted at the start of the line (every physical
// line of a backslash-continued one); CRLF, a BOM, a missing final newline and every other byte
// stay as they are. The change is written like any edit, by ConfigWriter, into a history of its
// own named historyName(); only the files ShellStartupScanner lists are ever planned or restored.

#include "Expected.h"
#include "config/ChangeHistory.h"
#include "config/ConfigChange.h"
#include "config/EffectiveSetting.h"
#include "config/ShellStartupScanner.h"
#include "platform/ToolEnvironment.h"

#include <QCoreApplication>
#include <QList>

class ShellStartupEditor
{
    Q_DECLARE_TR_FUNCTIONS(ShellStartupEditor)

public:
    explicit ShellStartupEditor(const ToolEnvironment &environment);

    // The history the shell start-up files' changes are kept under: not the id of any tool.
    static QString historyName();

    // Whether `path` is one of the start-up files the scanner reads.
    bool isStartupFile(const QString &path) const;

    // Reads the shadow's file and comments out its export line. Refuses a shadow that is not a
    // shell start-up export, a file the scanner does not read, and a line that no longer holds
    // the export (the file changed since the scan).
    Expected<ConfigChange> planCommentOut(const Shadow &shadow) const;
    // Several exports of one file as one change (they must all name `filePath`).
    Expected<ConfigChange> planCommentOut(const QString &filePath,
                                          const QList<ShellExport> &exports) const;

    // Pure: the new bytes for `bytes` (the file as read) with each export's line commented out.
    // `notes` receives one sentence per line. A line already commented out this way is left as
    // it is (no-op); a line that holds no such export any more is an error.
    static Expected<QByteArray> commentOut(const QString &filePath, const QByteArray &bytes,
                                           const QList<ShellExport> &exports,
                                           QStringList *notes = nullptr);

    // The change that puts back the lines a history entry commented out, in the file as it is
    // now (later edits elsewhere in the file are kept).
    Expected<ConfigChange> planRestore(const HistoryEntry &entry) const;
    // Pure: `current` with the lines `entry` commented out uncommented.
    static Expected<QByteArray> uncomment(const HistoryEntry &entry, const QByteArray &current);

    // The command that drops the variable from a terminal that already has it: `unset NAME`, or
    // `set -e NAME` for fish.
    static QString unsetCommand(const Shadow &shadow);

private:
    ToolEnvironment m_environment;
};

#pragma once

// A planned edit of one config file: the exact bytes before and after. Planning and writing are
// separate steps so the GUI can show the diff first and the writer can refuse when the file
// changed on disk in between.

#include <QByteArray>
#include <QFileDevice>
#include <QList>
#include <QString>
#include <QStringList>

struct KeyChange
{
    QString key;
    QString oldValue; // empty when the key was not set in this file
    QString newValue; // empty when the key is removed
    // A shell start-up file's `export` commented out (newValue empty) or put back: the history
    // should say so rather than "removed", since the line is still there to restore.
    bool byComment = false;
};

struct ConfigChange
{
    QString ecosystem;  // "go", "npm", "pip"
    QString filePath;   // the path as the tool names it
    QString targetPath; // where the bytes are written (symlinks followed)
    bool existedBefore = false;
    bool existsAfter = true; // false: restoring a state in which the file did not exist
    QByteArray before;
    QByteArray after;
    QList<KeyChange> keyChanges;
    // Translated sentences the user should read before applying (e.g. npm: "your token is for the
    // old registry only"). Never errors: an invalid change is not planned at all.
    QStringList notes;
    // Restoring a history entry: the entry the change undoes ("" for an ordinary edit).
    QString restoresEntry;
    // …planned key by key because the file changed since the entry: later edits are kept.
    bool restoreKeepsLaterEdits = false;
    // Several files changed as one (a profile applied to go, npm and pip): every file's history
    // entry carries the same group id, so restoring any of them restores them all (see
    // ProfileApplier). `groupLabel` ("Profile “Home”") leads the entry's summary.
    QString group;
    QString groupLabel;
    // Mode for a file that does not exist yet (npm keeps tokens in .npmrc: 0600, like npm itself).
    QFileDevice::Permissions newFilePermissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ReadGroup | QFileDevice::ReadOther;

    // Setting the value that is already there writes nothing at all.
    bool isNoOp() const
    {
        return (existedBefore == existsAfter && before == after) ||
               (!existedBefore && !existsAfter);
    }

    // "GOPROXY: https://a → https://b; GOSUMDB: … " — for history lists and commit-like summaries;
    // secrets masked.
    QString summary() const;
};

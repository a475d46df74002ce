#pragma once

// Reads a config file for editing, refusing anything that is not a small UTF-8 text file: binary
// data, NUL bytes, invalid UTF-8 (where the tool would read it), more than 1 MB, unreadable. A
// missing file is not an error (it reads as empty and `exists` is false), because setting a
// mirror often creates the user file.
//
// Only a regular file is read. A named pipe, socket or device is refused before any read, and the
// file is opened non-blocking and checked again on the open descriptor: reading a pipe waits for
// a writer forever, /dev/zero never ends, and a tty would steal the user's input.
//
// A symlinked config is followed: `targetPath` is where the bytes really live and where a write
// must go, so the link itself survives. A dangling link leads to where a new file will be created.
// A symlink loop is refused (the tools themselves fail with ELOOP): there is no file to edit, and
// replacing the link with a regular file would destroy what the user set up.

#include "Expected.h"
#include "config/LineDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

struct ConfigFile
{
    QString path;       // as the tool names it
    QString targetPath; // the file behind any symlinks
    bool exists = false;
    QByteArray bytes;
    LineDocument document;
};

// Which lines must be valid UTF-8, following the tool that reads the file. pip decodes the whole
// file strictly, so one bad byte anywhere makes pip refuse it; the go command and npm never look
// at some lines (go: a line not starting with A-Z or without "="; npm: comments), so invalid bytes
// there are harmless to them. MirrorDeck then accepts the file and, since a LineDocument is bytes,
// keeps such lines byte for byte.
struct TextPolicy
{
    // Gets one line's raw bytes: up to but not including its "\n" (so a CRLF line ends in "\r"),
    // with the BOM in front of the first line.
    using LinePredicate = bool (*)(const QByteArray &line);

    // Null: every line must be UTF-8.
    LinePredicate isIgnoredLine = nullptr;

    static TextPolicy strictUtf8() { return {}; }
    static TextPolicy ignoringInvalidBytesIn(LinePredicate isIgnoredLine)
    {
        return {isIgnoredLine};
    }
};

class ConfigFileReader
{
    Q_DECLARE_TR_FUNCTIONS(ConfigFileReader)

public:
    static constexpr qint64 kMaxFileSize = 1024 * 1024;

    static Expected<ConfigFile> read(const QString &path,
                                     TextPolicy policy = TextPolicy::strictUtf8());
    // The checks alone, for bytes that came from elsewhere (fuzzers, history entries).
    static Expected<void> checkText(const QByteArray &bytes, const QString &path,
                                    TextPolicy policy = TextPolicy::strictUtf8());
    // The bytes of the regular file behind `path` (at most kMaxFileSize + 1 of them, so a caller
    // sees that it is too large), std::nullopt when there is none, without any check of the text.
    // Errors name `path`. Kind Io: unreadable, a directory, a symlink loop (the tools skip such a
    // file when it is not the one they edit); kind BadFile: a pipe, socket or device, which no
    // tool can use as its config (each would hang or read garbage) and nobody should skip quietly.
    static Expected<std::optional<QByteArray>> readBytes(const QString &path,
                                                         QString *targetPath = nullptr);

    // Follows symlinks (also dangling ones, whose target is where a new file will be created).
    // A loop is an error.
    static Expected<QString> followLinks(const QString &path);
    // followLinks() for callers that only need a best guess: a loop gives `path` itself.
    static QString resolveTarget(const QString &path);

    // For the writer, under its lock, right before it replaces `targetPath` (the resolved path):
    // refuses a target that is now a symlink (a loop, or one put there since it was read), a
    // pipe, socket, device or directory. A missing target is fine: the write creates it.
    // `shownPath` is the path the errors name (the one the tool uses).
    static Expected<void> checkWritableTarget(const QString &targetPath, const QString &shownPath);
};

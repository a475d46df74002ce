#pragma once

// Reads a config file for editing, refusing anything that is not a small UTF-8 text file: binary
// data, NUL bytes, invalid UTF-8, more than 1 MB, unreadable. A missing file is not an error (it
// reads as empty and `exists` is false), because setting a mirror often creates the user file.
//
// A symlinked config is followed: `targetPath` is where the bytes really live and where a write
// must go, so the link itself survives.

#include "Expected.h"
#include "config/LineDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

struct ConfigFile
{
    QString path;       // as the tool names it
    QString targetPath; // the file behind any symlinks
    bool exists = false;
    QByteArray bytes;
    LineDocument document;
};

class ConfigFileReader
{
    Q_DECLARE_TR_FUNCTIONS(ConfigFileReader)

public:
    static constexpr qint64 kMaxFileSize = 1024 * 1024;

    static Expected<ConfigFile> read(const QString &path);
    // The checks alone, for bytes that came from elsewhere (fuzzers, history entries).
    static Expected<void> checkText(const QByteArray &bytes, const QString &path);
    // Follows symlinks (also dangling ones, whose target is where a new file will be created).
    static QString resolveTarget(const QString &path);
};

#pragma once

// Checks values for uv's index keys before MirrorDeck writes them. uv also takes local paths and
// file:// URLs for an index; a mirror is a remote simple index, so MirrorDeck asks for an
// absolute http(s) URL with a host, without spaces, fragment or control characters. Messages
// name the key, say what is wrong and show a valid example.

#include "Expected.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class UvValueValidator
{
    Q_DECLARE_TR_FUNCTIONS(UvValueValidator)

public:
    static Expected<void> validate(const QString &key, const QString &value);
    static Expected<void> validateIndexUrl(const QString &key, const QString &url);
    // Entries of a list value as the CLI and the editor pass it: separated by whitespace.
    static QStringList splitValues(const QString &value);
};

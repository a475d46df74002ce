#pragma once

// Small values the data-merge tests record and store: a GOPROXY change for ChangeHistory and a
// user's own npm mirror for UserMirrorStore.

#include "catalog/Mirror.h"
#include "config/ConfigChange.h"

#include <QByteArray>
#include <QString>

inline ConfigChange goProxyChange(const QByteArray &before, const QByteArray &after,
                                  const QString &path = QStringLiteral("/home/u/.config/go/env"))
{
    ConfigChange change;
    change.ecosystem = QStringLiteral("go");
    change.filePath = path;
    change.targetPath = path;
    change.existedBefore = !before.isEmpty();
    change.before = before;
    change.after = after;
    change.keyChanges = {
        {QStringLiteral("GOPROXY"), QString::fromUtf8(before), QString::fromUtf8(after)}};
    return change;
}

inline Mirror npmUserMirror(const QString &id, const QString &url)
{
    Mirror mirror;
    mirror.id = id;
    mirror.ecosystem = QStringLiteral("npm");
    mirror.url = url;
    mirror.name = id;
    return mirror;
}

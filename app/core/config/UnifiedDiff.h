#pragma once

// A unified diff (as `diff -u` prints it) between two versions of a config file, for the preview
// before a change is written.

#include <QByteArray>
#include <QString>

class UnifiedDiff
{
public:
    static QString compute(const QByteArray &before, const QByteArray &after,
                           const QString &fromLabel, const QString &toLabel, int context = 3);
};

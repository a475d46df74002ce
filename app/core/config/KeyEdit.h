#pragma once

// One step of a configuration transaction: set `key` to `value`, or remove it. A list of them is
// planned against the bytes of one file and written as one change with one history entry.

#include <QList>
#include <QString>

struct KeyEdit
{
    QString key;
    QString value;
    bool unset = false;

    static KeyEdit set(QString key, QString value) { return {std::move(key), std::move(value)}; }
    static KeyEdit remove(QString key) { return {std::move(key), QString(), true}; }
};

using KeyEdits = QList<KeyEdit>;

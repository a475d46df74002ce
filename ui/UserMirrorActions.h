#pragma once

// Saves and removes the user's own mirrors (UserMirrorStore, on the disk pool) and rebuilds the
// shared catalog afterwards, so the pages, the engine and the tables all see the same list.

#include "AppContext.h"
#include "Expected.h"
#include "catalog/Mirror.h"

#include <QObject>

class UserMirrorActions : public QObject
{
    Q_OBJECT

public:
    // `baseCatalog`: the built-in or --catalog mirrors, without the user's own.
    UserMirrorActions(const AppContext &context, QList<Mirror> baseCatalog,
                      QObject *parent = nullptr);

    void save(const Mirror &mirror, const QString &previousId);
    void remove(const Mirror &mirror);

Q_SIGNALS:
    // The shared catalog now holds the new list.
    void catalogChanged();
    void failed(const CoreError &error);

private:
    void finish(const Expected<void> &result, const QList<Mirror> &userMirrors);

    AppContext m_context;
    QList<Mirror> m_base;
};

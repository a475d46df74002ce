#pragma once

// One MirrorDeck window per user: the first instance listens on a local socket; a second one
// (a double-click on the launcher while the window sits in the tray) tells the first to show
// itself and exits.

#include <QObject>
#include <QString>

class QLocalServer;

class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // `key` distinguishes users and test runs; the default is per user.
    explicit SingleInstance(QString key = {}, QObject *parent = nullptr);

    // True when this process is the first; false after having asked the running one to show
    // its window (this process should then exit). Waits at most ~0.5 s, before any window.
    bool claim();
    QString serverName() const { return m_name; }

Q_SIGNALS:
    void activationRequested();

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};

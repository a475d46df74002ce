#pragma once

// One MirrorDeck per user: the first instance listens on a local socket; a later launch (a
// double-click on the launcher while the window sits in the tray, `mirrordeck --show`,
// `mirrordeck --quit`) sends it one command line ("show" or "quit"), waits for its "ok" and exits.

#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

class SingleInstance : public QObject
{
    Q_OBJECT

public:
    enum class Command
    {
        Show,
        Quit
    };

    // `key` distinguishes users and test runs; the default is per user (and per
    // MIRRORDECK_INSTANCE_KEY, which tests set so they never meet the developer's instance).
    explicit SingleInstance(QString key = {}, QObject *parent = nullptr);

    // True when this process is the first; false after having asked the running one to show
    // its window (this process should then exit). Waits at most ~0.5 s, before any window.
    bool claim();
    // Sends `command` to a running instance; false when none answered. Waits at most ~1.5 s.
    bool send(Command command) const;
    QString serverName() const { return m_name; }

Q_SIGNALS:
    void activationRequested();
    void quitRequested();

private:
    bool listen();
    void onReadyRead(QLocalSocket *socket);

    QString m_name;
    QLocalServer *m_server = nullptr;
};

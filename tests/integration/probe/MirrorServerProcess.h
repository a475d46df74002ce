#pragma once

// Starts tests/fixtures/mirror_server.py with the given --mirror specs and hands out the mirrors
// it serves (as catalog entries) and their URLs. The server exits when this object closes its
// stdin, so a crashed test never leaves it behind. Shared by the probe tests and the benchmark.

#include "catalog/Mirror.h"

#include <QHash>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

class MirrorServerProcess
{
public:
    MirrorServerProcess() = default;
    ~MirrorServerProcess();
    MirrorServerProcess(const MirrorServerProcess &) = delete;
    MirrorServerProcess &operator=(const MirrorServerProcess &) = delete;

    // `mirrorSpecs` are "ID:ECO[:key=value,...]"; `extraArgs` e.g. {"--artifact-size", "1000000"}.
    // Returns false (with errorString()) when the server did not come up within 15 s.
    bool start(const QStringList &mirrorSpecs, const QStringList &extraArgs = {});
    void stop();

    QString errorString() const { return m_error; }
    QString catalogPath() const { return m_catalogPath; }
    QList<Mirror> mirrors() const { return m_mirrors; }
    Mirror mirror(const QString &id) const;
    QString url(const QString &id) const { return m_urls.value(id); }
    quint16 port(const QString &id) const { return m_ports.value(id); }

private:
    QProcess m_process;
    QTemporaryDir m_dir;
    QString m_error;
    QString m_catalogPath;
    QList<Mirror> m_mirrors;
    QHash<QString, QString> m_urls;
    QHash<QString, quint16> m_ports;
};

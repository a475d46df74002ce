#include "MirrorServerProcess.h"

#include "catalog/MirrorCatalog.h"

#include <QJsonDocument>
#include <QJsonObject>

MirrorServerProcess::~MirrorServerProcess()
{
    stop();
}

bool MirrorServerProcess::start(const QStringList &mirrorSpecs, const QStringList &extraArgs)
{
    m_catalogPath = m_dir.filePath(QStringLiteral("catalog.json"));
    QStringList args{QStringLiteral(MIRRORDECK_SOURCE_DIR "/tests/fixtures/mirror_server.py"),
                     QStringLiteral("--catalog-out"), m_catalogPath,
                     QStringLiteral("--exit-on-stdin-eof")};
    args += extraArgs;
    for (const QString &spec : mirrorSpecs)
        args << QStringLiteral("--mirror") << spec;
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral("python3"), args);
    if (!m_process.waitForStarted(5000)) {
        m_error = m_process.errorString();
        return false;
    }
    QByteArray line;
    while (!line.endsWith('\n')) {
        if (!m_process.waitForReadyRead(15000)) {
            m_error = QStringLiteral("mirror_server.py did not report ready");
            return false;
        }
        line += m_process.readAll();
    }
    const QJsonObject info = QJsonDocument::fromJson(line).object();
    const QJsonObject mirrors = info.value(QStringLiteral("mirrors")).toObject();
    for (auto it = mirrors.begin(); it != mirrors.end(); ++it) {
        const QJsonObject m = it.value().toObject();
        m_urls.insert(it.key(), m.value(QStringLiteral("url")).toString());
        m_ports.insert(it.key(), quint16(m.value(QStringLiteral("port")).toInt()));
    }
    const Expected<QList<Mirror>> catalog = MirrorCatalog::loadFile(m_catalogPath);
    if (!catalog) {
        m_error = catalog.error().toString();
        return false;
    }
    m_mirrors = *catalog;
    return true;
}

void MirrorServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

Mirror MirrorServerProcess::mirror(const QString &id) const
{
    for (const Mirror &m : m_mirrors) {
        if (m.id == id)
            return m;
    }
    return {};
}

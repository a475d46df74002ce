#include "LaunchAtLogin.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

const QString LaunchAtLogin::kFileName = QStringLiteral("io.github.mirrordeck.MirrorDeck.desktop");

LaunchAtLogin::LaunchAtLogin(QString autostartDir, QString templatePath)
    : m_autostartDir(autostartDir.isEmpty() ? defaultAutostartDir() : std::move(autostartDir))
    , m_templatePath(templatePath.isEmpty() ? defaultTemplatePath() : std::move(templatePath))
{}

QString LaunchAtLogin::defaultAutostartDir()
{
    // GenericConfigLocation honours XDG_CONFIG_HOME, as the autostart spec requires.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart");
}

QString LaunchAtLogin::defaultTemplatePath()
{
    // <prefix>/bin/mirrordeck → <prefix>/share/mirrordeck/…-autostart.desktop
    return QDir::cleanPath(QCoreApplication::applicationDirPath() +
                           QStringLiteral("/../share/mirrordeck/"
                                          "io.github.mirrordeck.MirrorDeck-autostart.desktop"));
}

QString LaunchAtLogin::entryPath() const
{
    return m_autostartDir + QLatin1Char('/') + kFileName;
}

bool LaunchAtLogin::isEnabled() const
{
    return QFileInfo::exists(entryPath());
}

QByteArray LaunchAtLogin::entryContents() const
{
    QFile templateFile(m_templatePath);
    if (templateFile.open(QIODevice::ReadOnly))
        return templateFile.readAll();
    // Not installed (running from a build tree): point at this very executable.
    QString exec = QCoreApplication::applicationFilePath();
    if (exec.contains(QLatin1Char(' ')))
        exec = QLatin1Char('"') + exec + QLatin1Char('"');
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=MirrorDeck\n"
                          "Exec=%1 --minimized\n"
                          "Icon=io.github.mirrordeck.MirrorDeck\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(exec)
        .toUtf8();
}

Expected<void> LaunchAtLogin::setEnabled(bool enabled) const
{
    if (!enabled) {
        if (isEnabled() && !QFile::remove(entryPath()))
            return makeError(CoreError::Kind::Io,
                             tr("The autostart entry cannot be removed. Check the permissions of "
                                "%1.")
                                 .arg(QDir::toNativeSeparators(m_autostartDir)),
                             entryPath());
        return {};
    }
    if (!QDir().mkpath(m_autostartDir))
        return makeError(CoreError::Kind::Io,
                         tr("The folder %1 cannot be created. Check its permissions.")
                             .arg(QDir::toNativeSeparators(m_autostartDir)));
    QSaveFile file(entryPath());
    const QByteArray contents = entryContents();
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() ||
        !file.commit())
        return makeError(CoreError::Kind::Io,
                         tr("The autostart entry cannot be written (%1).").arg(file.errorString()),
                         entryPath());
    return {};
}

#pragma once

// "Launch at login" on Linux: an XDG autostart entry in ~/.config/autostart. The installed
// template (share/mirrordeck/io.github.mirrordeck.MirrorDeck-autostart.desktop) is copied when
// present, so packagers decide its content; otherwise a minimal entry is written that starts
// this executable minimised.

#include "Expected.h"

#include <QCoreApplication>
#include <QString>

class LaunchAtLogin
{
    Q_DECLARE_TR_FUNCTIONS(LaunchAtLogin)

public:
    static const QString kFileName; // io.github.mirrordeck.MirrorDeck.desktop

    // `autostartDir` defaults to $XDG_CONFIG_HOME/autostart (~/.config/autostart);
    // `templatePath` defaults to the installed autostart template next to the executable.
    explicit LaunchAtLogin(QString autostartDir = {}, QString templatePath = {});

    bool isEnabled() const;
    Expected<void> setEnabled(bool enabled) const;
    QString entryPath() const;

    static QString defaultAutostartDir();
    static QString defaultTemplatePath();

private:
    QByteArray entryContents() const;

    QString m_autostartDir;
    QString m_templatePath;
};

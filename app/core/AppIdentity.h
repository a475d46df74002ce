#pragma once

// The names both executables register with Qt, so the window and the CLI share one settings file,
// one history and one list of user mirrors (~/.config/MirrorDeck/,
// ~/.local/share/MirrorDeck/mirrordeck/ on Linux).

#include <QCoreApplication>

namespace AppIdentity {

inline void apply()
{
    QCoreApplication::setOrganizationName(QStringLiteral("MirrorDeck"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("mirrordeck.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("mirrordeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MIRRORDECK_VERSION));
}

} // namespace AppIdentity

#pragma once

// The names every MirrorDeck executable registers with Qt, so the window and the CLI share one
// settings file, one history and one list of user mirrors (on Linux ~/.config/MirrorDeck/
// mirrordeck.conf, ~/.config/MirrorDeck/mirrordeck/ and ~/.local/share/MirrorDeck/mirrordeck/).
// AppServices applies it; nothing else should set these names.

#include <QCoreApplication>
#include <QStringList>

namespace AppIdentity {

inline QString organizationName()
{
    return QStringLiteral("MirrorDeck");
}

inline QString applicationName()
{
    return QStringLiteral("mirrordeck");
}

// Spellings earlier releases used (the window registered as "MirrorDeck"); their folders and
// settings are merged into the canonical ones once (LegacyDataMerge).
inline QStringList legacyApplicationNames()
{
    return {QStringLiteral("MirrorDeck")};
}

inline void apply()
{
    QCoreApplication::setOrganizationName(organizationName());
    QCoreApplication::setOrganizationDomain(QStringLiteral("mirrordeck.github.io"));
    QCoreApplication::setApplicationName(applicationName());
    QCoreApplication::setApplicationVersion(QStringLiteral(MIRRORDECK_VERSION));
}

} // namespace AppIdentity

#include "ConfigChange.h"

#include "config/SecretMask.h"

#include <QCoreApplication>

QString ConfigChange::summary() const
{
    QStringList parts;
    for (const KeyChange &change : keyChanges) {
        if (change.byComment && change.newValue.isEmpty())
            parts << QCoreApplication::translate("ConfigChange", "%1 commented out (was %2)")
                         .arg(change.key, change.oldValue);
        else if (change.byComment)
            parts << QCoreApplication::translate("ConfigChange", "%1 put back: %2")
                         .arg(change.key, change.newValue);
        else if (change.newValue.isEmpty())
            parts << QCoreApplication::translate("ConfigChange", "%1 removed (was %2)")
                         .arg(change.key, change.oldValue);
        else if (change.oldValue.isEmpty())
            parts << QCoreApplication::translate("ConfigChange", "%1 set to %2")
                         .arg(change.key, change.newValue);
        else
            parts << QCoreApplication::translate("ConfigChange", "%1: %2 → %3")
                         .arg(change.key, change.oldValue, change.newValue);
    }
    // A URL with credentials in a value must not reach a terminal, a log or the history.
    return SecretMask::maskText(parts.join(QLatin1String("; ")));
}

#include "ErrorAdvice.h"

QString ErrorAdvice::nextStep(const CoreError &error)
{
    switch (error.kind) {
    case CoreError::Kind::InvalidValue:
    case CoreError::Kind::UnknownKey:
        return tr("Nothing was written. Correct the value and try again.");
    case CoreError::Kind::BadFile:
        return tr("MirrorDeck leaves this file alone while the tool cannot read it. Fix the line "
                  "named above in a text editor, then press F5.");
    case CoreError::Kind::Io:
        return tr("When the file or its folder can be written again, press F5 and make the "
                  "change again.");
    case CoreError::Kind::NotFound:
        return tr("Press F5 to read the current state again.");
    case CoreError::Kind::Network:
        return tr("Check the proxy in Preferences, then press F5.");
    case CoreError::Kind::Busy:
        return tr("Nothing was written. Apply again in a moment.");
    case CoreError::Kind::Conflict: // the core says "reload and make the change again"
    case CoreError::Kind::Usage:
        break;
    }
    return QString();
}

QString ErrorAdvice::describe(const CoreError &error)
{
    const QString step = nextStep(error);
    return step.isEmpty() ? error.toString() : error.toString() + QLatin1Char('\n') + step;
}

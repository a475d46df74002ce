#pragma once

// What to do next after an error from the core, in the UI language. The core's sentence says
// what went wrong; this adds the step the user takes in this window (F5, fix the line, …), so
// every error banner ends with something to do.

#include "Expected.h"

#include <QCoreApplication>
#include <QString>

class ErrorAdvice
{
    Q_DECLARE_TR_FUNCTIONS(ErrorAdvice)

public:
    // Empty when the core's message already ends with the only sensible step (a conflict).
    static QString nextStep(const CoreError &error);

    // The core's sentence followed by the next step, for a banner.
    static QString describe(const CoreError &error);
};

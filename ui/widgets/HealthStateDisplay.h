#pragma once

// How a mirror's health state looks in the widgets: a translated word and a shape-coded icon
// (disc + tick, triangle + "!", square + cross, circle + "?"), so the state never rests on colour
// alone. Shared by the table, the charts' tool-tips and the panel's status line.

#include "probe/HealthState.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

class HealthStateDisplay
{
    Q_DECLARE_TR_FUNCTIONS(HealthStateDisplay)

public:
    static QString text(HealthState state);
    static QIcon icon(HealthState state);
    // Up first, Unknown last: the order in which a user scans for a usable mirror.
    static int sortRank(HealthState state);
};

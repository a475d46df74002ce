#pragma once

// The icon of a tool: a small rounded badge with its name in its brand colour (from its
// Ecosystem descriptor) —
// recognisable at a glance in the navigation and on the overview, and independent of the icon
// theme.

#include <QIcon>
#include <QString>

QIcon ecosystemIcon(const QString &ecosystem);

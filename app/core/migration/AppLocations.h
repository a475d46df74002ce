#pragma once

// Where one application name keeps its data: the folders QStandardPaths gives it and the file
// QSettings uses. Computed for the canonical name and for each older spelling, so LegacyDataMerge
// can move one into the other.

#include <QString>

struct AppLocations
{
    QString dataDirectory;   // AppDataLocation: history/
    QString configDirectory; // AppConfigLocation: user-mirrors.json
    QString settingsFile;    // QSettings(NativeFormat, UserScope, organisation, application)

    // The locations `applicationName` has under the organisation AppIdentity applied. The
    // application name currently set must be AppIdentity's: the folders are derived from it.
    static AppLocations forApplication(const QString &applicationName);
};

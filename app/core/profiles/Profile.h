#pragma once

// A profile: a named set of settings for several tools at once ("Home", "Office", "CI") — e.g.
// GOPROXY + GOPRIVATE, npm's registry and a scoped registry, pip's index. Plain data; ProfileStore
// keeps them, ProfileApplier captures and applies them.

#include <QList>
#include <QString>

struct ProfileSetting
{
    QString ecosystem; // "go"
    QString key;       // as the tool names it: GOPROXY, @corp:registry, global.index-url
    QString value;
    // The tool's default when the profile was saved: applying removes the key from the user
    // file, so the tool falls back to that default again.
    bool isDefault = false;
};

struct Profile
{
    QString name;
    QList<ProfileSetting> settings;

    QStringList ecosystems() const
    {
        QStringList ids;
        for (const ProfileSetting &setting : settings) {
            if (!ids.contains(setting.ecosystem))
                ids.append(setting.ecosystem);
        }
        return ids;
    }
};

#pragma once

// One tool as data: its id and name, how its config is read and edited (an EcosystemConfig for a
// ToolEnvironment), which mirror protocol it consumes, the extra catalog fields its mirrors may
// carry, and the types of its keys (so a generic editor can show any tool). Each tool's folder
// defines one (go/GoEcosystem.cpp …); EcosystemRegistry lists them.

#include "Expected.h"
#include "config/EcosystemConfig.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

// What kind of value a key holds; lists are entered one entry per line and joined with the
// key's separator when written.
enum class ConfigKeyType
{
    String,
    Url,
    UrlList,
    HostList,
    GlobList,
    Bool,
};

struct ConfigKeyDescription
{
    QString key;
    ConfigKeyType type = ConfigKeyType::String;
    // How list entries are joined in the tool's value: "," for GOPRIVATE, "\n" for pip's
    // multi-line values.
    QString separator = QStringLiteral("\n");

    bool isList() const
    {
        return type == ConfigKeyType::UrlList || type == ConfigKeyType::HostList ||
               type == ConfigKeyType::GlobList;
    }
};

// A catalog field only this tool's mirrors carry (Go's "sumdb"): stored in Mirror::options.
struct MirrorOptionDescription
{
    QString key;                          // the JSON field: "sumdb"
    std::function<QString()> label;       // translated: "Checksum database"
    std::function<QString()> placeholder; // translated example
    // Empty values are never validated: an option is optional.
    std::function<Expected<void>(const QString &value)> validate;
};

struct Ecosystem
{
    QString id;                           // "go"
    std::function<QString()> displayName; // "Go" (translated where it differs)
    QString protocol;                     // the mirror protocol it consumes: "goproxy"
    std::function<std::unique_ptr<EcosystemConfig>(const ToolEnvironment &)> createConfig;
    QList<MirrorOptionDescription> mirrorOptions;
    QList<ConfigKeyDescription> keyTypes; // keys not listed are strings
    // The mirror URL in a value of the mirror key: GOPROXY is a list whose first entry is the
    // mirror in use. Unset: the value itself.
    std::function<QString(const QString &value)> mirrorUrlOf;
    // Its badge in the navigation, the overview and the tray: a short name on its brand colour.
    QString badgeText;              // "Go"; empty: the id's first three letters
    quint32 badgeColour = 0x555f6d; // 0xRRGGBB (the core has no QtGui)
    // How this tool relates to another tool's setting (it reads it too, or it ignores it although
    // the two share mirrors), said on both pages. The other tool's folder names nobody: the note
    // for its page comes from here. Translated; empty functions when there is nothing to say.
    QString relatedTo;                      // the other tool's id
    std::function<QString()> relationNote;  // on this tool's page
    std::function<QString()> relatedToNote; // on the page of `relatedTo`

    ConfigKeyDescription keyDescription(const QString &key) const;
    const MirrorOptionDescription *mirrorOption(const QString &key) const;
    QString mirrorUrlIn(const QString &value) const
    {
        return mirrorUrlOf ? mirrorUrlOf(value) : value;
    }
};

#pragma once

// One mirror of one ecosystem, as listed in the catalog (resources/mirrors.json) or added by the
// user. Plain data; MirrorCatalog loads and validates it.

#include <QHash>
#include <QJsonObject>
#include <QString>

struct Mirror
{
    QString id;        // stable, unique within the catalog: "goproxy-cn", "npmmirror", "tuna"
    QString ecosystem; // "go" | "npm" | "pip": the tool whose catalog lists it
    // What it speaks ("goproxy", "npm-registry", "pypi-simple"): the ecosystem's protocol unless
    // the entry names one; every tool consuming that protocol can use the mirror.
    QString protocol;
    QString url;           // exactly the value written into the tool's config
    QString name;          // English display name
    QString nameZh;        // Chinese display name ("name_zh")
    bool official = false; // the upstream itself (proxy.golang.org, registry.npmjs.org, pypi.org)
    bool userDefined = false; // added by the user, editable and removable
    // Listed nowhere: the value a tool uses now, measured anyway so its health is shown (the
    // window offers to add it to the user's mirrors). Never stored.
    bool adHoc = false;
    // Fields only its ecosystem knows, validated by that ecosystem's descriptor (Go's "sumdb":
    // the GOSUMDB value to write when switching to this mirror). Empty values are not stored.
    QHash<QString, QString> options;
    QString homepage;  // the mirror's help page, for "About this mirror"
    QString notes;     // honest notes: what could not be verified
    QJsonObject extra; // unknown fields are kept so a round-trip through the app loses nothing
    // Added after the original fields so positional initialisation elsewhere stays valid.
    QString provider;   // who runs it, in English ("Tsinghua University TUNA")
    QString providerZh; // who runs it, in Chinese ("清华大学 TUNA 协会"); "provider_zh"

    QString option(const QString &key) const { return options.value(key); }
    void setOption(const QString &key, const QString &value)
    {
        if (value.isEmpty())
            options.remove(key);
        else
            options.insert(key, value);
    }

    // The name in the UI language: nameZh for a Chinese locale when present, else name.
    QString displayName(const QString &uiLanguage) const
    {
        return uiLanguage.startsWith(QLatin1String("zh")) && !nameZh.isEmpty() ? nameZh : name;
    }
};

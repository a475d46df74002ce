#pragma once

// The mirrors the app knows: the built-in catalog (resources/mirrors.json, compiled in at
// ":/catalog/mirrors.json") or a file given with --catalog, plus the user's own mirrors. Answers
// lookups by id and by ecosystem. Loading and validation live in MirrorJson; this class only
// combines lists and looks things up.

#include "Expected.h"
#include "catalog/Mirror.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class MirrorCatalog
{
    Q_DECLARE_TR_FUNCTIONS(MirrorCatalog)

public:
    static const QString kBuiltInPath; // ":/catalog/mirrors.json"

    MirrorCatalog() = default;
    explicit MirrorCatalog(QList<Mirror> mirrors)
        : m_mirrors(std::move(mirrors))
    {}

    // The compiled-in catalog, validated.
    static Expected<QList<Mirror>> builtIn();
    // A catalog file (--catalog FILE, or the user's own mirror file), validated.
    static Expected<QList<Mirror>> loadFile(const QString &path, bool userDefined = false);

    // What the app and the CLI use: `catalogPath` (--catalog) when not empty, else the built-in
    // catalog; then the user's own mirrors (see addUserMirrors; `skipped` receives its warnings).
    static Expected<MirrorCatalog> load(const QString &catalogPath,
                                        const QList<Mirror> &userMirrors = {},
                                        QList<CoreError> *skipped = nullptr);

    // Adds the user's own mirrors after the catalog ones. A user mirror whose id the catalog
    // already uses (e.g. a later release added that id) is skipped rather than failing the whole
    // catalog; the returned errors say which were skipped and why.
    QList<CoreError> addUserMirrors(const QList<Mirror> &userMirrors,
                                    const QString &sourceFile = {});

    const QList<Mirror> &mirrors() const { return m_mirrors; }
    bool isEmpty() const { return m_mirrors.isEmpty(); }
    qsizetype size() const { return m_mirrors.size(); }

    std::optional<Mirror> find(const QString &id) const;
    bool contains(const QString &id) const { return find(id).has_value(); }
    // The protocol a mirror speaks: its own, else the one its ecosystem reads.
    static QString protocolOf(const Mirror &mirror);

    // The mirrors an ecosystem can use: every mirror speaking the protocol it consumes, whichever
    // tool's catalog lists it (an npm-registry mirror serves every npm-registry client). In catalog
    // order: official first when the file lists it first (the shipped one does).
    QList<Mirror> byEcosystem(const QString &ecosystem) const;
    // The upstream registry of an ecosystem's protocol ("official": true), if the catalog has one.
    std::optional<Mirror> official(const QString &ecosystem) const;
    // The usable mirror whose url equals `url` (what a config holds), ignoring a trailing slash
    // and the case of scheme and host.
    std::optional<Mirror> findByUrl(const QString &ecosystem, const QString &url) const;

private:
    QList<Mirror> m_mirrors;
};

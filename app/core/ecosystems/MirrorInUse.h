#pragma once

// Which mirror a tool's effective value points at: the catalog (or user) mirror whose URL the
// value is, or — for a chain such as GOPROXY — whose URL its first entry is. The CLI's `list`,
// `status` and `probe` and the window's pages mark that mirror as the one in use.

#include "catalog/MirrorCatalog.h"

#include <optional>

class MirrorInUse
{
public:
    // The URL in `value` that names the mirror (GOPROXY's first entry; the value itself for
    // tools with one URL), as the ecosystem's descriptor says.
    static QString urlIn(const QString &ecosystem, const QString &value);
    // The usable mirror of `ecosystem` the value points at, if the catalog knows it.
    static std::optional<Mirror> find(const MirrorCatalog &catalog, const QString &ecosystem,
                                      const QString &value);
};

#pragma once

// The index settings of one uv settings file (uv.toml, or pyproject.toml under [tool.uv]) read
// from a TomlDocument, and the edits MirrorDeck makes to them:
//   - the default index: the first `[[index]]` entry with `default = true`; its `url`;
//   - `index-url` (deprecated by uv in favour of [[index]]) and `extra-index-url` (an array of
//     URLs), top-level keys.
// Edits keep every other byte; see TomlDocument.

#include "Expected.h"
#include "config/TomlDocument.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class UvSettingsFile
{
    Q_DECLARE_TR_FUNCTIONS(UvSettingsFile)

public:
    struct Setting
    {
        QString value;      // a single URL, or the entries joined by spaces
        QStringList values; // for lists
        int line = 0;       // 1-based
    };

    UvSettingsFile(TomlDocument document, QStringList prefix);
    static Expected<UvSettingsFile> parse(const QByteArray &bytes, const QString &path,
                                          const QStringList &prefix = {});

    const TomlDocument &document() const { return m_document; }
    QByteArray toBytes() const { return m_document.toBytes(); }

    // The entry number of the default [[index]] entry, or -1.
    int defaultIndexEntry() const;
    std::optional<Setting> defaultIndex() const;
    // Top-level key ("index-url", "extra-index-url") as a string or array of strings.
    std::optional<Setting> topLevel(const QString &key) const;
    // "default-index", "index-url" or "extra-index-url".
    std::optional<Setting> find(const QString &key) const;

    // The default entry's url is changed in place; without a default entry one is appended:
    // [[index]] url = "…" default = true.
    Expected<void> setDefaultIndex(const QString &url);
    // Removes the default entry (the whole [[index]] table). Returns whether anything changed.
    Expected<bool> removeDefaultIndex();
    Expected<void> setTopLevel(const QString &key, const QStringList &values, bool list);
    Expected<bool> removeTopLevel(const QString &key);

private:
    TomlDocument::TableRef indexTable(int entry) const;

    TomlDocument m_document;
    QStringList m_prefix;
};

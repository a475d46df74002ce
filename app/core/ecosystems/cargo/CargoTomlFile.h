#pragma once

// The few things Cargo's settings need from a config.toml, over the generic lossless
// TomlDocument: a string at a key path however the file spells it ([source.x] tables, dotted
// keys, inline tables, quoted keys), the names of the tables below one, and edits that change
// only the bytes of what they touch.

#include "Expected.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class TomlDocument;

class CargoTomlFile
{
public:
    struct Value
    {
        QString text; // a string's value; other types as written
        bool isString = false;
        int line = 0; // 1-based
    };

    CargoTomlFile();
    ~CargoTomlFile();
    CargoTomlFile(CargoTomlFile &&) noexcept;
    CargoTomlFile &operator=(CargoTomlFile &&) noexcept;

    // A parse error names `path` and the line.
    static Expected<CargoTomlFile> parse(const QByteArray &bytes, const QString &path);

    std::optional<Value> value(const QStringList &keyPath) const;
    // The keys of the table at `keyPath` ("source" -> crates-io, mirror …).
    QStringList childKeys(const QStringList &keyPath) const;
    bool hasTable(const QStringList &keyPath) const;

    // Sets a string (creating the table it belongs in, in the file's own style when it has one).
    Expected<void> setString(const QStringList &keyPath, const QString &value);
    // Removes a key; nothing when it is absent.
    Expected<void> remove(const QStringList &keyPath);
    // Removes the table at `keyPath` when nothing but whitespace remains in it.
    Expected<void> removeTableIfEmpty(const QStringList &keyPath);

    QByteArray toBytes() const;

private:
    std::unique_ptr<TomlDocument> m_document;
};

#pragma once

// A GOPROXY value as the go command reads it (cmd/go/internal/modfetch/proxy.go): entries
// separated by "," (next entry only after 404/410) or "|" (next entry after any error), each
// trimmed, empty ones skipped; "off" and "direct" end the list. Used to validate a value and to
// switch the first proxy of a user's chain while keeping the fallbacks they chose.

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

class GoProxyList
{
public:
    struct Entry
    {
        QString text;         // trimmed, as written
        QChar separatorAfter; // ',' or '|' (what happens when this entry fails); null at the end
    };

    static GoProxyList parse(const QString &value);

    const QList<Entry> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }

    // The URL the go command uses for an entry: a bare host ("goproxy.cn") gets "https://".
    static QString effectiveUrl(const QString &entry);
    static bool isKeyword(const QString &entry); // "off" or "direct"

    // Whether anything follows the first proxy (another proxy, "direct" or "off"): the user chose
    // what happens when it fails, so switching mirrors keeps that.
    bool hasFallback() const;

    // `url` as the first proxy: with a fallback chain, the first entry is replaced and every other
    // entry and every separator kept; when `url` already is a later entry it swaps places with the
    // first one. Without a fallback: "url,direct".
    QString withFirstProxy(const QString &url) const;

    // The entries that differ between two chains of the same shape (same length, same
    // separators), translated ("entry 1: “A” becomes “B”"); empty when the shapes differ.
    static QStringList describeChange(const QString &before, const QString &after);

    QString toString() const;

private:
    QList<Entry> m_entries;
};

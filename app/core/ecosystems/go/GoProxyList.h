#pragma once

// A GOPROXY value as the go command reads it (cmd/go/internal/modfetch/proxy.go): entries
// separated by "," (next entry only after 404/410) or "|" (next entry after any error), each
// trimmed, empty ones skipped; "off" and "direct" end the list. Used to validate a value and to
// switch the first proxy of a user's chain while keeping the fallbacks they chose.

#include <QChar>
#include <QList>
#include <QString>

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

    // `url` as the first proxy: with a fallback chain, the first entry is replaced and the rest
    // kept (minus later entries naming the same URL); otherwise "url,direct".
    QString withFirstProxy(const QString &url) const;

    QString toString() const;

private:
    QList<Entry> m_entries;
};

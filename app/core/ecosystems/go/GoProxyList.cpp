#include "GoProxyList.h"

#include <QCoreApplication>

GoProxyList GoProxyList::parse(const QString &value)
{
    GoProxyList list;
    qsizetype start = 0;
    while (start <= value.size()) {
        qsizetype end = start;
        while (end < value.size() && value.at(end) != QLatin1Char(',') &&
               value.at(end) != QLatin1Char('|'))
            ++end;
        // Go's strings.TrimSpace: ASCII and Unicode white space, "\r" included.
        const QString text = value.mid(start, end - start).trimmed();
        const QChar separator = end < value.size() ? value.at(end) : QChar();
        // An empty entry is skipped, as in the go command's loop; the separator after a real entry
        // decides its fallback behaviour.
        if (!text.isEmpty())
            list.m_entries.append({text, separator});
        if (end >= value.size())
            break;
        start = end + 1;
    }
    return list;
}
QString GoProxyList::effectiveUrl(const QString &entry)
{
    const bool hasUrlChars = entry.contains(QLatin1Char('.')) || entry.contains(QLatin1Char(':')) ||
                             entry.contains(QLatin1Char('/'));
    if (hasUrlChars && !entry.contains(QLatin1String(":/")) && !entry.startsWith(QLatin1Char('/')))
        return QStringLiteral("https://") + entry;
    return entry;
}

bool GoProxyList::isKeyword(const QString &entry)
{
    return entry == QLatin1String("off") || entry == QLatin1String("direct");
}

bool GoProxyList::hasFallback() const
{
    return m_entries.size() >= 2 && !isKeyword(m_entries.first().text);
}

static QString normalizedUrl(const QString &entry)
{
    QString url = GoProxyList::effectiveUrl(entry);
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
}

QString GoProxyList::withFirstProxy(const QString &url) const
{
    if (!hasFallback())
        return url + QStringLiteral(",direct");
    // Only entry texts move; each position keeps the separator after it, so "A|B,direct" stays a
    // "|" chain ending in ",direct" whatever is switched, and no entry the user wrote is lost.
    GoProxyList result = *this;
    const QString wanted = normalizedUrl(url);
    if (normalizedUrl(m_entries.first().text) == wanted)
        return toString();
    for (qsizetype i = 1; i < m_entries.size(); ++i) {
        if (normalizedUrl(m_entries.at(i).text) == wanted) {
            // Already a fallback: it moves to the front and the old first proxy takes its place.
            result.m_entries[i].text = m_entries.first().text;
            break;
        }
    }
    result.m_entries[0].text = url;
    return result.toString();
}

QStringList GoProxyList::describeChange(const QString &before, const QString &after)
{
    const GoProxyList a = parse(before);
    const GoProxyList b = parse(after);
    if (a.m_entries.size() < 2 || a.m_entries.size() != b.m_entries.size())
        return {};
    QStringList changes;
    for (qsizetype i = 0; i < a.m_entries.size(); ++i) {
        if (a.m_entries.at(i).separatorAfter != b.m_entries.at(i).separatorAfter)
            return {}; // a different chain, not a switch within the user's chain
        if (a.m_entries.at(i).text != b.m_entries.at(i).text)
            changes << QCoreApplication::translate("GoProxyList", "entry %1: “%2” becomes “%3”")
                           .arg(i + 1)
                           .arg(a.m_entries.at(i).text, b.m_entries.at(i).text);
    }
    return changes;
}

QString GoProxyList::toString() const
{
    QString text;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        text += m_entries.at(i).text;
        if (i + 1 < m_entries.size()) {
            const QChar separator = m_entries.at(i).separatorAfter;
            text += separator.isNull() ? QChar(QLatin1Char(',')) : separator;
        }
    }
    return text;
}

#include "catalog/HostNameCheck.h"

#include <QHostAddress>
#include <QList>
#include <QSet>
#include <QStringList>

namespace {

using ScriptSet = QSet<QChar::Script>;

// The script sets UTS #39 "highly restrictive" allows in one label besides a single script.
bool isAllowedCombination(const ScriptSet &scripts)
{
    if (scripts.size() <= 1)
        return true;
    static const QList<ScriptSet> allowed = {
        {QChar::Script_Latin, QChar::Script_Han, QChar::Script_Hiragana, QChar::Script_Katakana},
        {QChar::Script_Latin, QChar::Script_Han, QChar::Script_Bopomofo},
        {QChar::Script_Latin, QChar::Script_Han, QChar::Script_Hangul},
    };
    for (const ScriptSet &set : allowed) {
        if (set.contains(scripts))
            return true;
    }
    return false;
}

// Cyrillic letters that render like Latin ones (Chromium's list of whole-script confusables).
bool isLatinLookingCyrillic(char32_t c)
{
    static const QString letters = QStringLiteral("аысԁеԍһіюјӏорԗԛѕԝхуъьҽпгѵѡ");
    return c <= 0xFFFF && letters.contains(QChar(char16_t(c)));
}

QString scriptName(QChar::Script script)
{
    switch (script) {
    case QChar::Script_Latin:
        return HostNameCheck::tr("Latin");
    case QChar::Script_Cyrillic:
        return HostNameCheck::tr("Cyrillic");
    case QChar::Script_Greek:
        return HostNameCheck::tr("Greek");
    case QChar::Script_Armenian:
        return HostNameCheck::tr("Armenian");
    case QChar::Script_Hebrew:
        return HostNameCheck::tr("Hebrew");
    case QChar::Script_Arabic:
        return HostNameCheck::tr("Arabic");
    case QChar::Script_Han:
        return HostNameCheck::tr("Han");
    case QChar::Script_Hiragana:
        return HostNameCheck::tr("Hiragana");
    case QChar::Script_Katakana:
        return HostNameCheck::tr("Katakana");
    case QChar::Script_Hangul:
        return HostNameCheck::tr("Hangul");
    case QChar::Script_Bopomofo:
        return HostNameCheck::tr("Bopomofo");
    default:
        return HostNameCheck::tr("other");
    }
}

struct LabelScripts
{
    ScriptSet scripts;
    QList<QChar::Script> order; // first appearance, for a stable message
    bool allLatinLookingCyrillic = true;
};

LabelScripts scriptsOf(const QString &label)
{
    LabelScripts result;
    for (const char32_t c : label.toUcs4()) {
        const QChar::Script script = QChar::script(c);
        // Digits, "-" and combining marks belong to every script.
        if (script == QChar::Script_Common || script == QChar::Script_Inherited)
            continue;
        if (!result.scripts.contains(script)) {
            result.scripts.insert(script);
            result.order.append(script);
        }
        if (script != QChar::Script_Cyrillic || !isLatinLookingCyrillic(c))
            result.allLatinLookingCyrillic = false;
    }
    if (result.scripts.isEmpty())
        result.allLatinLookingCyrillic = false;
    return result;
}

bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7F)
            return false;
    }
    return true;
}

} // namespace

HostNameVerdict HostNameCheck::check(const QUrl &url)
{
    return checkHost(url.host(QUrl::FullyDecoded));
}

HostNameVerdict HostNameCheck::checkHost(const QString &rawHost)
{
    HostNameVerdict verdict;
    const QString trimmed = rawHost.trimmed();
    if (trimmed.isEmpty() || QHostAddress().setAddress(trimmed))
        return verdict; // nothing to imitate with an IP literal
    const QByteArray ace = QUrl::toAce(trimmed);
    if (ace.isEmpty())
        return verdict; // not a valid name at all: URL validation reports that
    verdict.aceHost = QString::fromLatin1(ace);
    // fromAce of the ACE form: the Unicode a reader sees, "xn--" labels included, whether or
    // not Qt's IDN whitelist would show this TLD decoded.
    verdict.host = QUrl::fromAce(ace, QUrl::IgnoreIDNWhitelist).toLower();

    const QStringList labels = verdict.host.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    const bool asciiTld = !labels.isEmpty() && isAscii(labels.last());
    for (const QString &label : labels) {
        if (isAscii(label))
            continue;
        const LabelScripts scripts = scriptsOf(label);
        if (!isAllowedCombination(scripts.scripts)) {
            verdict.mixedScripts = true;
            QStringList names;
            for (const QChar::Script s : scripts.order)
                names.append(scriptName(s));
            verdict.warning =
                tr("The host name “%1” mixes scripts (%2) in “%3”, as names made to look like "
                   "another one do. Its real form is %4; check it is the mirror you mean.")
                    .arg(verdict.host, names.join(QStringLiteral(", ")), label, verdict.aceHost);
            return verdict;
        }
        if (asciiTld && scripts.allLatinLookingCyrillic) {
            verdict.wholeScriptConfusable = true;
            verdict.warning =
                tr("The host name “%1” is written in Cyrillic letters that look like Latin ones "
                   "(“%2”). Its real form is %3; check it is the mirror you mean.")
                    .arg(verdict.host, label, verdict.aceHost);
            return verdict;
        }
    }
    return verdict;
}

QString HostNameCheck::revealedUrl(const QString &url)
{
    QUrl parsed(url.trimmed());
    const HostNameVerdict verdict = check(parsed);
    if (!verdict.suspicious())
        return url;
    parsed.setHost(verdict.aceHost);
    // FullyEncoded keeps the ACE host: a decoded form would show the Unicode name again.
    return QString::fromLatin1(parsed.toEncoded());
}

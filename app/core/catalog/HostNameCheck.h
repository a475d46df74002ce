#pragma once

// Spots host names that imitate others, as browsers do before they show an internationalised
// name in Unicode (Chromium's IDN spoof checks, UTS #39 "highly restrictive"): a label may use
// one script, or Latin together with the CJK combinations Japanese, Chinese and Korean names
// use (Han + Hiragana + Katakana, Han + Bopomofo, Han + Hangul). A label that mixes Latin with
// Cyrillic, Greek or any other script (a Cyrillic "о" in "goprоxy.cn"), or that is written
// entirely in Cyrillic letters shaped like Latin ones under an ASCII top-level domain
// ("аррӏе.com"), gets a warning that names its real, punycode (ACE) form — which is what the
// tools send to DNS. Pure: no I/O, no network.
//
// Used where user mirrors are accepted (UserMirrorStore stores such a host in ACE form, so every
// later display shows what it really is) and by the CLI's probe and use output. The config
// planner can add HostNameCheck::check(url).warning to its notes.

#include <QCoreApplication>
#include <QString>
#include <QUrl>

struct HostNameVerdict
{
    QString host;    // the host in Unicode, lower case, as the user reads it
    QString aceHost; // the ASCII-compatible form ("xn--…" labels); == host for plain ASCII
    bool mixedScripts = false;          // a label mixes scripts
    bool wholeScriptConfusable = false; // a label is all Cyrillic look-alikes of Latin letters
    QString warning;                    // translated; empty when the name raises no doubt

    bool suspicious() const { return !warning.isEmpty(); }
};

class HostNameCheck
{
    Q_DECLARE_TR_FUNCTIONS(HostNameCheck)

public:
    // The host of `url` (an IP literal or a URL without a host raises no doubt).
    static HostNameVerdict check(const QUrl &url);
    static HostNameVerdict check(const QString &url) { return check(QUrl(url.trimmed())); }
    static HostNameVerdict checkHost(const QString &host);
    // `url` with a suspicious host replaced by its ACE form; unchanged otherwise.
    static QString revealedUrl(const QString &url);
};

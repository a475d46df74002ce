#pragma once

// The small pieces of JavaScript behaviour npm's config reading depends on, reproduced exactly:
// npm/ini's `unsafe` (quotes, inline comments, `\;` `\#` escapes), JavaScript's notion of
// whitespace (String.prototype.trim and the regex `\s`), JSON.parse + String() for quoted values,
// @npmcli/config's `${VAR}` expansion — and the inverse, encoding a value so that npm/ini reads
// it back unchanged. Kept apart from the document class so each rule can be tested on its own.

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class NpmIniSyntax
{
public:
    enum class Quote
    {
        None,
        Double,
        Single
    };

    // A value as npm/ini's decode() leaves it, already turned into the text String(value) gives.
    struct Decoded
    {
        QString text;
        bool isString = true; // false: JSON.parse produced a number, boolean, null, object …
        bool truthy = true;   // JavaScript truthiness, which decides how [section] headers act
        bool isObject = false;
        bool isArray = false; // a JSON array: npm/ini then appends later values to it
        QStringList items;    // its elements as String() shows them
        Quote quote = Quote::None;
    };

    static bool isJsWhitespace(QChar c);
    static QString jsTrim(const QString &text);
    static bool isBlank(const QString &text);

    // npm/ini unsafe(): trims, parses quoted text as JSON (single quotes stripped first), or cuts
    // an unquoted value at the first unescaped `;` or `#`.
    static Decoded unsafe(const QString &raw);
    // decode()'s treatment of the value: "true"/"false"/"null" become JSON values.
    static Decoded decodeValue(const QString &raw);

    // @npmcli/config env-replace.js: `${NAME}`, `${NAME?}` (empty when undefined), `\${` escapes.
    static QString expand(const QString &text, const QProcessEnvironment &environment);

    // Text that, written as a value in the given quote style, decodes to exactly `value`; a
    // style that cannot carry the value falls back to a JSON double-quoted string.
    static QString encodeValue(const QString &value, Quote preferred);
    static QString jsonQuote(const QString &value);
};

#pragma once

// The lexical rules of .yarnrc.yml as js-yaml applies them, shared by Yarnrc's reader and its
// writer: quoted scalars and their escapes, flow collections, which characters a plain scalar may
// hold and which the file may not hold raw.

#include "config/LineDocument.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace YarnrcSyntax {

// QString::fromUtf8 without dropping a leading U+FEFF.
QString utf8(const QByteArray &bytes);
// Whether a line holds only characters js-yaml accepts.
bool printable(const QByteArray &line);
bool isBlank(char c);
// The characters js-yaml refuses at the start of a plain scalar.
bool isIndicator(char c);
int skipBlanks(const QByteArray &text, int pos);
// After a value: nothing, or a comment (then *hasComment). False for anything else.
bool restIsCommentOrEmpty(const QByteArray &text, int pos, bool *hasComment);

struct Quoted
{
    bool ok = false;
    bool unterminated = false;
    int end = 0; // just after the closing quote
    QString text;
    QString error;
};

// A quoted scalar starting at `pos` (on its quote), on one line.
Quoted readSingle(const QByteArray &text, int pos);
Quoted readDouble(const QByteArray &text, int pos);

// The end of a flow collection starting at `pos` on line `line`: {line, pos after the close},
// or line -1 when it is not closed before the end of the file.
struct FlowEnd
{
    int line = -1;
    int end = 0;
};
FlowEnd scanFlow(const LineDocument &document, int line, int pos);
// The items of a one-line flow sequence of scalars ("[a, 'b', "c"]"); false when it holds
// anything else.
bool flatFlowItems(const QByteArray &flow, QStringList *items);

// Characters a file must not hold raw (js-yaml refuses them, or they break lines).
bool mustEscape(ushort u);
bool plainIsSafe(const QString &value);

} // namespace YarnrcSyntax

#pragma once

// Python's idea of whitespace around names and values, shared by PipConf's parser and editor.

#include "ecosystems/pip/PipConf.h"

#include <QByteArray>
#include <QString>

namespace PipConfText {

inline const QByteArray kUtf8Bom("\xEF\xBB\xBF");

inline int leadingSpace(const QString &text)
{
    int index = 0;
    while (index < text.size() && PipConf::isPythonSpace(text.at(index)))
        ++index;
    return index;
}

inline int trailingSpaceStart(const QString &text)
{
    int end = int(text.size());
    while (end > 0 && PipConf::isPythonSpace(text.at(end - 1)))
        --end;
    return end;
}

inline QString pyStrip(const QString &text)
{
    const int start = leadingSpace(text);
    const int end = trailingSpaceStart(text);
    return end > start ? text.mid(start, end - start) : QString();
}

} // namespace PipConfText

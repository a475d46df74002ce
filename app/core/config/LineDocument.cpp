#include "LineDocument.h"

static const QByteArray kUtf8Bom("\xEF\xBB\xBF");

LineDocument LineDocument::fromBytes(const QByteArray &bytes)
{
    LineDocument document;
    qsizetype start = 0;
    if (bytes.startsWith(kUtf8Bom)) {
        document.m_hasBom = true;
        start = kUtf8Bom.size();
    }
    while (start < bytes.size()) {
        const qsizetype newline = bytes.indexOf('\n', start);
        if (newline < 0) {
            document.m_lines.append({bytes.mid(start), QByteArray()});
            break;
        }
        qsizetype contentEnd = newline;
        if (contentEnd > start && bytes.at(contentEnd - 1) == '\r')
            --contentEnd;
        document.m_lines.append({bytes.mid(start, contentEnd - start),
                                 bytes.mid(contentEnd, newline + 1 - contentEnd)});
        start = newline + 1;
    }
    return document;
}

QByteArray LineDocument::toBytes() const
{
    QByteArray bytes;
    if (m_hasBom)
        bytes += kUtf8Bom;
    for (const Line &line : m_lines) {
        bytes += line.content;
        bytes += line.terminator;
    }
    return bytes;
}

QByteArray LineDocument::preferredTerminator() const
{
    int crlf = 0;
    int lf = 0;
    for (const Line &line : m_lines) {
        if (line.terminator == "\r\n")
            ++crlf;
        else if (line.terminator == "\n")
            ++lf;
    }
    return crlf > lf ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
}

void LineDocument::replaceLine(int index, const QByteArray &content)
{
    m_lines[index].content = content;
}

void LineDocument::insertLine(int index, const QByteArray &content)
{
    const QByteArray terminator = preferredTerminator();
    if (index >= lineCount()) {
        if (!m_lines.isEmpty() && m_lines.last().terminator.isEmpty()) {
            // Keep "no final newline": the old last line needs a terminator now, the new one has
            // none.
            m_lines.last().terminator = terminator;
            m_lines.append({content, QByteArray()});
        } else {
            m_lines.append({content, terminator});
        }
        return;
    }
    m_lines.insert(index, {content, terminator});
}

void LineDocument::removeLine(int index)
{
    const bool wasLast = index == lineCount() - 1;
    const bool hadTerminator = !m_lines.at(index).terminator.isEmpty();
    m_lines.removeAt(index);
    // Removing an unterminated last line leaves the new last line unterminated, as the file was.
    if (wasLast && !hadTerminator && !m_lines.isEmpty())
        m_lines.last().terminator.clear();
}

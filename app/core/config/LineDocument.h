#pragma once

// A text file as a sequence of byte lines, each with the exact terminator it had ("\n", "\r\n" or
// none for a last line without a final newline) and the UTF-8 byte order mark kept aside. Every
// format editor works on this, so bytes outside an edited line survive unchanged by construction.
//
// Only "\n" ends a line here; a lone "\r" stays inside the line's content, because Go reads it as
// part of the value. Format classes that treat "\r" differently (npm, pip) look at it themselves.

#include <QByteArray>
#include <QList>

class LineDocument
{
public:
    struct Line
    {
        QByteArray content;    // without the terminator
        QByteArray terminator; // "\n", "\r\n" or "" (only possible for the last line)
    };

    LineDocument() = default;
    static LineDocument fromBytes(const QByteArray &bytes);
    QByteArray toBytes() const;

    int lineCount() const { return int(m_lines.size()); }
    const QByteArray &line(int index) const { return m_lines.at(index).content; }
    const QList<Line> &lines() const { return m_lines; }
    bool hasBom() const { return m_hasBom; }
    bool isEmpty() const { return m_lines.isEmpty(); }

    // "\r\n" when most terminated lines use it, else "\n": new lines follow the file's habit.
    QByteArray preferredTerminator() const;

    void replaceLine(int index, const QByteArray &content);
    // Inserts before `index` (index == lineCount() appends). A file that did not end with a
    // newline still does not: the appended line takes over the missing terminator.
    void insertLine(int index, const QByteArray &content);
    void removeLine(int index);

private:
    QList<Line> m_lines;
    bool m_hasBom = false;
};

// PipConf's editing half: new file bytes with one option set or removed, every other byte kept.
// The parsing half is PipConf.cpp.

#include "PipConf.h"

#include "ecosystems/pip/PipConfText.h"

#include <QHash>
#include <QSet>

#include <map>

using namespace PipConfText;

// Collects edits against the parsed lines and produces the new bytes; untouched lines keep their
// original bytes, new lines take the file's most common line ending.
class PipConf::Editor
{
public:
    explicit Editor(const PipConf &conf)
        : m_conf(conf)
    {}

    void replaceSpan(const ValueSpan &span, const QString &value)
    {
        QString text =
            m_replaced.count(span.line) ? m_replaced[span.line] : m_conf.m_lines.at(span.line).text;
        text.replace(span.start, span.end - span.start, value);
        m_replaced[span.line] = text;
    }
    void remove(int line) { m_removed.insert(line); }
    // line == -1 inserts at the very start; line == lineCount appends.
    void insertAfter(int line, const QStringList &texts) { m_inserted[line] += texts; }

    QByteArray result() const
    {
        QList<Line> lines;
        const QByteArray newline = preferredTerminator();
        auto appendNew = [&](const QString &text) {
            if (!lines.isEmpty() && lines.last().terminator.isEmpty()) {
                // The file did not end with a newline and still does not: the new last line
                // takes over the missing terminator.
                lines.last().terminator = newline;
                lines.append({text.toUtf8(), QByteArray(), text});
            } else {
                lines.append({text.toUtf8(), newline, text});
            }
        };
        for (const QString &text : m_inserted.value(-1))
            appendNew(text);
        for (int index = 0; index < m_conf.m_lines.size(); ++index) {
            const Line &original = m_conf.m_lines.at(index);
            if (m_removed.contains(index)) {
                // Removing an unterminated last line leaves the new last line unterminated.
                if (original.terminator.isEmpty() && !lines.isEmpty())
                    lines.last().terminator.clear();
            } else if (m_replaced.count(index)) {
                const QString &text = m_replaced.at(index);
                lines.append({text.toUtf8(), original.terminator, text});
            } else {
                lines.append(original);
            }
            for (const QString &text : m_inserted.value(index))
                appendNew(text);
        }
        QByteArray bytes = m_conf.m_hasBom ? kUtf8Bom : QByteArray();
        for (const Line &line : std::as_const(lines))
            bytes += line.bytes + line.terminator;
        return bytes;
    }

private:
    QByteArray preferredTerminator() const
    {
        std::map<QByteArray, int> counts;
        for (const Line &line : m_conf.m_lines) {
            if (!line.terminator.isEmpty())
                ++counts[line.terminator];
        }
        QByteArray best = QByteArrayLiteral("\n");
        int bestCount = counts[best];
        for (const auto &[terminator, count] : counts) {
            if (count > bestCount) {
                best = terminator;
                bestCount = count;
            }
        }
        return best;
    }

    const PipConf &m_conf;
    std::map<int, QString> m_replaced;
    QSet<int> m_removed;
    QHash<int, QStringList> m_inserted;
};

QString PipConf::newOptionLine(const QString &indent, const QString &name,
                               const QString &value) const
{
    return indent + name + m_separator + value;
}

QString PipConf::continuationIndent(const Option &option) const
{
    if (!option.continuations.isEmpty()) {
        const ValueSpan &first = option.continuations.first();
        return m_lines.at(first.line).text.left(first.start);
    }
    const int keyIndent = leadingSpace(m_lines.at(option.first.line).text);
    // Follow the file's habit (pip itself writes a tab; people write spaces), as long as it is
    // deeper than the option line — otherwise the line would not continue the value.
    for (const Option &other : m_options) {
        if (other.continuations.isEmpty())
            continue;
        const ValueSpan &first = other.continuations.first();
        if (first.start > keyIndent)
            return m_lines.at(first.line).text.left(first.start);
    }
    return m_lines.at(option.first.line).text.left(keyIndent) + QStringLiteral("    ");
}

QByteArray PipConf::withValues(const QString &section, const QString &normalizedName,
                               const QStringList &values, bool multiValued) const
{
    Editor editor(*this);
    const Option *target = find(section, normalizedName);
    if (target && target->section == section) {
        if (multiValued ? splitValues(target->value) == values
                        : (values.size() == 1 && target->value == values.first()))
            return toBytes();
        // Values already written below an empty option line stay there; otherwise the first
        // value goes on the option line, the others on continuation lines.
        const QString &keyText = m_lines.at(target->first.line).text;
        const bool firstEmpty =
            pyStrip(keyText.mid(target->first.start, target->first.end - target->first.start))
                .isEmpty();
        const bool allOnContinuations =
            multiValued && firstEmpty && !target->continuations.isEmpty();
        const QString firstText = allOnContinuations ? QString() : values.value(0);
        const QStringList rest = allOnContinuations ? values : values.mid(1);
        QString firstValue = firstText;
        // An empty value's span starts right after the delimiter: "name =" gets "name = value",
        // "name=" gets "name=value".
        const int start = target->first.start;
        if (firstEmpty && !firstText.isEmpty() && start >= 2 &&
            isPythonSpace(keyText.at(start - 2)))
            firstValue.prepend(QLatin1Char(' '));
        if (!firstText.isEmpty() || !firstEmpty)
            editor.replaceSpan(target->first, firstValue);
        const int kept = int(qMin(target->continuations.size(), rest.size()));
        for (int i = 0; i < kept; ++i)
            editor.replaceSpan(target->continuations.at(i), rest.at(i));
        for (int i = kept; i < target->continuations.size(); ++i)
            editor.remove(target->continuations.at(i).line);
        if (rest.size() > kept) {
            const QString indent = continuationIndent(*target);
            QStringList added;
            for (int i = kept; i < rest.size(); ++i)
                added << indent + rest.at(i);
            const int after = target->continuations.isEmpty() ? target->first.line
                                                              : target->continuations.last().line;
            editor.insertAfter(after, added);
        }
        return editor.result();
    }

    QStringList newLines;
    QString indent;
    int after = int(m_lines.size()) - 1;
    if (hasSection(section)) {
        const Option *last = nullptr;
        for (const Option &option : m_options) {
            if (option.section == section)
                last = &option;
        }
        if (last) {
            after = last->lastLine;
            indent = m_lines.at(last->first.line)
                         .text.left(leadingSpace(m_lines.at(last->first.line).text));
        } else {
            int header = 0;
            for (const SectionInfo &info : m_sections) {
                if (info.name == section)
                    header = info.headerLine;
            }
            after = header;
            // After a header no option is open, so any indentation is an option line; but the next
            // line must not become a continuation of the new option: match its indentation.
            for (int i = header + 1; i < m_lines.size(); ++i) {
                const QString stripped = pyStrip(m_lines.at(i).text);
                if (stripped.isEmpty() || stripped.startsWith(QLatin1Char('#')) ||
                    stripped.startsWith(QLatin1Char(';')))
                    continue;
                indent = m_lines.at(i).text.left(leadingSpace(m_lines.at(i).text));
                break;
            }
        }
    } else {
        newLines << QLatin1Char('[') + section + QLatin1Char(']');
    }
    // A value [DEFAULT] leaks in is overridden under the same configparser name, so the new
    // option takes that name's place in pip's item order (a different twin spelling could come
    // before it and lose).
    QString name = normalizedName;
    for (const Option &option : m_options) {
        if (option.section == kDefaultSection && option.normalizedName == normalizedName)
            name = option.name; // the last one in [DEFAULT] is the one pip would see
    }
    newLines << newOptionLine(indent, name, values.value(0));
    if (values.size() > 1) {
        // Continuations follow the file's habit when it has one deep enough, else four spaces.
        QString continuation = indent + QStringLiteral("    ");
        for (const Option &other : m_options) {
            if (!other.continuations.isEmpty()) {
                const ValueSpan &first = other.continuations.first();
                if (first.start > indent.size())
                    continuation = m_lines.at(first.line).text.left(first.start);
                break;
            }
        }
        for (int i = 1; i < values.size(); ++i)
            newLines << continuation + values.at(i);
    }
    editor.insertAfter(after, newLines);
    return editor.result();
}

QByteArray PipConf::withoutKey(const QString &section, const QString &normalizedName) const
{
    const QList<const Option *> all = findAll(section, normalizedName);
    if (all.isEmpty())
        return toBytes();
    Editor editor(*this);
    for (const Option *option : all) {
        editor.remove(option->first.line);
        for (const ValueSpan &span : option->continuations)
            editor.remove(span.line);
    }
    return editor.result();
}

#include "PipConf.h"

#include "ecosystems/pip/PipConfText.h"

#include <QHash>
#include <QSet>

using namespace PipConfText;

bool PipConf::isPythonSpace(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x09 && u <= 0x0D) || (u >= 0x1C && u <= 0x20) || u == 0x85 || u == 0xA0 ||
           u == 0x1680 || (u >= 0x2000 && u <= 0x200A) || u == 0x2028 || u == 0x2029 ||
           u == 0x202F || u == 0x205F || u == 0x3000;
}

QString PipConf::normalizeName(const QString &name)
{
    QString normalized = name.toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
    if (normalized.startsWith(QLatin1String("--")))
        normalized.remove(0, 2);
    return normalized;
}

QStringList PipConf::splitValues(const QString &value)
{
    QStringList entries;
    QString current;
    for (const QChar c : value) {
        if (isPythonSpace(c)) {
            if (!current.isEmpty())
                entries << current;
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        entries << current;
    return entries;
}

Expected<PipConf> PipConf::parse(const QByteArray &bytes, const QString &path)
{
    PipConf conf;
    qsizetype position = 0;
    if (bytes.startsWith(kUtf8Bom)) {
        conf.m_hasBom = true;
        position = kUtf8Bom.size();
    }
    while (position < bytes.size()) {
        qsizetype end = position;
        while (end < bytes.size() && bytes.at(end) != '\n' && bytes.at(end) != '\r')
            ++end;
        Line line;
        line.bytes = bytes.mid(position, end - position);
        if (end < bytes.size()) {
            const bool crlf =
                bytes.at(end) == '\r' && end + 1 < bytes.size() && bytes.at(end + 1) == '\n';
            line.terminator = bytes.mid(end, crlf ? 2 : 1);
        }
        line.text = QString::fromUtf8(line.bytes);
        conf.m_lines.append(line);
        position = end + line.terminator.size();
    }

    // pip opens the file in the locale's encoding (UTF-8), not "utf-8-sig": a byte order mark
    // becomes the character U+FEFF in front of the first line, which is then neither a comment
    // nor a section header, and configparser stops with "File contains no section headers".
    if (conf.m_hasBom)
        return makeError(CoreError::Kind::BadFile,
                         tr("pip refuses this file: it starts with a UTF-8 byte order mark, which "
                            "pip reads as text before the first [section] header. Save the file "
                            "without a byte order mark; it was left unchanged."),
                         path, 1);

    std::optional<int> firstParsingError;
    int currentSection = -1; // index into m_sections, -1 before any header
    int currentOption = -1;  // index into m_options, -1 when no option is open
    int indentLevel = 0;
    QSet<QString> sectionsSeen;
    QSet<QString> optionsSeen; // "section\x1Fname"

    for (int index = 0; index < conf.m_lines.size(); ++index) {
        const QString &text = conf.m_lines.at(index).text;
        const QString stripped = pyStrip(text);
        if (stripped.startsWith(QLatin1Char('#')) || stripped.startsWith(QLatin1Char(';')))
            continue; // full-line comment: not part of any value, does not end one either
        if (stripped.isEmpty()) {
            if (currentSection >= 0 && currentOption >= 0)
                conf.m_options[currentOption].value += QLatin1Char('\n'); // kept inside a value
            continue;
        }
        const int indent = leadingSpace(text);
        if (currentSection >= 0 && currentOption >= 0 && indent > indentLevel) {
            Option &option = conf.m_options[currentOption];
            option.value += QLatin1Char('\n') + stripped;
            option.continuations.append({index, indent, indent + int(stripped.size())});
            option.lastLine = index;
            continue;
        }
        indentLevel = indent;
        const qsizetype close = stripped.lastIndexOf(QLatin1Char(']'));
        if (stripped.startsWith(QLatin1Char('[')) && close >= 2) {
            const QString name = stripped.mid(1, close - 1);
            if (name != kDefaultSection) {
                if (sectionsSeen.contains(name))
                    return makeError(CoreError::Kind::BadFile,
                                     tr("pip refuses this file: section [%1] appears a second "
                                        "time here (“section '%1' already exists”). Merge the "
                                        "two sections; the file was left unchanged.")
                                         .arg(name),
                                     path, index + 1);
                sectionsSeen.insert(name);
            }
            conf.m_sections.append({name, index});
            currentSection = int(conf.m_sections.size()) - 1;
            currentOption = -1;
            continue;
        }
        if (currentSection < 0)
            return makeError(CoreError::Kind::BadFile,
                             tr("pip refuses this file: this line comes before the first "
                                "[section] header (“File contains no section headers”). Put "
                                "options under a header such as [global]; the file was left "
                                "unchanged."),
                             path, index + 1);
        qsizetype delimiter = -1;
        for (qsizetype i = 0; i < stripped.size(); ++i) {
            if (stripped.at(i) == QLatin1Char('=') || stripped.at(i) == QLatin1Char(':')) {
                delimiter = i;
                break;
            }
        }
        if (delimiter < 0) {
            if (!firstParsingError)
                firstParsingError = index + 1;
            continue; // configparser collects these and raises at the end
        }
        const QString writtenName = stripped.left(delimiter);
        const int nameEnd = trailingSpaceStart(writtenName);
        if (nameEnd == 0 && !firstParsingError)
            firstParsingError = index + 1;
        const QString sectionName = conf.m_sections.at(currentSection).name;
        Option option;
        option.section = sectionName;
        option.name = writtenName.left(nameEnd).toLower();
        option.normalizedName = normalizeName(option.name);
        const QString key = sectionName + QChar(0x1F) + option.name;
        if (optionsSeen.contains(key))
            return makeError(CoreError::Kind::BadFile,
                             tr("pip refuses this file: option “%1” appears a second time in "
                                "section [%2] (“option '%1' in section '%2' already exists”). "
                                "Remove one of the two lines; the file was left unchanged.")
                                 .arg(option.name, sectionName),
                             path, index + 1);
        optionsSeen.insert(key);
        const int strippedStart = leadingSpace(text);
        const QString rest = stripped.mid(delimiter + 1);
        option.value = pyStrip(rest);
        option.nameEnd = strippedStart + nameEnd;
        const int afterDelimiter = strippedStart + int(delimiter) + 1;
        // An empty value's span runs to the end of the line, so writing a value there does not
        // leave the trailing blanks behind it.
        option.first =
            option.value.isEmpty()
                ? ValueSpan{index, afterDelimiter, int(text.size())}
                : ValueSpan{index, afterDelimiter + leadingSpace(rest),
                            afterDelimiter + leadingSpace(rest) + int(option.value.size())};
        option.lastLine = index;
        conf.m_options.append(option);
        // configparser keeps an empty name "open" but never continues it (it is falsy).
        currentOption = nameEnd == 0 ? -1 : int(conf.m_options.size()) - 1;
    }
    if (firstParsingError)
        return makeError(CoreError::Kind::BadFile,
                         tr("pip refuses this file: this line is neither a [section] header, a "
                            "“name = value” option, a comment nor an indented continuation "
                            "(“Source contains parsing errors”). The file was left unchanged."),
                         path, *firstParsingError);

    for (Option &option : conf.m_options) {
        option.value = option.value.left(trailingSpaceStart(option.value));
    }
    for (const Option &option : std::as_const(conf.m_options)) {
        if (option.value.isEmpty())
            continue;
        const QString &text = conf.m_lines.at(option.first.line).text;
        conf.m_separator = text.mid(option.nameEnd, option.first.start - option.nameEnd);
        break;
    }
    return conf;
}

QStringList PipConf::sections() const
{
    QStringList names;
    for (const SectionInfo &section : m_sections) {
        if (section.name != kDefaultSection)
            names << section.name;
    }
    return names;
}

bool PipConf::hasSection(const QString &section) const
{
    return section != kDefaultSection && sections().contains(section);
}

const PipConf::Option *PipConf::find(const QString &section, const QString &normalizedName) const
{
    if (!hasSection(section))
        return nullptr;
    // configparser's items(section): the defaults in their order, overridden in place by the
    // section's own options, then the section's other options; pip's dict keeps the last one.
    QList<const Option *> ordered;
    QHash<QString, int> position;
    for (const Option &option : m_options) {
        if (option.section != kDefaultSection || position.contains(option.name))
            continue;
        position.insert(option.name, int(ordered.size()));
        ordered.append(&option);
    }
    for (const Option &option : m_options) {
        if (option.section != section)
            continue;
        if (position.contains(option.name)) {
            ordered[position.value(option.name)] = &option;
        } else {
            position.insert(option.name, int(ordered.size()));
            ordered.append(&option);
        }
    }
    const Option *winner = nullptr;
    for (const Option *option : std::as_const(ordered)) {
        if (option->normalizedName == normalizedName)
            winner = option;
    }
    return winner;
}

QList<const PipConf::Option *> PipConf::findAll(const QString &section,
                                                const QString &normalizedName) const
{
    QList<const Option *> all;
    for (const Option &option : m_options) {
        if (option.section == section && option.normalizedName == normalizedName)
            all.append(&option);
    }
    return all;
}

QByteArray PipConf::toBytes() const
{
    QByteArray bytes = m_hasBom ? kUtf8Bom : QByteArray();
    for (const Line &line : m_lines)
        bytes += line.bytes + line.terminator;
    return bytes;
}

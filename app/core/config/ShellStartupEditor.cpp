#include "ShellStartupEditor.h"

#include "config/ConfigFile.h"
#include "config/LineDocument.h"
#include "config/SecretMask.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace {

const QByteArray kCommentPrefix = QByteArrayLiteral("# ");

bool samePath(const QString &a, const QString &b)
{
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

bool isFish(const QString &filePath)
{
    return filePath.endsWith(QLatin1String(".fish"));
}

bool isEnvironmentD(const QString &filePath)
{
    return filePath.contains(QLatin1String("/environment.d/"));
}

// The document's lines as the scanner reads a file: joined by "\n", without the BOM (so the first
// line's export is seen too).
QString textOf(const LineDocument &document)
{
    QByteArray text;
    for (int index = 0; index < document.lineCount(); ++index) {
        if (index > 0)
            text += '\n';
        text += document.line(index);
    }
    return QString::fromUtf8(text);
}

bool holdsExport(const QString &filePath, const QString &text, const ShellExport &wanted)
{
    const QList<ShellExport> found = ShellStartupScanner::scanText(
        filePath, text, isFish(filePath), isEnvironmentD(filePath), {wanted.variable}, false);
    return std::any_of(found.cbegin(), found.cend(), [&](const ShellExport &candidate) {
        return candidate.line == wanted.line && candidate.variable == wanted.variable;
    });
}

// The physical lines (0-based) of the logical line starting at `first`: a line ending in a
// backslash continues on the next one.
QList<int> logicalLine(const LineDocument &document, int first)
{
    QList<int> lines{first};
    int index = first;
    while (index + 1 < document.lineCount()) {
        QByteArray content = document.line(index);
        if (content.endsWith('\r'))
            content.chop(1);
        if (!content.endsWith('\\'))
            break;
        lines << ++index;
    }
    return lines;
}

Shadow shadowOf(const ShellExport &found)
{
    Shadow shadow;
    shadow.kind = Shadow::Kind::ShellStartup;
    shadow.variable = found.variable;
    shadow.value = found.value;
    shadow.filePath = found.filePath;
    shadow.line = found.line;
    return shadow;
}

QString shownPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

ShellStartupEditor::ShellStartupEditor(const ToolEnvironment &environment)
    : m_environment(environment)
{}

QString ShellStartupEditor::historyName()
{
    return QStringLiteral("shell");
}

bool ShellStartupEditor::isStartupFile(const QString &path) const
{
    const QStringList files = ShellStartupScanner(m_environment).startupFiles();
    return std::any_of(files.cbegin(), files.cend(),
                       [&](const QString &file) { return samePath(file, path); });
}

QString ShellStartupEditor::unsetCommand(const Shadow &shadow)
{
    return isFish(shadow.filePath) ? QStringLiteral("set -e %1").arg(shadow.variable)
                                   : QStringLiteral("unset %1").arg(shadow.variable);
}

Expected<QByteArray> ShellStartupEditor::commentOut(const QString &filePath,
                                                    const QByteArray &bytes,
                                                    const QList<ShellExport> &exports,
                                                    QStringList *notes)
{
    LineDocument document = LineDocument::fromBytes(bytes);
    const QString text = textOf(document);
    QSet<int> commented;
    for (const ShellExport &wanted : exports) {
        const int first = wanted.line - 1;
        if (first >= 0 && first < document.lineCount() && holdsExport(filePath, text, wanted)) {
            const QList<int> lines = logicalLine(document, first);
            for (const int index : lines) {
                if (commented.contains(index))
                    continue;
                commented.insert(index);
                document.replaceLine(index, kCommentPrefix + document.line(index));
            }
            if (notes) {
                const QString lineText = QString::fromUtf8(document.line(first).mid(2)).trimmed();
                *notes << tr("Line %1 of %2 is commented out (%3). Terminals opened from now on no "
                             "longer set %4; one that is open keeps it until you run “%5” in it.")
                              .arg(QString::number(wanted.line), shownPath(filePath),
                                   SecretMask::maskText(lineText), wanted.variable,
                                   unsetCommand(shadowOf(wanted)));
            }
            continue;
        }
        // Commented out already (by an earlier run, or by hand the same way): nothing to do.
        if (first >= 0 && first < document.lineCount() &&
            document.line(first).startsWith(kCommentPrefix)) {
            LineDocument uncommented = document;
            uncommented.replaceLine(first, document.line(first).mid(kCommentPrefix.size()));
            if (holdsExport(filePath, textOf(uncommented), wanted)) {
                if (notes)
                    *notes << tr("Line %1 of %2 is already commented out.")
                                  .arg(QString::number(wanted.line), shownPath(filePath));
                continue;
            }
        }
        return makeError(
            CoreError::Kind::Conflict,
            tr("Line %1 of %2 no longer exports %3: the file changed since it was "
               "read. Nothing was written; read the settings again and retry.")
                .arg(QString::number(wanted.line), shownPath(filePath), wanted.variable),
            filePath, wanted.line);
    }
    return document.toBytes();
}

Expected<ConfigChange> ShellStartupEditor::planCommentOut(const Shadow &shadow) const
{
    if (shadow.kind != Shadow::Kind::ShellStartup || shadow.filePath.isEmpty() || shadow.line < 1)
        return makeError(CoreError::Kind::InvalidValue,
                         tr("Only an export in a shell start-up file can be commented out."));
    return planCommentOut(shadow.filePath, {ShellExport{shadow.filePath, shadow.line,
                                                        shadow.variable, shadow.value}});
}

Expected<ConfigChange> ShellStartupEditor::planCommentOut(const QString &filePath,
                                                          const QList<ShellExport> &exports) const
{
    if (!isStartupFile(filePath))
        return makeError(CoreError::Kind::Usage,
                         tr("%1 is not a shell start-up file MirrorDeck reads; it edits only "
                            "those. Nothing was changed.")
                             .arg(shownPath(filePath)),
                         filePath);
    MIRRORDECK_TRY_ASSIGN(file, ConfigFileReader::read(filePath));
    if (!file.exists)
        return makeError(CoreError::Kind::Conflict,
                         tr("%1 no longer exists: the file changed since it was read. Nothing "
                            "was written.")
                             .arg(shownPath(filePath)),
                         filePath);
    QStringList notes;
    MIRRORDECK_TRY_ASSIGN(after, commentOut(filePath, file.bytes, exports, &notes));
    ConfigChange change;
    change.ecosystem = historyName();
    change.filePath = file.path;
    change.targetPath = file.targetPath.isEmpty() ? file.path : file.targetPath;
    change.existedBefore = true;
    change.existsAfter = true;
    change.before = file.bytes;
    change.after = after;
    change.notes = notes;
    if (after != file.bytes) {
        for (const ShellExport &found : exports)
            change.keyChanges.append({found.variable, found.value, QString(), true});
    }
    return change;
}

Expected<QByteArray> ShellStartupEditor::uncomment(const HistoryEntry &entry,
                                                   const QByteArray &current)
{
    // The history holds both sides masked; a comment-out changes no line count.
    const LineDocument before = LineDocument::fromBytes(entry.before);
    const LineDocument after = LineDocument::fromBytes(entry.after);
    const CoreError notOurs =
        makeError(CoreError::Kind::InvalidValue,
                  tr("History entry %1 is not a commented-out line; MirrorDeck cannot put it back.")
                      .arg(entry.id),
                  entry.filePath);
    if (before.lineCount() != after.lineCount())
        return notOurs;
    QList<QList<int>> blocks;
    for (int index = 0; index < after.lineCount(); ++index) {
        if (before.line(index) == after.line(index))
            continue;
        if (after.line(index) != kCommentPrefix + before.line(index))
            return notOurs;
        if (!blocks.isEmpty() && blocks.last().last() == index - 1)
            blocks.last() << index;
        else
            blocks << QList<int>{index};
    }

    LineDocument document = LineDocument::fromBytes(current);
    const auto matchesAt = [&](const QList<int> &block, int at, const LineDocument &side) {
        for (int k = 0; k < block.size(); ++k) {
            if (at + k >= document.lineCount() ||
                SecretMask::maskLine(document.line(at + k)) != side.line(block.at(k)))
                return false;
        }
        return true;
    };
    for (const QList<int> &block : std::as_const(blocks)) {
        // Where the entry left it, else wherever it moved to after later edits.
        int at = matchesAt(block, block.first(), after) ? block.first() : -1;
        for (int candidate = 0; at < 0 && candidate < document.lineCount(); ++candidate) {
            if (matchesAt(block, candidate, after))
                at = candidate;
        }
        if (at < 0) {
            if (matchesAt(block, block.first(), before))
                continue; // uncommented already
            return makeError(
                CoreError::Kind::Conflict,
                tr("The line history entry %1 commented out is no longer in %2 (line "
                   "%3 then). Nothing was changed.")
                    .arg(entry.id, shownPath(entry.filePath), QString::number(block.first() + 1)),
                entry.filePath, block.first() + 1);
        }
        for (int k = 0; k < block.size(); ++k)
            document.replaceLine(at + k, document.line(at + k).mid(kCommentPrefix.size()));
    }
    return document.toBytes();
}

Expected<ConfigChange> ShellStartupEditor::planRestore(const HistoryEntry &entry) const
{
    if (entry.ecosystem != historyName())
        return makeError(
            CoreError::Kind::NotFound,
            tr("History entry %1 does not belong to the shell start-up files.").arg(entry.id));
    // The history file is the user's to edit, or to break: never trust its path.
    if (!isStartupFile(entry.filePath))
        return makeError(CoreError::Kind::Usage,
                         tr("History entry %1 is for %2, which is not a shell start-up file "
                            "MirrorDeck reads; it restores only those. Nothing was changed.")
                             .arg(entry.id, shownPath(entry.filePath)),
                         entry.filePath);
    MIRRORDECK_TRY_ASSIGN(file, ConfigFileReader::read(entry.filePath));
    if (!file.exists)
        return makeError(CoreError::Kind::Conflict,
                         tr("%1 no longer exists, so the line history entry %2 commented out "
                            "cannot be put back. Nothing was written.")
                             .arg(shownPath(entry.filePath), entry.id),
                         entry.filePath);
    MIRRORDECK_TRY_ASSIGN(after, uncomment(entry, file.bytes));
    ConfigChange change;
    change.ecosystem = historyName();
    change.filePath = file.path;
    change.targetPath = file.targetPath.isEmpty() ? file.path : file.targetPath;
    change.existedBefore = true;
    change.existsAfter = true;
    change.before = file.bytes;
    change.after = after;
    change.restoresEntry = entry.id;
    if (after != file.bytes) {
        for (const KeyChange &key : entry.keyChanges)
            change.keyChanges.append({key.key, key.newValue, key.oldValue, true});
    }
    return change;
}

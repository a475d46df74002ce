#include "RestorePlanner.h"

#include "config/LineDocument.h"
#include "config/SecretMask.h"

#include <QDir>
#include <QFileInfo>

namespace {

bool samePath(const QString &a, const QString &b)
{
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

// Lines of `current` that `restored` does not have (as a multiset), for the note that says what a
// whole-file restore drops.
QStringList droppedLines(const QByteArray &current, const QByteArray &restored)
{
    const LineDocument restoredDocument = LineDocument::fromBytes(restored);
    const LineDocument currentDocument = LineDocument::fromBytes(current);
    QList<QByteArray> remaining;
    for (const LineDocument::Line &line : restoredDocument.lines())
        remaining.append(line.content);
    QStringList dropped;
    for (const LineDocument::Line &line : currentDocument.lines()) {
        const qsizetype at = remaining.indexOf(line.content);
        if (at >= 0)
            remaining.removeAt(at);
        else if (!line.content.trimmed().isEmpty())
            dropped << QString::fromUtf8(SecretMask::maskLine(line.content));
    }
    return dropped;
}

} // namespace

Expected<ConfigChange> RestorePlanner::plan(const HistoryEntry &entry, Mode mode) const
{
    MIRRORDECK_TRY_ASSIGN(input, m_config.readEditInput());
    return plan(entry, mode, input);
}

Expected<ConfigChange> RestorePlanner::plan(const HistoryEntry &entry, Mode mode,
                                            const EditInput &input) const
{
    if (entry.ecosystem != m_config.id())
        return makeError(CoreError::Kind::NotFound,
                         tr("History entry %1 belongs to %2, not %3.")
                             .arg(entry.id, entry.ecosystem, m_config.displayName()));
    // The history file is the user's to edit, or to break: never trust its path to be a config.
    if (!samePath(entry.filePath, input.path))
        return makeError(CoreError::Kind::Usage,
                         tr("History entry %1 is for %2, but %3 reads its settings from %4 now; "
                            "MirrorDeck restores only the file the tool uses. Nothing was changed.")
                             .arg(entry.id, QDir::toNativeSeparators(entry.filePath),
                                  m_config.displayName(), QDir::toNativeSeparators(input.path)));

    const bool untouchedSince = input.exists == entry.existsAfter &&
                                (!input.exists || SecretMask::mask(input.bytes) == entry.after);

    // The keys of the entry, back to their values before it — planned against the file as it is,
    // so the change says what the file holds now ("was C", not the entry's "was A").
    KeyEdits edits;
    QStringList notes;
    for (const KeyChange &key : entry.keyChanges) {
        if (SecretMask::isMasked(key.oldValue)) {
            notes << tr("%1 held a secret before entry %2; MirrorDeck keeps no secrets, so it is "
                        "left as it is now.")
                         .arg(key.key, entry.id);
            continue;
        }
        edits << (key.oldValue.isEmpty() ? KeyEdit::remove(key.key)
                                         : KeyEdit::set(key.key, key.oldValue));
    }
    const Expected<EditOutcome> keyPlan = m_config.planEdits(input, edits);

    EditOutcome outcome;
    bool existsAfter = true;
    if (untouchedSince || mode == Mode::WholeFile) {
        QStringList lost;
        outcome.after = entry.existedBefore ? SecretMask::unmask(entry.before, input.bytes, &lost)
                                            : QByteArray();
        existsAfter = entry.existedBefore;
        if (keyPlan)
            outcome.keyChanges = keyPlan->keyChanges;
        for (const QString &line : std::as_const(lost))
            notes << tr("This line held a secret that is no longer in the file, so it is left out: "
                        "%1")
                         .arg(line);
        if (!untouchedSince) {
            const QStringList dropped = droppedLines(input.bytes, outcome.after);
            if (!dropped.isEmpty())
                notes << tr("The file changed since entry %1. Putting the whole file back also "
                            "drops what was written since: %2")
                             .arg(entry.id, dropped.join(QStringLiteral(" · ")));
        }
    } else {
        if (!keyPlan)
            return keyPlan.error();
        outcome = *keyPlan;
        existsAfter = input.exists || outcome.after != input.bytes;
        notes << tr("The file changed since entry %1, so only the settings that entry changed "
                    "are put back and later edits are kept. To put back the whole file as it was, "
                    "drop the later edits too (mirrordeck-cli restore --force).")
                     .arg(entry.id);
    }
    ConfigChange change = m_config.changeFor(input, outcome);
    change.existsAfter = existsAfter;
    change.notes = notes + change.notes;
    change.restoresEntry = entry.id;
    change.restoreKeepsLaterEdits = !untouchedSince && mode == Mode::KeepLaterEdits;
    return change;
}

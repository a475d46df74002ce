#include "EcosystemConfig.h"

#include "catalog/HostNameCheck.h"
#include "catalog/MirrorCatalog.h"
#include "config/ConfigFile.h"

#include <QRegularExpression>

bool EcosystemConfig::isKnownKey(const QString &key) const
{
    const QList<ConfigKeyInfo> known = keys();
    for (const ConfigKeyInfo &info : known) {
        if (info.key == key)
            return true;
    }
    return false;
}

Expected<QList<EffectiveSetting>> EcosystemConfig::effectiveSettings() const
{
    QList<EffectiveSetting> settings;
    const QList<ConfigKeyInfo> known = keys();
    for (const ConfigKeyInfo &info : known) {
        MIRRORDECK_TRY_ASSIGN(setting, effectiveSetting(info.key));
        settings.append(std::move(setting));
    }
    return settings;
}

QFileDevice::Permissions EcosystemConfig::newFilePermissions() const
{
    return QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
           QFileDevice::ReadOther;
}

Expected<EditInput> EcosystemConfig::readEditInput() const
{
    MIRRORDECK_TRY_ASSIGN(path, userConfigPath());
    MIRRORDECK_TRY_ASSIGN(file, ConfigFileReader::read(path, textPolicy()));
    EditInput input;
    input.path = file.path;
    input.targetPath = file.targetPath;
    input.exists = file.exists;
    input.bytes = file.bytes;
    input.context = readEditContext();
    return input;
}

namespace {

// Several edits of one key in a transaction are one change: from the value before the first to
// the value after the last — and none at all when they cancel out.
void mergeKeyChanges(QList<KeyChange> *into, const QList<KeyChange> &added)
{
    for (const KeyChange &change : added) {
        auto existing = std::find_if(into->begin(), into->end(), [&](const KeyChange &candidate) {
            return candidate.key == change.key;
        });
        if (existing == into->end()) {
            into->append(change);
            continue;
        }
        existing->newValue = change.newValue;
        if (existing->oldValue == existing->newValue)
            into->erase(existing);
    }
}

} // namespace

Expected<EditOutcome> EcosystemConfig::planEdits(const EditInput &input,
                                                 const KeyEdits &edits) const
{
    EditOutcome outcome;
    outcome.after = input.bytes;
    for (const KeyEdit &edit : edits) {
        EditOutcome step;
        MIRRORDECK_TRY_ASSIGN(after, applyEdit(outcome.after, edit, input, &step));
        outcome.after = std::move(after);
        mergeKeyChanges(&outcome.keyChanges, step.keyChanges);
        // A host that imitates another (a Cyrillic "о" in goproxy.cn) is named in its real form.
        if (!edit.unset) {
            static const QRegularExpression separators(QStringLiteral("[\\s,|]+"));
            for (const QString &part : edit.value.split(separators, Qt::SkipEmptyParts)) {
                if (!part.contains(QLatin1String("://")))
                    continue;
                const HostNameVerdict verdict = HostNameCheck::check(part);
                if (verdict.suspicious())
                    step.notes << verdict.warning;
            }
        }
        for (const QString &note : std::as_const(step.notes)) {
            if (!outcome.notes.contains(note))
                outcome.notes.append(note);
        }
    }
    // Bytes that end up as they were are no change, whatever the steps said on the way.
    if (outcome.after == input.bytes)
        outcome.keyChanges.clear();
    return outcome;
}

Expected<void> EcosystemConfig::checkMirrorIsFor(const Mirror &mirror) const
{
    if (mirror.ecosystem.isEmpty() || mirror.ecosystem == id())
        return {};
    // Another npm-registry client can use an npm mirror: what counts is the protocol the mirror
    // speaks. A catalog entry usually names its protocol only through its ecosystem.
    if (!m_mirrorProtocol.isEmpty() && MirrorCatalog::protocolOf(mirror) == m_mirrorProtocol)
        return {};
    return makeError(CoreError::Kind::Usage, tr("The mirror “%1” is a %2 mirror, not a %3 one.")
                                                 .arg(mirror.id, mirror.ecosystem, displayName()));
}

Expected<KeyEdits> EcosystemConfig::mirrorEdits(const Mirror &mirror, const EditInput &input) const
{
    Q_UNUSED(input);
    MIRRORDECK_TRY(checkMirrorIsFor(mirror));
    return KeyEdits{KeyEdit::set(mirrorKey(), mirror.url)};
}

ConfigChange EcosystemConfig::changeFor(const EditInput &input, const EditOutcome &outcome) const
{
    ConfigChange change;
    change.ecosystem = id();
    change.filePath = input.path;
    change.targetPath = input.targetPath.isEmpty() ? input.path : input.targetPath;
    change.existedBefore = input.exists;
    change.before = input.bytes;
    change.after = outcome.after;
    // Nothing to remove from a file that does not exist: it stays absent (an unset never
    // creates a file).
    change.existsAfter = input.exists || outcome.after != input.bytes;
    change.keyChanges = outcome.keyChanges;
    change.notes = outcome.notes;
    change.newFilePermissions = newFilePermissions();
    return change;
}

Expected<ConfigChange> EcosystemConfig::planTransaction(const KeyEdits &edits) const
{
    MIRRORDECK_TRY_ASSIGN(input, readEditInput());
    MIRRORDECK_TRY_ASSIGN(outcome, planEdits(input, edits));
    return changeFor(input, outcome);
}

Expected<ConfigChange> EcosystemConfig::planSet(const QString &key, const QString &value) const
{
    return planTransaction({KeyEdit::set(key, value)});
}

Expected<ConfigChange> EcosystemConfig::planUnset(const QString &key) const
{
    return planTransaction({KeyEdit::remove(key)});
}

Expected<ConfigChange> EcosystemConfig::planUseMirror(const Mirror &mirror) const
{
    MIRRORDECK_TRY(checkMirrorIsFor(mirror));
    MIRRORDECK_TRY_ASSIGN(input, readEditInput());
    MIRRORDECK_TRY_ASSIGN(edits, mirrorEdits(mirror, input));
    MIRRORDECK_TRY_ASSIGN(outcome, planEdits(input, edits));
    return changeFor(input, outcome);
}

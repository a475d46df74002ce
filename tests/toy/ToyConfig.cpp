#include "ToyConfig.h"

#include "config/ConfigFile.h"
#include "ecosystems/go/GoEnvFile.h"

#include <QRegularExpression>
#include <QUrl>

QList<ConfigKeyInfo> ToyConfig::keys() const
{
    return {
        {QStringLiteral("TOY_MIRROR"), tr("The registry the toy installs from."), false},
        {QStringLiteral("TOY_HOSTS"), tr("Hosts the toy trusts, separated by commas."), false},
        {QStringLiteral("TOY_STRICT"), tr("Whether the toy checks certificates."), false},
    };
}

Expected<QString> ToyConfig::userConfigPath() const
{
    return ToolEnvironment::joinPath(m_environment.homeDir(), QStringLiteral(".toyrc"));
}

Expected<EffectiveSetting> ToyConfig::effectiveSetting(const QString &key) const
{
    if (!isKnownKey(key))
        return makeError(CoreError::Kind::Usage, tr("The toy has no key \"%1\".").arg(key));
    const QString path = *userConfigPath();
    Expected<ConfigFile> file = ConfigFileReader::read(path);
    if (!file)
        return file.error();
    EffectiveSetting setting;
    setting.key = key;
    setting.userFilePath = path;
    const GoEnvFile env = GoEnvFile::fromBytes(file->bytes);
    if (const auto entry = env.effectiveEntry(key)) {
        setting.value = QString::fromUtf8(entry->value).trimmed();
        setting.isDefault = false;
        setting.source.kind = SettingSource::Kind::File;
        setting.source.filePath = path;
        setting.source.line = entry->lineIndex + 1;
        setting.source.level = QStringLiteral("user");
        setting.userFileLine = entry->lineIndex + 1;
    }
    return setting;
}

Expected<void> ToyConfig::validate(const QString &key, const QString &value) const
{
    auto invalid = [&](const QString &what) {
        return makeError(CoreError::Kind::InvalidValue,
                         tr("%1 is not valid for %2: %3").arg(value, key, what));
    };
    if (!isKnownKey(key))
        return makeError(CoreError::Kind::Usage, tr("The toy has no key \"%1\".").arg(key));
    if (value.contains(QLatin1Char('\n')))
        return invalid(tr("one line only."));
    if (key == QLatin1String("TOY_MIRROR")) {
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid() || !url.scheme().startsWith(QLatin1String("http")) ||
            url.host().isEmpty())
            return invalid(tr("an http:// or https:// URL is expected."));
    } else if (key == QLatin1String("TOY_STRICT")) {
        if (value != QLatin1String("true") && value != QLatin1String("false"))
            return invalid(tr("true or false is expected."));
    } else if (key == QLatin1String("TOY_HOSTS")) {
        static const QRegularExpression hosts(QStringLiteral("^[A-Za-z0-9.-]+(,[A-Za-z0-9.-]+)*$"));
        if (!hosts.match(value).hasMatch())
            return invalid(tr("host names separated by commas are expected."));
    }
    return {};
}

Expected<ConfigChange> ToyConfig::planEdit(const Edit &edit) const
{
    Expected<ConfigFile> file = ConfigFileReader::read(*userConfigPath());
    if (!file)
        return file.error();
    ConfigChange change;
    change.ecosystem = id();
    change.filePath = file->path;
    change.targetPath = file->targetPath;
    change.existedBefore = file->exists;
    change.before = file->bytes;
    change.after = edit(GoEnvFile::fromBytes(file->bytes), &change.keyChanges);
    change.existsAfter = change.existedBefore || change.after != change.before;
    return change;
}

Expected<ConfigChange> ToyConfig::planSet(const QString &key, const QString &value) const
{
    if (Expected<void> valid = validate(key, value); !valid)
        return valid.error();
    return planEdit([&](const GoEnvFile &file, QList<KeyChange> *changes) {
        const auto entry = file.effectiveEntry(key);
        const QString old = entry ? QString::fromUtf8(entry->value).trimmed() : QString();
        if (entry && old == value)
            return file.document().toBytes();
        changes->append({key, old, value});
        return file.withValue(key, value);
    });
}

Expected<ConfigChange> ToyConfig::planUnset(const QString &key) const
{
    if (!isKnownKey(key))
        return makeError(CoreError::Kind::Usage, tr("The toy has no key \"%1\".").arg(key));
    return planEdit([&](const GoEnvFile &file, QList<KeyChange> *changes) {
        const auto entry = file.effectiveEntry(key);
        if (!entry)
            return file.document().toBytes();
        changes->append({key, QString::fromUtf8(entry->value).trimmed(), QString()});
        return file.withoutKey(key);
    });
}

Expected<ConfigChange> ToyConfig::planUseMirror(const Mirror &mirror) const
{
    if (mirror.ecosystem != id())
        return makeError(CoreError::Kind::Usage,
                         tr("The mirror %1 is not a toy mirror.").arg(mirror.id));
    return planSet(mirrorKey(), mirror.url);
}

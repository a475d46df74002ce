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

Expected<QByteArray> ToyConfig::applyEdit(const QByteArray &bytes, const KeyEdit &edit,
                                          const EditInput &input, EditOutcome *outcome) const
{
    Q_UNUSED(input);
    if (edit.unset && !isKnownKey(edit.key))
        return makeError(CoreError::Kind::Usage, tr("The toy has no key \"%1\".").arg(edit.key));
    if (!edit.unset)
        MIRRORDECK_TRY(validate(edit.key, edit.value));
    const GoEnvFile file = GoEnvFile::fromBytes(bytes);
    const auto entry = file.effectiveEntry(edit.key);
    const QString old = entry ? QString::fromUtf8(entry->value).trimmed() : QString();
    if (edit.unset) {
        if (!entry)
            return bytes;
        outcome->keyChanges.append({edit.key, old, QString()});
        return file.withoutKey(edit.key);
    }
    if (entry && old == edit.value)
        return bytes;
    outcome->keyChanges.append({edit.key, old, edit.value});
    return file.withValue(edit.key, edit.value);
}

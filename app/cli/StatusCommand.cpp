#include "StatusCommand.h"

#include "CliSupport.h"
#include "ecosystems/EcosystemRegistry.h"
#include "ecosystems/MirrorInUse.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString StatusCommand::synopsis() const
{
    return tr("status [ECO] [--json]       Show the effective settings of every ecosystem (or of "
              "ECO) and where they come from");
}

int StatusCommand::run(const QStringList &arguments, CliContext &context)
{
    QStringList args = arguments;
    const bool json = CliSupport::takeFlag(args, QStringLiteral("--json"));
    // One ecosystem, or all of them.
    QString only;
    if (!args.isEmpty() && !args.first().startsWith(QLatin1Char('-'))) {
        only = args.takeFirst();
        if (!CliSupport::ecosystem(only, context))
            return 2;
    }
    if (!args.isEmpty())
        return CliSupport::usage(context, tr("Unexpected argument “%1”.").arg(args.first()));

    // The mirror in use is named as in `list`; without a catalog the settings still print.
    const Expected<MirrorCatalog> catalog = CliSupport::loadCatalog(context);
    const QString language = CliSupport::uiLanguage();
    const auto mirrorInUse = [&](const EcosystemConfig &ecosystem,
                                 const QList<EffectiveSetting> &settings) -> std::optional<Mirror> {
        if (!catalog)
            return std::nullopt;
        for (const EffectiveSetting &setting : settings) {
            if (setting.key == ecosystem.mirrorKey())
                return MirrorInUse::find(*catalog, ecosystem.id(), setting.value);
        }
        return std::nullopt;
    };

    QJsonArray ecosystemsJson;
    const auto ecosystems = EcosystemRegistry::createAll(context.environment);
    bool anyError = false;
    for (const auto &ecosystem : ecosystems) {
        if (!only.isEmpty() && ecosystem->id() != only)
            continue;
        const Expected<QString> userFile = ecosystem->userConfigPath();
        const Expected<QList<EffectiveSetting>> settings = ecosystem->effectiveSettings();
        if (json) {
            QJsonObject object{{QStringLiteral("id"), ecosystem->id()},
                               {QStringLiteral("name"), ecosystem->displayName()}};
            object.insert(QStringLiteral("user_file"),
                          userFile ? QJsonValue(*userFile) : QJsonValue());
            if (!userFile)
                object.insert(QStringLiteral("user_file_error"), userFile.error().toString());
            if (settings) {
                QJsonArray array;
                for (const EffectiveSetting &setting : *settings)
                    array.append(CliSupport::toJson(setting));
                object.insert(QStringLiteral("settings"), array);
                const std::optional<Mirror> used = mirrorInUse(*ecosystem, *settings);
                object.insert(QStringLiteral("mirror_in_use"),
                              used ? QJsonValue(QJsonObject{
                                         {QStringLiteral("id"), used->id},
                                         {QStringLiteral("name"), used->displayName(language)}})
                                   : QJsonValue());
                object.insert(QStringLiteral("error"), QJsonValue());
            } else {
                anyError = true;
                object.insert(QStringLiteral("settings"), QJsonArray());
                object.insert(QStringLiteral("error"), settings.error().toString());
            }
            ecosystemsJson.append(object);
            continue;
        }

        context.out << ecosystem->displayName() << QStringLiteral("  (")
                    << (userFile ? tr("user file: %1").arg(QDir::toNativeSeparators(*userFile))
                                 : userFile.error().message)
                    << QStringLiteral(")") << Qt::endl;
        if (!settings) {
            anyError = true;
            context.out << QStringLiteral("  ") << tr("error: %1").arg(settings.error().toString())
                        << Qt::endl
                        << Qt::endl;
            continue;
        }
        int width = 0;
        for (const EffectiveSetting &setting : *settings)
            width = std::max(width, int(setting.key.size()));
        for (const EffectiveSetting &setting : *settings) {
            const QString value =
                setting.values.isEmpty() ? setting.value : setting.values.join(QLatin1Char(' '));
            context.out << QStringLiteral("  ") << setting.key.leftJustified(width + 2)
                        << (value.isEmpty() ? tr("(empty)") : value) << QStringLiteral("   [")
                        << setting.source.describe() << QStringLiteral("]") << Qt::endl;
            if (setting.key == ecosystem->mirrorKey()) {
                if (const std::optional<Mirror> used = mirrorInUse(*ecosystem, *settings))
                    context.out
                        << QString(width + 4, QLatin1Char(' '))
                        << tr("* in use: %1 (%2)").arg(used->displayName(language), used->id)
                        << Qt::endl;
            }
            for (const Shadow &shadow : setting.shadows)
                context.out << QString(width + 4, QLatin1Char(' '))
                            << tr("warning: %1").arg(shadow.describe()) << Qt::endl;
        }
        context.out << Qt::endl;
    }
    if (json) {
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("ecosystems"), ecosystemsJson}})
                           .toJson(QJsonDocument::Indented);
        context.out.flush();
    }
    return anyError ? CliSupport::Failure : CliSupport::Success;
}

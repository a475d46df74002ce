#include "ProfileCommand.h"

#include "AppServices.h"
#include "CliSupport.h"
#include "ecosystems/EcosystemRegistry.h"
#include "profiles/ProfileApplier.h"
#include "profiles/ProfileStore.h"

QString ProfileCommand::synopsis() const
{
    return tr("profile list|show NAME|save NAME [ECO…]|apply NAME [--dry-run]|delete NAME  "
              "Named settings for several tools, applied as one change");
}

QString ProfileCommand::details() const
{
    return tr("save NAME [ECO…]   capture what every tool (or only ECO…) uses now; a key at its "
              "default is kept\n"
              "                   as “default” (applying removes it from your file). Secrets "
              "are never saved.\n"
              "apply NAME         write the profile into every tool's file as one change: one "
              "history entry\n"
              "                   per file, linked, so “restore ECO ID” on any of them undoes "
              "the whole profile.\n"
              "                   With --dry-run: every file's diff, nothing written.\n"
              "Profiles are kept in %1.")
        .arg(QStringLiteral("profiles.json"));
}

int ProfileCommand::run(const QStringList &arguments, CliContext &context)
{
    QStringList args = arguments;
    const bool dryRun = CliSupport::takeFlag(args, QStringLiteral("--dry-run"));
    if (args.isEmpty())
        return CliSupport::usage(context, tr("“profile” takes list, show, save, apply or delete, "
                                             "e.g. “mirrordeck-cli profile save Home”."));
    const QString action = args.takeFirst();
    ProfileStore store(ProfileStore::defaultPath(context.services.dataDirectory()));

    if (action == QLatin1String("list")) {
        if (!args.isEmpty())
            return CliSupport::usage(context, tr("Unexpected argument “%1”.").arg(args.first()));
        const Expected<QList<Profile>> profiles = store.profiles();
        if (!profiles)
            return CliSupport::fail(context, profiles.error());
        if (profiles->isEmpty())
            context.out << tr("No profiles yet; save one with “mirrordeck-cli profile save "
                              "NAME”.")
                        << Qt::endl;
        for (const Profile &profile : *profiles)
            context.out << profile.name << QStringLiteral("  (")
                        << profile.ecosystems().join(QStringLiteral(", ")) << QStringLiteral("; ")
                        << tr("%n setting(s)", nullptr, int(profile.settings.size()))
                        << QStringLiteral(")") << Qt::endl;
        return CliSupport::Success;
    }
    if (args.isEmpty())
        return CliSupport::usage(context, tr("“profile %1” needs a profile name.").arg(action));
    const QString name = args.takeFirst();

    if (action == QLatin1String("save")) {
        for (const QString &eco : std::as_const(args)) {
            if (!EcosystemRegistry::find(eco))
                return CliSupport::usage(
                    context, tr("Unknown ecosystem “%1”; use one of: %2.")
                                 .arg(eco, EcosystemRegistry::ids().join(QLatin1String(", "))));
        }
        if (const Expected<void> valid = ProfileStore::validateName(name); !valid)
            return CliSupport::usage(context, valid.error().message);
        const Expected<Profile> profile = ProfileApplier(context.environment).capture(name, args);
        if (!profile)
            return CliSupport::fail(context, profile.error());
        if (const Expected<void> saved = store.save(*profile); !saved)
            return CliSupport::fail(context, saved.error());
        context.out << tr("Saved profile “%1”: %n setting(s) of %2.", nullptr,
                          int(profile->settings.size()))
                           .arg(name, profile->ecosystems().join(QStringLiteral(", ")))
                    << Qt::endl;
        return CliSupport::Success;
    }
    if (!args.isEmpty())
        return CliSupport::usage(context, tr("Unexpected argument “%1”.").arg(args.first()));
    if (action == QLatin1String("delete")) {
        if (const Expected<void> removed = store.remove(name); !removed)
            return CliSupport::fail(context, removed.error());
        context.out << tr("Deleted profile “%1”.").arg(name) << Qt::endl;
        return CliSupport::Success;
    }
    const Expected<Profile> profile = store.find(name);
    if (!profile)
        return CliSupport::fail(context, profile.error());
    if (action == QLatin1String("show")) {
        for (const ProfileSetting &s : profile->settings)
            context.out << s.ecosystem << QStringLiteral("  ") << s.key << QStringLiteral("  ")
                        << (s.isDefault ? tr("(default)") : s.value) << Qt::endl;
        return CliSupport::Success;
    }
    if (action == QLatin1String("apply")) {
        const Expected<QList<ConfigChange>> changes =
            ProfileApplier(context.environment).plan(*profile);
        if (!changes)
            return CliSupport::fail(context, changes.error());
        return CliSupport::applyChangeGroup(*changes, dryRun, context);
    }
    return CliSupport::usage(context, tr("Unknown profile action “%1”; use list, show, save, "
                                         "apply or delete.")
                                          .arg(action));
}

#include "UseCommand.h"

#include "CliSupport.h"
#include "ProbeRunner.h"
#include "catalog/MirrorCatalog.h"
#include "ecosystems/EcosystemRegistry.h"

#include <QUrl>

QString UseCommand::synopsis() const
{
    return tr("use ECO MIRROR|--fastest [--dry-run]  Switch to a catalog mirror (id) or a URL, "
              "or to the fastest healthy mirror");
}

int UseCommand::run(const QStringList &arguments, CliContext &context)
{
    QStringList args = arguments;
    const bool dryRun = CliSupport::takeFlag(args, QStringLiteral("--dry-run"));
    const bool fastest = CliSupport::takeFlag(args, QStringLiteral("--fastest"));
    if (args.size() != (fastest ? 1 : 2))
        return CliSupport::usage(context, tr("“use” takes an ecosystem and a mirror id or URL, "
                                             "e.g. “mirrordeck-cli use go goproxy-cn”, or "
                                             "“mirrordeck-cli use go --fastest”."));
    const auto ecosystem = CliSupport::ecosystem(args.at(0), context);
    if (!ecosystem)
        return CliSupport::UsageError;

    const Expected<MirrorCatalog> catalog = CliSupport::loadCatalog(context);
    if (!catalog)
        return CliSupport::fail(context, catalog.error());

    Mirror mirror;
    if (fastest) {
        const QList<Mirror> candidates = catalog->byEcosystem(ecosystem->id());
        context.err << tr("Probing %n %1 mirror(s)…", nullptr, int(candidates.size()))
                           .arg(ecosystem->displayName())
                    << Qt::endl;
        const ProbeRunner::Report report =
            ProbeRunner::run(candidates, {ecosystem->id()}, ProbeSettings(), true);
        const QString best = report.recommended.value(ecosystem->id());
        const std::optional<Mirror> found = best.isEmpty() ? std::nullopt : catalog->find(best);
        if (!found)
            return CliSupport::fail(
                context, makeError(CoreError::Kind::Network,
                                   tr("No %1 mirror answered correctly and up to date, so "
                                      "nothing was changed. Check the network or the proxy "
                                      "setting and try again.")
                                       .arg(ecosystem->displayName())));
        context.err << tr("Fastest healthy mirror: %1 (%2)").arg(found->name, found->url)
                    << Qt::endl;
        mirror = *found;
        CliSupport::warnAboutHostName(mirror.url, context);
        return CliSupport::planAndApply([&]() { return ecosystem->planUseMirror(mirror); },
                                        *ecosystem, ecosystem->mirrorKey(), dryRun, context);
    }
    const QString wanted = args.at(1);
    if (const std::optional<Mirror> found = catalog->find(wanted)) {
        // Every tool that consumes the protocol the mirror speaks can use it.
        if (found->ecosystem != ecosystem->id() &&
            MirrorCatalog::protocolOf(*found) != ecosystem->mirrorProtocol())
            return CliSupport::fail(context,
                                    makeError(CoreError::Kind::InvalidValue,
                                              tr("The mirror “%1” is a %2 mirror, not a %3 one.")
                                                  .arg(wanted, found->ecosystem, ecosystem->id())));
        mirror = *found;
    } else {
        // A protocol may wrap the http(s) address in a form of its own ("kind+https://…").
        const QUrl url(EcosystemRegistry::probedUrl(ecosystem->mirrorProtocol(), wanted).toString(),
                       QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() ||
            (scheme != QLatin1String("https") && scheme != QLatin1String("http")) ||
            url.host().isEmpty())
            return CliSupport::fail(
                context,
                makeError(CoreError::Kind::NotFound,
                          tr("“%1” is neither a mirror id in the catalog nor an http(s) URL. List "
                             "the mirrors with “mirrordeck-cli probe %2 --no-download”.")
                              .arg(wanted, ecosystem->id())));
        // A URL the catalog knows brings its extras (Go's sumdb) along.
        if (const std::optional<Mirror> known = catalog->findByUrl(ecosystem->id(), wanted)) {
            mirror = *known;
            mirror.url = wanted;
        } else {
            mirror.id = wanted;
            mirror.ecosystem = ecosystem->id();
            mirror.url = wanted;
            mirror.name = wanted;
        }
    }
    CliSupport::warnAboutHostName(mirror.url, context);
    return CliSupport::planAndApply([&]() { return ecosystem->planUseMirror(mirror); }, *ecosystem,
                                    ecosystem->mirrorKey(), dryRun, context);
}

#include "ecosystems/cargo/CargoValueValidator.h"

#include <QRegularExpression>
#include <QUrl>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CargoValueValidator", text);
}

Expected<void> invalid(const QString &message)
{
    return makeError(CoreError::Kind::InvalidValue, message);
}

} // namespace

Expected<void> CargoValueValidator::validateSourceName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (!pattern.match(name).hasMatch())
        return invalid(tr("“%1” is not a source name: use letters, digits, “-” and “_”, e.g. "
                          "“mirror”.")
                           .arg(name));
    if (name == QLatin1String("crates-io"))
        return invalid(tr("crates-io cannot replace itself; name the source that replaces it, "
                          "e.g. “mirror”."));
    return {};
}

Expected<void> CargoValueValidator::validateRegistryUrl(const QString &value)
{
    const QString example = QStringLiteral("sparse+https://mirrors.example.com/crates.io-index/");
    if (value.trimmed() != value || value.isEmpty() || value.contains(QLatin1Char('\n')))
        return invalid(tr("“%1” is not a registry index URL; e.g. %2").arg(value, example));
    const bool sparse = value.startsWith(QLatin1String("sparse+"));
    const QUrl url(sparse ? value.mid(7) : value, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || scheme.isEmpty())
        return invalid(tr("“%1” is not a URL; e.g. %2").arg(value, example));
    if (sparse) {
        if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            return invalid(tr("A sparse index is served over http:// or https://, not “%1”; "
                              "e.g. %2")
                               .arg(scheme, example));
        if (url.host().isEmpty())
            return invalid(tr("“%1” names no host; e.g. %2").arg(value, example));
        // Cargo refuses a sparse index URL without the slash: it joins paths to it.
        if (!url.path().endsWith(QLatin1Char('/')) || url.hasQuery() || url.hasFragment())
            return invalid(tr("A sparse index URL must end with “/”: “%1/”.").arg(value));
        return {};
    }
    // A git index, cloned by cargo (or by git with net.git-fetch-with-cli).
    static const QStringList gitSchemes = {QStringLiteral("https"), QStringLiteral("http"),
                                           QStringLiteral("ssh"), QStringLiteral("git"),
                                           QStringLiteral("file")};
    if (!gitSchemes.contains(scheme))
        return invalid(tr("“%1” is neither a sparse index (sparse+https://…/) nor a git index "
                          "URL (https://, ssh://, git://, file://); e.g. %2")
                           .arg(value, example));
    if (scheme != QLatin1String("file") && url.host().isEmpty())
        return invalid(tr("“%1” names no host; e.g. %2").arg(value, example));
    return {};
}

Expected<void> CargoValueValidator::validateProtocol(const QString &value)
{
    if (value != QLatin1String("sparse") && value != QLatin1String("git"))
        return invalid(tr("“%1” is not a registry protocol: “sparse” or “git”.").arg(value));
    return {};
}

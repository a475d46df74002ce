#include "ecosystems/go/GoEcosystem.h"

#include "ecosystems/go/GoConfig.h"
#include "ecosystems/go/GoValueValidator.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

// The catalog's "sumdb": the GOSUMDB value written together with the mirror.
MirrorOptionDescription sumdbOption()
{
    return {
        QStringLiteral("sumdb"),
        [] { return QCoreApplication::translate("GoEcosystem", "Checksum database"); },
        [] {
            return QCoreApplication::translate(
                "GoEcosystem",
                "Optional, e.g. sum.golang.org https://example.com/sumdb/sum.golang.org");
        },
        [](const QString &value) {
            return GoValueValidator::validateSumdb(QStringLiteral("GOSUMDB"), value);
        },
    };
}

} // namespace

Ecosystem goEcosystem()
{
    const QString comma = QStringLiteral(",");
    Ecosystem go;
    go.id = QStringLiteral("go");
    go.displayName = [] { return QStringLiteral("Go"); };
    go.protocol = QStringLiteral("goproxy");
    go.badgeText = QStringLiteral("Go");
    go.badgeColour = 0x007d9c;
    go.createConfig = [](const ToolEnvironment &env) { return std::make_unique<GoConfig>(env); };
    go.mirrorOptions = {sumdbOption()};
    go.keyTypes = {
        {QStringLiteral("GOPROXY"), ConfigKeyType::UrlList, comma},
        {QStringLiteral("GOSUMDB"), ConfigKeyType::String},
        {QStringLiteral("GOPRIVATE"), ConfigKeyType::GlobList, comma},
        {QStringLiteral("GONOPROXY"), ConfigKeyType::GlobList, comma},
        {QStringLiteral("GONOSUMDB"), ConfigKeyType::GlobList, comma},
        {QStringLiteral("GOINSECURE"), ConfigKeyType::GlobList, comma},
    };
    // GOPROXY is a list ("https://a,https://b|direct"): the mirror in use is its first entry.
    go.mirrorUrlOf = [](const QString &value) {
        static const QRegularExpression separator(QStringLiteral("[,|]"));
        return value.section(separator, 0, 0).trimmed();
    };
    return go;
}

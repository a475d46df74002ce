#include "SettingsEditorRegistry.h"

#include "AppContext.h"
#include "GenericSettingsEditor.h"
#include "GoSettingsEditor.h"
#include "NpmSettingsEditor.h"
#include "PipSettingsEditor.h"
#include "ecosystems/EcosystemRegistry.h"

#include <QHash>

namespace {

template <typename Editor> SettingsEditor *plain(const ConfigService &service, QWidget *parent)
{
    auto *editor = new Editor(parent);
    editor->setCatalogMirrors(service.context().catalog->byEcosystem(service.ecosystem()));
    return editor;
}

SettingsEditor *goEditor(const ConfigService &service, QWidget *parent)
{
    auto *editor = new GoSettingsEditor(parent);
    editor->setSumDbMirrors(service.context().catalog->byEcosystem(service.ecosystem()));
    return editor;
}

// The bespoke editors: one line per tool that has one.
QHash<QString, SettingsEditorRegistry::Factory> &factories()
{
    static QHash<QString, SettingsEditorRegistry::Factory> all = {
        {QStringLiteral("go"), goEditor},
        {QStringLiteral("npm"), plain<NpmSettingsEditor>},
        {QStringLiteral("pip"), plain<PipSettingsEditor>},
    };
    return all;
}

} // namespace

SettingsEditor *SettingsEditorRegistry::create(const ConfigService &service, QWidget *parent)
{
    if (const Factory factory = factories().value(service.ecosystem()))
        return factory(service, parent);
    const Ecosystem *ecosystem = EcosystemRegistry::find(service.ecosystem());
    QList<ConfigKeyDescription> keys;
    for (const ConfigKeyInfo &info : service.keys())
        keys << (ecosystem ? ecosystem->keyDescription(info.key) : ConfigKeyDescription{info.key});
    return new GenericSettingsEditor(service.keys(), keys, parent);
}

void SettingsEditorRegistry::add(const QString &ecosystem, Factory factory)
{
    factories().insert(ecosystem, std::move(factory));
}

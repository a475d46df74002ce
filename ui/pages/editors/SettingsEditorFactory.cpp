#include "SettingsEditorFactory.h"

#include "GoSettingsEditor.h"
#include "NpmSettingsEditor.h"
#include "PipSettingsEditor.h"

SettingsEditor *createSettingsEditor(const QString &ecosystem, QWidget *parent)
{
    if (ecosystem == QLatin1String("go"))
        return new GoSettingsEditor(parent);
    if (ecosystem == QLatin1String("npm"))
        return new NpmSettingsEditor(parent);
    if (ecosystem == QLatin1String("pip"))
        return new PipSettingsEditor(parent);
    return nullptr;
}

#include "AppContext.h"

#include "AppServices.h"

#include <QCoreApplication>
#include <QVariant>

QString currentUiLanguage()
{
    // main.cpp (and the language switch) store the resolved language on the application object,
    // so widgets do not need a pointer to the translation loader just to pick a mirror's name.
    const QString language =
        QCoreApplication::instance()
            ? QCoreApplication::instance()->property("mirrordeckUiLanguage").toString()
            : QString();
    return language.isEmpty() ? QStringLiteral("en") : language;
}

void setCurrentUiLanguage(const QString &language)
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->setProperty("mirrordeckUiLanguage", language);
}

AppContext AppContext::fromServices(AppServices &services, const MirrorCatalog &catalog)
{
    AppContext context;
    context.environment = services.environment();
    context.catalog = std::make_shared<MirrorCatalog>(catalog);
    context.history = std::make_shared<ChangeHistory>(services.historyDirectory());
    context.userMirrors = &services.userMirrors();
    context.settings = &services.settings();
    context.diskPool = &services.diskPool();
    context.dataDirectory = services.dataDirectory();
    return context;
}

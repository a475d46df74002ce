#include "AppContext.h"

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

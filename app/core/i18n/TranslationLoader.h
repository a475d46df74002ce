#pragma once

// Installs the UI language: MirrorDeck's own translation (embedded at ":/i18n") and Qt's own
// (qtbase_*, from the Qt translations directory) so standard dialogs and buttons follow. Can
// switch at run time: the old translators are removed and the new ones installed, and
// QCoreApplication sends QEvent::LanguageChange, on which widgets retranslate. QtCore only, so
// the CLI speaks the user's language too.

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

class TranslationLoader
{
public:
    static constexpr const char *kResourceDir = ":/i18n";
    static constexpr const char *kSystem = "system";

    // The translators are installed into `app`.
    explicit TranslationLoader(QCoreApplication *app);
    ~TranslationLoader();
    TranslationLoader(const TranslationLoader &) = delete;
    TranslationLoader &operator=(const TranslationLoader &) = delete;

    // "system", "zh_CN" or "en" (AppSettings::language()). Returns false when MirrorDeck has no
    // translation for the resolved language; the UI then shows the English source strings.
    bool apply(const QString &choice);

    // The language actually in use after apply(): "zh_CN" or "en".
    QString activeLanguage() const { return m_active; }
    // Whether Qt's own translation could be loaded too (missing qttranslations is not fatal).
    bool qtTranslationLoaded() const { return m_qtLoaded; }

    // Languages with an embedded .qm, e.g. {"en", "zh_CN"}.
    static QStringList availableLanguages();
    // "system" → the best available language for the given UI languages (QLocale::uiLanguages()
    // order); any Chinese locale → "zh_CN" (the only Chinese translation we ship); otherwise
    // "en". An explicit choice is returned as is when available, else "en".
    static QString resolve(const QString &choice, const QLocale &system = QLocale::system());

private:
    void removeInstalled();

    QPointer<QCoreApplication> m_app; // guarded: a loader may outlive a test's application
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    QString m_active;
    bool m_qtLoaded = false;
};

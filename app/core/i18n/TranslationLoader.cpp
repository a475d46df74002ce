#include "i18n/TranslationLoader.h"

#include "i18n/I18nLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>

namespace {

const QString kEnglish = QStringLiteral("en");
const QString kChinese = QStringLiteral("zh_CN");

QString appQmPath(const QString &language)
{
    return QStringLiteral("%1/mirrordeck_%2.qm")
        .arg(QLatin1String(TranslationLoader::kResourceDir), language);
}

} // namespace

TranslationLoader::TranslationLoader(QCoreApplication *app)
    : m_app(app)
{}

TranslationLoader::~TranslationLoader()
{
    removeInstalled();
}

QStringList TranslationLoader::availableLanguages()
{
    QStringList languages;
    const QStringList files =
        QDir(QLatin1String(kResourceDir))
            .entryList({QStringLiteral("mirrordeck_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        QString language = file.mid(int(qstrlen("mirrordeck_")));
        language.chop(int(qstrlen(".qm")));
        languages.append(language);
    }
    return languages;
}

QString TranslationLoader::resolve(const QString &choice, const QLocale &system)
{
    const QStringList available = availableLanguages();
    if (choice != QLatin1String(kSystem))
        return available.contains(choice) ? choice : kEnglish;

    // uiLanguages() is the user's ordered preference ("zh-Hans-CN", "zh-CN", "en-US", ...).
    // Take the first one we have a translation for. Traditional Chinese users are given the
    // Simplified translation: closer to them than English, and the only Chinese we ship.
    for (const QString &tag : system.uiLanguages()) {
        const QLocale locale(tag);
        if (locale.language() == QLocale::Chinese && available.contains(kChinese))
            return kChinese;
        if (locale.language() == QLocale::English)
            return kEnglish;
    }
    return kEnglish;
}

bool TranslationLoader::apply(const QString &choice)
{
    const QString language = resolve(choice);
    removeInstalled();
    m_active = language;

    auto appTranslator = std::make_unique<QTranslator>();
    const bool appLoaded = appTranslator->load(appQmPath(language));
    if (appLoaded && m_app) {
        m_appTranslator = std::move(appTranslator);
        m_app->installTranslator(m_appTranslator.get());
    }

    // Qt's own strings (QDialogButtonBox, QFileDialog, context menus). Debian ships them in
    // qt6-translations-l10n; without it the standard dialogs stay English, which is acceptable.
    auto qtTranslator = std::make_unique<QTranslator>();
    m_qtLoaded = qtTranslator->load(QStringLiteral("qtbase_") + language,
                                    QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (m_qtLoaded && m_app) {
        m_qtTranslator = std::move(qtTranslator);
        m_app->installTranslator(m_qtTranslator.get());
    }
    qCDebug(lcI18n) << "language" << choice << "resolved to" << language << "ours" << appLoaded
                    << "Qt's" << m_qtLoaded;
    return appLoaded;
}

void TranslationLoader::removeInstalled()
{
    for (std::unique_ptr<QTranslator> *translator : {&m_appTranslator, &m_qtTranslator}) {
        if (*translator && m_app)
            m_app->removeTranslator(translator->get());
        translator->reset();
    }
}

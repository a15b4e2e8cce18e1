#include "util/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Lineup {

QList<LanguageChoice> languageChoices()
{
    return {{QString(), QString()},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("ja"), QStringLiteral("日本語")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

QLocale systemMessagesLocale()
{
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QByteArray value = qgetenv(name);
        if (value.isEmpty())
            continue;
        if (value == "C" || value == "POSIX" || value.startsWith("C."))
            return QLocale::c(); // English, whatever LANGUAGE says
        break;
    }
    return QLocale::system(); // its uiLanguages() follow LANGUAGE
}

QLocale localeForLanguage(const QString &code)
{
    if (code == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    if (code == QLatin1String("ja"))
        return QLocale(QLocale::Japanese, QLocale::Japan);
    if (code == QLatin1String("zh_CN"))
        return QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    return systemMessagesLocale();
}

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    // Parented to the application, so they live as long as it does.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    if (locale.language() == QLocale::C)
        return false;
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("lineup"), QStringLiteral("_"),
                         QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
}

} // namespace Lineup

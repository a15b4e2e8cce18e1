// The Japanese and Simplified Chinese catalogues are built into the core library, so the app and
// the CLI (which link no Widgets) both find them; other languages stay English.
#include "util/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QTranslator>

using namespace Lineup;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cataloguesAreBuiltIntoTheCore()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/lineup_ja.qm")));
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/lineup_zh_CN.qm")));
    }

    void theLocaleChoosesTheCatalogue()
    {
        QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Japanese)));
        QVERIFY(installTranslations(*QCoreApplication::instance(),
                                    QLocale(QLocale::Chinese, QLocale::China)));
        QVERIFY(!installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Swahili)));
        QVERIFY(!installTranslations(*QCoreApplication::instance(),
                                     QLocale(QLocale::English, QLocale::UnitedStates)));
    }

    void theLanguageSettingChoosesTheLocale()
    {
        QCOMPARE(localeForLanguage(QStringLiteral("ja")).language(), QLocale::Japanese);
        QCOMPARE(localeForLanguage(QStringLiteral("zh_CN")).language(), QLocale::Chinese);
        QCOMPARE(localeForLanguage(QStringLiteral("zh_CN")).territory(), QLocale::China);
        QCOMPARE(localeForLanguage(QStringLiteral("en")).language(), QLocale::English);
        QCOMPARE(localeForLanguage(QString()), systemMessagesLocale());
        QCOMPARE(localeForLanguage(QStringLiteral("tlh")), systemMessagesLocale());
        QStringList codes;
        for (const LanguageChoice &choice : languageChoices())
            codes.append(choice.code);
        QCOMPARE(codes, (QStringList{QString(), QStringLiteral("en"), QStringLiteral("ja"),
                                     QStringLiteral("zh_CN")}));
    }

    void theCLocaleIgnoresLanguage()
    {
        qputenv("LANGUAGE", "ja");
        qputenv("LC_ALL", "C.UTF-8");
        QCOMPARE(systemMessagesLocale().language(), QLocale::C);
        qunsetenv("LANGUAGE");
    }

    void cataloguesAreComplete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("ja") << QStringLiteral(":/i18n/lineup_ja.qm");
        QTest::newRow("zh_CN") << QStringLiteral(":/i18n/lineup_zh_CN.qm");
    }

    void cataloguesAreComplete()
    {
        // A sample across the core, the CLI and the app, plural forms included.
        QFETCH(QString, file);
        QTranslator translator;
        QVERIFY(translator.load(file));
        for (const auto &[context, source] :
             {std::pair{"Lineup::ApiError", "The request was cancelled; the partial answer was "
                                            "kept."},
              std::pair{"LineupCli", "Show this help."}, std::pair{"Lineup::MainWindow", "&File"},
              std::pair{"Lineup::SettingsDialog", "&Test connection"}})
            QVERIFY2(!translator.translate(context, source).isEmpty(), source);
        const QString plural = translator.translate("Lineup::ConversationTransfer",
                                                    "Imported %n conversations.", nullptr, 3);
        QVERIFY2(plural.contains(u'3') || plural.contains(QStringLiteral("%n")),
                 qPrintable(plural));
        QVERIFY(!plural.isEmpty());
        QVERIFY(translator.translate("Lineup::MainWindow", "&File").contains(u'&'));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"

// The Japanese and Simplified Chinese catalogues are built into the core library, so the app and
// the CLI (which link no Widgets) both find them; other languages stay English.
#include "util/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"

// Text from a service, a file or the user is shown as the characters it is, never as rich text.

#include "PlainText.h"
#include "panels/ModelListModel.h"

#include <QLabel>
#include <QMessageBox>
#include <QTextDocument>
#include <QtTest>

using namespace Lineup;

namespace {

const QString Hostile = QStringLiteral(
    "<img src=\"file:///etc/passwd\"><a href=\"javascript:alert(1)\">click</a><b>bold</b> & <br>");

// What Qt shows for a tooltip: rich text when it guesses so, then rendered.
QString shownToolTip(const QString &tip)
{
    if (!Qt::mightBeRichText(tip))
        return tip;
    QTextDocument document;
    document.setHtml(tip);
    return document.toPlainText();
}

} // namespace

class TestPlainText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostileToolTipShowsLiterally()
    {
        QVERIFY(Qt::mightBeRichText(Hostile)); // what goes wrong without the helper
        QCOMPARE(shownToolTip(plainToolTip(Hostile)), Hostile);
        const QString lines = QStringLiteral("first <i>line</i>\nsecond");
        QCOMPARE(shownToolTip(plainToolTip(lines)), lines);
        QVERIFY(plainToolTip(QString()).isEmpty());
    }

    void labelsAndBoxesShowPlainText()
    {
        QLabel label;
        showPlainText(&label);
        label.setText(Hostile);
        QCOMPARE(label.textFormat(), Qt::PlainText);
        QMessageBox box;
        showPlainText(&box);
        box.setText(Hostile);
        QCOMPARE(box.textFormat(), Qt::PlainText);
    }

    void mailtoLinksLoseTheirQuery()
    {
        QCOMPARE(safeLinkTarget(QStringLiteral(
                     "mailto:someone@example.com?subject=hi&body=x&attach=/home/u/.ssh/id_rsa")),
                 QStringLiteral("mailto:someone@example.com"));
        QCOMPARE(safeLinkTarget(QStringLiteral("MAILTO:a@b.c?cc=evil@x.y#frag")),
                 QStringLiteral("mailto:a@b.c"));
        const QString web = QStringLiteral("https://example.com/search?q=a&b=c");
        QCOMPARE(safeLinkTarget(web), web);
    }

    void modelIdsFromTheServiceShowLiterallyInTooltips()
    {
        ModelListModel model;
        ModelInfo info;
        info.id = Hostile;
        info.ownedBy = QStringLiteral("<h1>vendor</h1>");
        model.setModels({info});
        QCOMPARE(model.rowCount(), 1);
        const QString tip = model.data(model.index(0, 0), Qt::ToolTipRole).toString();
        const QString shown = shownToolTip(tip);
        QVERIFY2(shown.startsWith(Hostile), qPrintable(shown));
        QVERIFY(shown.contains(QLatin1String("<h1>vendor</h1>")));
    }
};

QTEST_MAIN(TestPlainText)
#include "tst_plaintext.moc"

#include "PlainText.h"

#include <QLabel>
#include <QMessageBox>
#include <QUrl>

namespace Lineup {

QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return text;
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") + text.toHtmlEscaped() +
           QStringLiteral("</p>");
}

void showPlainText(QLabel *label)
{
    label->setTextFormat(Qt::PlainText);
}

void showPlainText(QMessageBox *box)
{
    box->setTextFormat(Qt::PlainText);
}

QString safeLinkTarget(const QString &href)
{
    QUrl url(href);
    if (url.scheme().compare(QLatin1String("mailto"), Qt::CaseInsensitive) != 0)
        return href;
    url.setQuery(QString());
    url.setFragment(QString());
    return url.toString();
}

} // namespace Lineup

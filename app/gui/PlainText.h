#pragma once

#include <QString>

class QLabel;
class QMessageBox;

namespace Lineup {

// Text that came from a service, a file or the user (model ids, error bodies, link targets,
// file names) must show as the characters it is: Qt guesses rich text for tooltips and for
// labels and message boxes left at Qt::AutoText, so "<img src=…>" would be rendered.

// A tooltip that shows `text` literally whatever it contains (escaped inside a rich-text
// wrapper that keeps line breaks). Empty stays empty, so the tooltip stays off.
QString plainToolTip(const QString &text);
// Makes the label or box show its text literally from now on.
void showPlainText(QLabel *label);
void showPlainText(QMessageBox *box);

// A link's target without the parts a mail client would act on: `mailto:` keeps only the
// address (no subject, body, cc or attachment in a query); other URLs are returned unchanged.
QString safeLinkTarget(const QString &href);

} // namespace Lineup

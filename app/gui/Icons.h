#pragma once

#include <QIcon>
#include <QString>

class QLineEdit;

namespace Lineup::Icons {

// A monochrome SVG from :/icons/<name>.svg, painted in the palette's text colour at paint time,
// so one set of files serves light and dark themes and stays crisp at any scale.
QIcon themed(const QString &name);

// The application icon (full colour).
QIcon application();

// A trailing "clear" button for a line edit, shown while it holds text. Used instead of
// QLineEdit::setClearButtonEnabled, whose style icon makes Qt search the icon theme and load
// image-format plugins at start-up (several milliseconds before the first frame).
void addClearAction(QLineEdit *edit);

} // namespace Lineup::Icons

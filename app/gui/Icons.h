#pragma once

#include <QIcon>
#include <QString>

namespace Lineup::Icons {

// A monochrome SVG from :/icons/<name>.svg, painted in the palette's text colour at paint time,
// so one set of files serves light and dark themes and stays crisp at any scale.
QIcon themed(const QString &name);

// The application icon (full colour).
QIcon application();

} // namespace Lineup::Icons

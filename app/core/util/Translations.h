#pragma once

#include <QLocale>

class QCoreApplication;

namespace Lineup {

// Installs Qt's own and Lineup's catalogues for `locale` (the system's by default), for the app
// and the CLI alike; Lineup's are built into the core library. Returns whether Lineup's was
// found: English needs none, and a language without a catalogue stays English.
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace Lineup

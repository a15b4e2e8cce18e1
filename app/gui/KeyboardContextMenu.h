#pragma once

class QCoreApplication;

namespace Lineup {

// Shift+F10 opens the focused widget's context menu, as the menu key does. Qt 6.4's platform
// plugins turn only the menu key into a context menu event; this sends the focus widget the
// event Qt sends it for the menu key. Once per application (the app installs it; tests that
// press Shift+F10 too).
void installShiftF10ContextMenu(QCoreApplication *app);

} // namespace Lineup

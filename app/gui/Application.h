#pragma once

#include <functional>

namespace Lineup {

class MainWindow;

// The whole app. `afterShow` runs once the main window is shown; the release app passes none,
// tests/instrumented passes its screenshot and first-paint hooks (never in the release binary).
int runApplication(int argc, char *argv[], const std::function<void(MainWindow *)> &afterShow = {});

} // namespace Lineup

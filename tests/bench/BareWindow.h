#pragma once

// The baseline of bench_first_paint: the least a Qt Widgets application does to show a window the
// size of Lineup's default one, with the same first-paint probe. Shared by the lean
// launch_bare_window executable (Qt Widgets only) and `bench_first_paint --bare-window` (linked
// with everything Lineup links, to show what loading those libraries costs).
#include "FirstPaintProbe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

namespace LineupBench {

inline int runBareWindow(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    window.resize(1280, 820);
    window.show();
    Lineup::installFirstPaintProbe(&window);
    return app.exec();
}

} // namespace LineupBench

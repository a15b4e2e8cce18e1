#pragma once

#include <functional>

class QObject;
class QWidget;

namespace Lineup {

// Runs `work` once `widget` has been painted for the first time, from the event loop (so the
// frame reaches the screen first), unless `context` is gone by then. Start-up work that the
// user does not need to see the first frame waits here instead of delaying it.
void afterFirstPaint(QWidget *widget, QObject *context, std::function<void()> work);

} // namespace Lineup

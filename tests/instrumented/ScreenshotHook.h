#pragma once

namespace Lineup {

class MainWindow;

// Development aid for documentation screenshots, driven by environment variables so that it
// stays out of the user-facing --help:
//   LINEUP_SCREENSHOT=file.png      grab after LINEUP_SCREENSHOT_DELAY ms (default 2000), quit
//   LINEUP_SCREENSHOT_PROMPT=text   send this prompt shortly after start
//   LINEUP_SCREENSHOT_OPEN=settings|welcome|find   open that dialog or bar first
//   LINEUP_SCREENSHOT_SIZE=WxH      resize the window first
//   LINEUP_SCREENSHOT_TARGET=dialog grab only the open settings or welcome dialog
//   LINEUP_SCREENSHOT_EXPAND_REASONING=1   open the last answer's reasoning before the grab
// Without LINEUP_SCREENSHOT nothing happens.
void installScreenshotHook(MainWindow *window);

} // namespace Lineup

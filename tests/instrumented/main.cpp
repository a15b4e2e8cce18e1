// The app with its test-only hooks (screenshots driven by LINEUP_SCREENSHOT*, the first-paint
// probe driven by LINEUP_FIRST_PAINT_*, the stream probe driven by LINEUP_STREAM_PROBE_*), for
// benchmarks and docs/screenshots. The release `lineup` binary contains none of them.

#include "Application.h"
#include "FirstPaintProbe.h"
#include "MainWindow.h"
#include "ScreenshotHook.h"
#include "StreamProbe.h"

int main(int argc, char *argv[])
{
    return Lineup::runApplication(argc, argv, [](Lineup::MainWindow *window) {
        Lineup::installFirstPaintProbe(window);
        Lineup::installScreenshotHook(window);
        Lineup::installStreamProbe(window);
    });
}

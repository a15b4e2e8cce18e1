#pragma once

class QWidget;

namespace Lineup {

// Measurement hook for tests/bench/bench_first_paint, driven by environment variables so that it
// stays out of the user-facing --help:
//   LINEUP_FIRST_PAINT_REPORT=1   after the window's first paint, print one JSON line to stdout:
//       {"first_paint_ms": <ms since the process started>, "rss_kb": <VmRSS>,
//        "cpu_ms": <CPU time of the process so far>}
//   LINEUP_FIRST_PAINT_EXIT=1     then quit the application
//   LINEUP_LAUNCH_T0_NS=<ns>      optional: the launcher's CLOCK_MONOTONIC time just before it
//                                 started the process; more precise than /proc's clock ticks
// Without LINEUP_FIRST_PAINT_REPORT nothing happens. Call it before the event loop runs.
void installFirstPaintProbe(QWidget *window);

} // namespace Lineup

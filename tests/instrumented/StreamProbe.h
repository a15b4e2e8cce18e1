#pragma once

namespace Lineup {

class MainWindow;

// Test hook for bench_app_stream. With LINEUP_STREAM_PROBE_PROMPT set, sends that prompt once
// the window is up and reports on stdout, one line each, when the request starts
// ("request-started") and when the answer has finished and been painted
// ("answer-finished {json}"), so the benchmark can read the process's CPU from outside at
// exactly those two moments. With LINEUP_STREAM_PROBE_STALLS=1 the JSON also holds the event
// loop's stalls while the answer streamed (how late a 2 ms timer fired).
void installStreamProbe(MainWindow *window);

} // namespace Lineup

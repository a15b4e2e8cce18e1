// A bare Qt Widgets window that reports its first paint (see BareWindow.h): the baseline
// bench_first_paint compares Lineup's launch with. Deliberately linked with Qt Widgets only.
#include "BareWindow.h"

int main(int argc, char **argv)
{
    return LineupBench::runBareWindow(argc, argv);
}

#pragma once

#include <thread>

namespace Lineup {

// Reading the fontconfig configuration (FcInit: dozens of XML files and the font cache) is the
// largest single cost of start-up, about a third of the CPU time to the first frame, and Qt
// does it on first use of a font, on the GUI thread. This starts it on another core while the
// application object is being created; wait() before anything measures text, as a second
// FcInit running at the same time would load everything again. Without fontconfig (other
// platforms) it does nothing.
class FontConfigWarmup
{
public:
    FontConfigWarmup();
    ~FontConfigWarmup();
    FontConfigWarmup(const FontConfigWarmup &) = delete;
    FontConfigWarmup &operator=(const FontConfigWarmup &) = delete;

    void wait();

private:
    std::thread m_thread;
};

} // namespace Lineup

#include "FontConfigWarmup.h"

#ifdef LINEUP_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

namespace Lineup {

FontConfigWarmup::FontConfigWarmup()
{
#ifdef LINEUP_HAVE_FONTCONFIG
    m_thread = std::thread([] { FcInit(); });
#endif
}

FontConfigWarmup::~FontConfigWarmup()
{
    wait();
}

void FontConfigWarmup::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace Lineup

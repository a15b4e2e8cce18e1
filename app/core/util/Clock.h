#pragma once

#include <QtGlobal>

namespace Lineup {

// Monotonic milliseconds, injectable. Throttles (the recorder's checkpoints, the Markdown
// re-parse, the chat view's frame pacing) read time through a Clock, so their tests step time
// with a manual clock (tests/support/ManualClock.h) instead of sleeping and hoping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;

    // The process's steady clock (QElapsedTimer), shared and never null.
    static const Clock &steady();
};

} // namespace Lineup

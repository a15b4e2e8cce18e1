#pragma once

#include <QThread>
#include <QtGlobal>

#include <algorithm>
#include <thread>
#include <vector>

namespace Lineup {

// Runs work(begin, end) over [0, count) in contiguous chunks, one per core (the calling thread
// takes the first), and returns when all are done. For CPU-bound loops over independent items
// (converting or encoding thousands of imported messages); below `minimumChunk` items per
// chunk, threads cost more than they save and everything runs on the calling thread. `work`
// must only touch its own items and thread-safe (reentrant, unshared) state.
template <typename Work> void parallelFor(qsizetype count, qsizetype minimumChunk, Work &&work)
{
    const qsizetype threads = std::clamp<qsizetype>(count / std::max<qsizetype>(minimumChunk, 1), 1,
                                                    QThread::idealThreadCount());
    if (threads <= 1) {
        if (count > 0)
            work(qsizetype(0), count);
        return;
    }
    const qsizetype chunk = (count + threads - 1) / threads;
    std::vector<std::thread> helpers;
    helpers.reserve(size_t(threads - 1));
    for (qsizetype begin = chunk; begin < count; begin += chunk)
        helpers.emplace_back(
            [&work, begin, end = std::min(count, begin + chunk)] { work(begin, end); });
    work(qsizetype(0), std::min(count, chunk));
    for (std::thread &helper : helpers)
        helper.join();
}

} // namespace Lineup

#pragma once

// Shared by the libFuzzer targets: how a violated property ends the run, and the deterministic
// generator that decides where an input is split.

#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

namespace Lineup::Fuzz {

[[noreturn]] inline void fail(const char *what)
{
    std::fprintf(stderr, "fuzz property violated: %s\n", what);
    std::abort();
}

// Small deterministic generator for piece lengths, seeded from the input's first bytes.
struct Splitter
{
    quint32 state;
    quint32 next()
    {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    }
};

} // namespace Lineup::Fuzz

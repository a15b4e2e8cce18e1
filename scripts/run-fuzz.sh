#!/bin/sh
# Builds the libFuzzer target for the SSE decoder + chunk assembler with clang
# (ASan + UBSan) in build-fuzz/ and runs it.
#
#   scripts/run-fuzz.sh [SECONDS=30] [extra libFuzzer flags...]
#
# Needs clang (and libclang-rt-NN-dev for the fuzzer runtime) and Qt 6 Core; never the GUI
# build. Seeds come from tests/fixtures/streams; the growing corpus stays in
# build-fuzz/corpus. Exits non-zero when the fuzzer finds a crash, a hang, a leak or a
# violated property (crash inputs are written to build-fuzz/artifacts/).
set -eu

seconds=${1:-30}
[ $# -gt 0 ] && shift

root=$(cd "$(dirname "$0")/.." && pwd)
build=${LINEUP_FUZZ_BUILD_DIR:-$root/build-fuzz}
cxx=${CXX_FUZZ:-clang++}

if ! command -v "$cxx" >/dev/null 2>&1; then
    echo "run-fuzz: $cxx not found; install clang (Debian: apt-get install clang libclang-rt-14-dev)" >&2
    exit 2
fi

generator=
command -v ninja >/dev/null 2>&1 && generator="-G Ninja"
if [ ! -f "$build/CMakeCache.txt" ]; then
    # shellcheck disable=SC2086
    cmake -S "$root/tests/fuzz" -B "$build" $generator \
        -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build" --target fuzz_sse_assembler -j"$(nproc 2>/dev/null || echo 2)"

mkdir -p "$build/corpus" "$build/artifacts"
# Seeds: each fixture stream behind a 3-byte header (split mode and generator seed).
for seed in "$root"/tests/fixtures/streams/*.sse; do
    name=$(basename "$seed" .sse)
    [ -f "$build/corpus/seed-$name" ] || { printf '\001\042\063'; cat "$seed"; } >"$build/corpus/seed-$name"
done

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
echo "run-fuzz: fuzzing for ${seconds}s" >&2
"$build/fuzz_sse_assembler" "$build/corpus" \
    -max_total_time="$seconds" -timeout=10 -max_len=16384 -print_final_stats=1 \
    -dict="$root/tests/fuzz/sse.dict" -artifact_prefix="$build/artifacts/" "$@"

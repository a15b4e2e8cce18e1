#!/bin/sh
# Builds the libFuzzer targets with clang (ASan + UBSan) in build-fuzz/ and runs each in turn:
#   fuzz_sse_assembler       the SSE decoder + chunk assembler (+ ApiError parsing)
#   fuzz_conversation_model  the same stream into the conversation model the view shows
#   fuzz_import              import parsing (Lineup JSON, OpenAI bodies) and its round trip
#   fuzz_http_response       the HTTP/1.1 response parser of Lineup's own reader (SocketExchange)
#
#   scripts/run-fuzz.sh [SECONDS=30 per target] [extra libFuzzer flags...]
#
# Needs clang (and libclang-rt-NN-dev for the fuzzer runtime) and Qt 6 Core; never the GUI
# build. Seeds come from tests/fixtures/streams (the stream targets) and tests/fuzz/corpus-import
# (fuzz_import, written by tests/fuzz/make-import-seeds.py); the growing corpora stay in
# build-fuzz/corpus-TARGET. Exits non-zero when the fuzzer finds a crash, a hang, a leak or a
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
cmake --build "$build" --target fuzz_sse_assembler fuzz_conversation_model fuzz_import \
    fuzz_http_response \
    -j"$(nproc 2>/dev/null || echo 2)"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
mkdir -p "$build/artifacts"

# fuzz TARGET HEADER: seeds are the fixture streams behind the target's option header bytes.
fuzz() {
    target=$1 header=$2
    shift 2
    corpus="$build/corpus-$target"
    mkdir -p "$corpus"
    for seed in "$root"/tests/fixtures/streams/*.sse; do
        name=$(basename "$seed" .sse)
        [ -f "$corpus/seed-$name" ] || { printf "$header"; cat "$seed"; } >"$corpus/seed-$name"
    done
    echo "run-fuzz: $target for ${seconds}s" >&2
    "$build/$target" "$corpus" \
        -max_total_time="$seconds" -timeout=10 -max_len=16384 -print_final_stats=1 \
        -dict="$root/tests/fuzz/sse.dict" -artifact_prefix="$build/artifacts/$target-" "$@"
}

# fuzz_import: seeds are whole files, taken as they are; its own dictionary.
fuzz_import() {
    corpus="$build/corpus-fuzz_import"
    mkdir -p "$corpus"
    for seed in "$root"/tests/fuzz/corpus-import/*; do
        [ -f "$corpus/$(basename "$seed")" ] || cp "$seed" "$corpus/"
    done
    echo "run-fuzz: fuzz_import for ${seconds}s" >&2
    "$build/fuzz_import" "$corpus" \
        -max_total_time="$seconds" -timeout=10 -max_len=16384 -print_final_stats=1 \
        -dict="$root/tests/fuzz/import.dict" -artifact_prefix="$build/artifacts/fuzz_import-" "$@"
}

# fuzz_http_response: seeds are the fixture streams as chunked and as close-delimited
# responses behind the splitter's two seed bytes; its own dictionary.
fuzz_http_response() {
    corpus="$build/corpus-fuzz_http_response"
    mkdir -p "$corpus"
    for seed in "$root"/tests/fixtures/streams/*.sse; do
        name=$(basename "$seed" .sse)
        [ -f "$corpus/seed-$name-close" ] || {
            printf '\021\042HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n\r\n'
            cat "$seed"
        } >"$corpus/seed-$name-close"
        [ -f "$corpus/seed-$name-chunked" ] || {
            printf '\063\104HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n%x\r\n' \
                "$(wc -c <"$seed")"
            cat "$seed"
            printf '\r\n0\r\n\r\n'
        } >"$corpus/seed-$name-chunked"
    done
    echo "run-fuzz: fuzz_http_response for ${seconds}s" >&2
    "$build/fuzz_http_response" "$corpus" \
        -max_total_time="$seconds" -timeout=10 -max_len=16384 -print_final_stats=1 \
        -dict="$root/tests/fuzz/http.dict" -artifact_prefix="$build/artifacts/fuzz_http_response-" "$@"
}

failed=
# Split mode and generator seed for the assembler; the piece length for the model.
fuzz fuzz_sse_assembler '\001\042\063' "$@" || failed="$failed fuzz_sse_assembler"
fuzz fuzz_conversation_model '\007' "$@" || failed="$failed fuzz_conversation_model"
fuzz_import "$@" || failed="$failed fuzz_import"
fuzz_http_response "$@" || failed="$failed fuzz_http_response"
[ -z "$failed" ] && exit 0
# Repeated last, where a CI log's tail shows it: which target failed and the input that did it.
echo "run-fuzz: FAILED:$failed" >&2
for artifact in "$build"/artifacts/*; do
    [ -f "$artifact" ] || continue
    echo "run-fuzz: artifact $artifact (base64):" >&2
    head -c 4096 "$artifact" | base64 >&2
done
exit 1

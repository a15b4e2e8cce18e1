#!/bin/sh
# Runs every benchmark and writes their JSON into one file:
#
#   tests/bench/run-all.sh OUT.json [BUILD_DIR] [--full]
#
# Every bench_* executable in BUILD_DIR/tests/bench (except bench_fakeserver and
# bench_stream_consume, which tests/bench/throughput/run.sh drives) and throughput/run.sh.
# Quick sizes by default (about a minute); --full uses each benchmark's own defaults.
# Without a DISPLAY the whole run goes under `xvfb-run` (when installed), so that the GUI
# benchmarks measure a real X server; otherwise they fall back to QT_QPA_PLATFORM=offscreen.
# A benchmark that fails is recorded as {"error": ..., "exit_code": N}; the others still run.
# Output: {"date": ..., "host": ..., "qpa": ..., "benchmarks": {"bench_x": {...}, ...,
#          "throughput": {...}}}
set -u

here=$(cd "$(dirname "$0")" && pwd)
out=${1:-}
[ -n "$out" ] || { echo "usage: $0 OUT.json [BUILD_DIR] [--full]" >&2; exit 2; }
build=${2:-$here/../../build}
full=0
for arg in "$@"; do [ "$arg" = "--full" ] && full=1; done
[ "$build" = "--full" ] && build=$here/../../build
build=$(cd "$build" && pwd) || exit 2
benches=$build/tests/bench
[ -d "$benches" ] || { echo "run-all.sh: $benches is missing; build the benchmarks first" >&2; exit 2; }
case $out in /*) ;; *) out=$(pwd)/$out ;; esac

if [ -z "${DISPLAY:-}" ] && [ -z "${LINEUP_BENCH_UNDER_XVFB:-}" ] && command -v xvfb-run >/dev/null; then
    LINEUP_BENCH_UNDER_XVFB=1 exec xvfb-run -a -s '-screen 0 1280x800x24' "$0" "$@"
fi
[ -n "${DISPLAY:-}" ] || export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"

# Quick arguments per benchmark (--full: none, i.e. each benchmark's defaults).
quick_args() {
    [ "$full" = 1 ] && return
    case $1 in
    bench_chatview) echo "--quick" ;;
    bench_sse_decode) echo "16" ;;
    bench_first_paint) echo "--runs 5" ;;
    esac
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

# Appends "name": <json> to $work/entries; a run that does not print one JSON object becomes
# an error entry.
record() { # name exit_code output_file
    if [ "$2" = 0 ] && [ "$(tr -d ' \n\t\r' <"$3" | cut -c1)" = "{" ] &&
        [ "$(tr -d ' \n\t\r' <"$3" | tail -c 1)" = "}" ]; then
        value=$(cat "$3")
    else
        value="{\"error\": \"no JSON result (see stderr above)\", \"exit_code\": $2}"
    fi
    [ -s "$work/entries" ] && printf ',\n' >>"$work/entries"
    printf '"%s": %s' "$1" "$value" >>"$work/entries"
}

: >"$work/entries"
for bin in "$benches"/bench_*; do
    if [ ! -f "$bin" ] || [ ! -x "$bin" ]; then continue; fi
    name=$(basename "$bin")
    case $name in bench_fakeserver | bench_stream_consume) continue ;; esac
    echo "run-all.sh: $name $(quick_args "$name")" >&2
    # shellcheck disable=SC2046 # the arguments are meant to split
    timeout -k 10 900 "$bin" $(quick_args "$name") >"$work/out" </dev/null
    record "$name" $? "$work/out"
done

echo "run-all.sh: throughput/run.sh" >&2
if [ "$full" = 1 ]; then
    timeout -k 10 1800 "$here/throughput/run.sh" "$build" >"$work/out" </dev/null
else
    timeout -k 10 900 "$here/throughput/run.sh" "$build" 10 1 >"$work/out" </dev/null
fi
record throughput $? "$work/out"

{
    printf '{"date": "%s", "host": "%s", "cpus": %s, "qpa": "%s", "quick": %s,\n"benchmarks": {\n' \
        "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$(uname -srm)" "$(getconf _NPROCESSORS_ONLN)" \
        "${QT_QPA_PLATFORM:-xcb (DISPLAY=${DISPLAY:-})}" "$([ "$full" = 1 ] && echo false || echo true)"
    cat "$work/entries"
    printf '\n}}\n'
} >"$out"
echo "run-all.sh: wrote $out" >&2

#!/bin/sh
# Streaming throughput: one >= 50 MB chat completion of realistic chat.completion.chunk events,
# served over loopback by bench_fakeserver, consumed by
#   lineup      Lineup's core (bench_stream_consume: ApiClient + ChatStream, output discarded)
#   lineup_cli  `lineup-cli chat ... > /dev/null` (the same core plus printing every delta)
#   node_sdk    the official OpenAI Node SDK (stream: true, concatenating delta.content)
#   curl        `curl -N -o /dev/null` (the transport alone: a ceiling, not a competitor)
# Each consumer runs RUNS times; the best run counts. Prints one JSON object.
#
#   tests/bench/throughput/run.sh [BUILD_DIR] [MEGABYTES=50] [RUNS=3]
#
# Needs node >= 18 and npm (the SDK is installed into tests/bench/throughput/node_modules) and curl.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../../../build}" && pwd)
megabytes=${2:-50}
runs=${3:-3}
server_bin=$build/tests/bench/bench_fakeserver
consumer_bin=$build/tests/bench/bench_stream_consume
cli_bin=$build/app/cli/lineup-cli

for tool in node npm curl; do
    command -v "$tool" >/dev/null || { echo "run.sh: $tool is needed" >&2; exit 1; }
done
for bin in "$server_bin" "$consumer_bin" "$cli_bin"; do
    [ -x "$bin" ] || { echo "run.sh: $bin is missing; build the benchmarks first" >&2; exit 1; }
done
if [ ! -d "$here/node_modules/openai" ]; then
    (cd "$here" && npm install --no-audit --no-fund --loglevel=error >&2)
fi

work=$(mktemp -d)
server_pid=
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

"$server_bin" --port 0 --stream-megabytes "$megabytes" --print-port >"$work/port" &
server_pid=$!
i=0
while [ ! -s "$work/port" ]; do
    i=$((i + 1))
    [ $i -gt 100 ] && { echo "run.sh: bench_fakeserver did not start" >&2; exit 1; }
    sleep 0.1
done
base="http://127.0.0.1:$(cat "$work/port")/v1"
body='{"model":"bench-model","messages":[{"role":"user","content":"Stream, please."}],"stream":true,"stream_options":{"include_usage":true}}'

# Each measure_* prints "seconds content_bytes" (curl: "seconds wire_bytes").
measure_curl() {
    curl -sS -N -o /dev/null -H 'Content-Type: application/json' -H 'Accept-Encoding: identity' \
        -w '%{time_total} %{size_download}\n' -d "$body" "$base/chat/completions"
}
measure_lineup() {
    "$consumer_bin" --base-url "$base" |
        sed -n 's/.*"content_bytes":\([0-9]*\).*"seconds":\([0-9.e-]*\).*/\2 \1/p'
}
measure_node() {
    (cd "$here" && node openai_sdk.mjs "$base") |
        sed -n 's/.*"seconds":\([0-9.e-]*\),"content_bytes":\([0-9]*\).*/\1 \2/p'
}
measure_cli() {
    start=$(date +%s.%N)
    bytes=$("$cli_bin" chat --base-url "$base" --model bench-model --retries 0 "Stream, please." | wc -c)
    end=$(date +%s.%N)
    # lineup-cli ends the answer with a newline.
    echo "$(echo "$end - $start" | awk '{ split($0, t, " - "); printf "%.6f", t[1] - t[2] }') $((bytes - 1))"
}

best() { # name -> "best_seconds bytes"
    name=$1
    n=0
    : >"$work/$name"
    while [ $n -lt "$runs" ]; do
        n=$((n + 1))
        "measure_$name" >>"$work/$name"
    done
    sort -g "$work/$name" | head -n 1
}

curl_result=$(best curl)
lineup_result=$(best lineup)
node_result=$(best node)
cli_result=$(best cli)

awk -v mb_target="$megabytes" -v runs="$runs" -v c="$curl_result" -v l="$lineup_result" \
    -v n="$node_result" -v k="$cli_result" 'BEGIN {
    split(c, cr, " "); split(l, lr, " "); split(n, nr, " "); split(k, kr, " ");
    mb = cr[2] / 1048576;
    if (lr[1] <= 0 || nr[1] <= 0 || cr[1] <= 0 || kr[1] <= 0) { print "{\"error\":\"a consumer failed\"}"; exit 1 }
    same = (lr[2] == nr[2] && lr[2] == kr[2]) ? "true" : "false";
    printf "{\"megabytes\":%.2f,\"runs\":%d,\"content_bytes_agree\":%s,", mb, runs, same;
    printf "\"lineup\":{\"seconds\":%.3f,\"mb_per_s\":%.1f},", lr[1], mb / lr[1];
    printf "\"lineup_cli\":{\"seconds\":%.3f,\"mb_per_s\":%.1f},", kr[1], mb / kr[1];
    printf "\"node_openai_sdk\":{\"seconds\":%.3f,\"mb_per_s\":%.1f},", nr[1], mb / nr[1];
    printf "\"curl\":{\"seconds\":%.3f,\"mb_per_s\":%.1f},", cr[1], mb / cr[1];
    printf "\"ratio_lineup_vs_node\":%.2f,\"ratio_lineup_vs_curl\":%.2f,", nr[1] / lr[1], cr[1] / lr[1];
    printf "\"ratio_lineup_cli_vs_node\":%.2f,", nr[1] / kr[1];
    printf "\"target_lineup_vs_node\":3,\"meets_target\":%s}\n", (nr[1] / lr[1] >= 3) ? "true" : "false";
}'

#!/bin/sh
# Regenerates the documentation screenshots under Xvfb with a private HOME, a private keyring
# and the demo server (no network needed). Usage: docs/screenshots/make-screenshots.sh [build-dir]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
app=${1:-$here/../../build}/tests/instrumented/lineup-instrumented
work=$(mktemp -d)
port=18931
python3 "$here/demo_server.py" $port &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
sleep 0.5

export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" \
    XDG_DATA_HOME="$work/home/.local/share" XDG_RUNTIME_DIR="$work/run" LINEUP_SCREENSHOT_SIZE=1360x860
mkdir -p "$work/home" "$work/run" && chmod 700 "$work/run"
run() {
    timeout -k 5 60 xvfb-run -a -s '-screen 0 1440x960x24' dbus-run-session -- sh -c \
        'echo -n pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' sh "$@" </dev/null
}

# First run: the welcome dialog over the empty window.
(export LINEUP_SCREENSHOT="$here/welcome.png" LINEUP_SCREENSHOT_DELAY=2500 \
     LINEUP_SCREENSHOT_TARGET=dialog
 run "$app" --data-dir "$work/data")
# A streamed Markdown answer with its reasoning open.
(export LINEUP_SCREENSHOT="$here/conversation.png" LINEUP_SCREENSHOT_DELAY=6000 \
     LINEUP_SCREENSHOT_EXPAND_REASONING=1 \
     LINEUP_SCREENSHOT_PROMPT="How do chat clients stream answers? Keep it short."
 run "$app" --base-url "http://127.0.0.1:$port/v1" --model gpt-5 --data-dir "$work/data")
# Provider settings.
(export LINEUP_SCREENSHOT="$here/settings.png" LINEUP_SCREENSHOT_DELAY=2000 \
     LINEUP_SCREENSHOT_OPEN=settings LINEUP_SCREENSHOT_TARGET=dialog
 run "$app" --profile cometapi --data-dir "$work/data")
# A new chat, before the first message.
(export LINEUP_SCREENSHOT="$here/new-chat.png" LINEUP_SCREENSHOT_DELAY=2000
 run "$app" --base-url "http://127.0.0.1:$port/v1" --model gpt-5 --data-dir "$work/data")
# Dark mode.
(export LINEUP_SCREENSHOT="$here/dark.png" LINEUP_SCREENSHOT_DELAY=6000 \
     LINEUP_SCREENSHOT_EXPAND_REASONING=1 \
     LINEUP_SCREENSHOT_PROMPT="Compare SSE and WebSockets for token streaming"
 run "$app" --base-url "http://127.0.0.1:$port/v1" --model claude-sonnet-4-5 --data-dir "$work/data" --dark)
# Comparisons of 2, 4 and 8 models (each answers in its own words and pace); the 2-pane one with
# its word diff.
compare() { # SHOT SIZE DIFF(0/1) ARGS...
    shot=$1 size=$2 diff=$3; shift 3
    (export LINEUP_SCREENSHOT="$here/$shot" LINEUP_SCREENSHOT_DELAY=7000 \
         LINEUP_SCREENSHOT_SIZE=$size \
         LINEUP_SCREENSHOT_PROMPT="SSE or WebSockets for streaming tokens? One paragraph."
     [ "$diff" = 1 ] && export LINEUP_SCREENSHOT_DIFF=1
     run "$app" --base-url "http://127.0.0.1:$cport/v1" --data-dir "$work/compare-$shot" "$@")
}
cport=$((port + 1))
DEMO_COMPARE=1 python3 "$here/demo_server.py" $cport &
cserver=$!
trap 'kill $server $cserver 2>/dev/null; rm -rf "$work"' EXIT
sleep 0.5
compare comparison-2.png 1360x860 1 --compare gpt-5 --compare claude-sonnet-4-5
compare comparison-4.png 1360x860 0 --compare gpt-5 --compare claude-sonnet-4-5 --compare gemini-2.5-pro \
    --compare llama-3.3-70b
compare comparison-8.png 1440x940 0 --compare gpt-5 --compare gpt-5.4-mini \
    --compare gpt-4.1 --compare claude-sonnet-4-5 --compare gemini-2.5-pro --compare qwen3-coder \
    --compare llama-3.3-70b --compare deepseek-v3
# The Schema and Tools docks, grabbed offscreen by their GUI suites.
for suite in tst_schemadock tst_toolsdock; do
    QT_QPA_PLATFORM=offscreen LINEUP_SCREENSHOTS="$here" "${1:-$here/../../build}/tests/$suite" >/dev/null
done

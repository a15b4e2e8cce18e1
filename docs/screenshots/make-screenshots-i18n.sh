#!/bin/sh
# The Japanese and Simplified Chinese screenshots in docs/screenshots/i18n, at 100% and 200%
# (QT_SCALE_FACTOR=2), under Xvfb with a CJK font (fonts-wqy-microhei), a private HOME and
# keyring and the demo server. They are for checking that no text is clipped or overlaps.
# Usage: docs/screenshots/make-screenshots-i18n.sh [build-dir]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
app=$build/tests/instrumented/lineup-instrumented # the app with its screenshot hook
out=$here/i18n
mkdir -p "$out"
work=$(mktemp -d)
port=18932
python3 "$here/demo_server.py" $port &
server=$!
cport=$((port + 1))
DEMO_COMPARE=1 python3 "$here/demo_server.py" $cport &
cserver=$!
trap 'kill $server $cserver 2>/dev/null; rm -rf "$work"' EXIT
sleep 0.5

run() {
    timeout -k 5 60 xvfb-run -a -s '-screen 0 3000x2000x24' dbus-run-session -- sh -c \
        'echo -n pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' sh "$@" </dev/null
}

for lang in ja zh_CN; do
    case $lang in
    ja) locale=ja_JP.UTF-8 prompt="チャットクライアントはどうやって回答をストリーミングしますか？短くお願いします。" ;;
    zh_CN) locale=zh_CN.UTF-8 prompt="聊天客户端如何流式传输回答？请简短回答。" ;;
    esac
    for scale in 1 2; do
        home="$work/$lang-$scale"
        mkdir -p "$home/run" && chmod 700 "$home/run"
        export HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
            XDG_RUNTIME_DIR="$home/run" LANG=$locale LANGUAGE=$lang LC_ALL= \
            QT_SCALE_FACTOR=$scale LINEUP_SCREENSHOT_SIZE=1200x780
        # First run: the welcome dialog.
        (export LINEUP_SCREENSHOT="$out/$lang-welcome-${scale}x.png" LINEUP_SCREENSHOT_DELAY=2500 \
             LINEUP_SCREENSHOT_TARGET=dialog
         run "$app" --data-dir "$home/data")
        # A streamed answer with its reasoning open, every panel shown.
        (export LINEUP_SCREENSHOT="$out/$lang-main-${scale}x.png" LINEUP_SCREENSHOT_DELAY=6000 \
             LINEUP_SCREENSHOT_EXPAND_REASONING=1 LINEUP_SCREENSHOT_PROMPT="$prompt"
         run "$app" --base-url "http://127.0.0.1:$port/v1" --model gpt-5 --data-dir "$home/data")
        # A comparison of two models (4 at 100%), the summary table under the panes.
        if [ "$scale" = 1 ]; then panes="--compare gpt-5 --compare claude-sonnet-4-5 --compare gemini-2.5-pro --compare llama-3.3-70b"
        else panes="--compare gpt-5 --compare claude-sonnet-4-5"; fi
        # shellcheck disable=SC2086
        (export LINEUP_SCREENSHOT="$out/$lang-comparison-${scale}x.png" LINEUP_SCREENSHOT_DELAY=7000 \
             LINEUP_SCREENSHOT_PROMPT="$prompt"
         run "$app" --base-url "http://127.0.0.1:$cport/v1" --data-dir "$home/compare" $panes)
        # Providers and keys, with the language setting.
        (export LINEUP_SCREENSHOT="$out/$lang-settings-${scale}x.png" LINEUP_SCREENSHOT_DELAY=2000 \
             LINEUP_SCREENSHOT_OPEN=settings LINEUP_SCREENSHOT_TARGET=dialog
         run "$app" --profile cometapi --data-dir "$home/data")
    done
done
# The Prompt and Request docks sit behind Parameters: tst_i18nlayout raises each dock (and checks
# that no text is clipped) and saves what it saw, offscreen. tst_i18narena does the same for the
# blind arena (setup dialog, a three-pane round with its vote open, the reveal) and the leaderboard.
unset LANG LANGUAGE
for scale in 1 2; do
    mkdir -p "$work/docks"
    for suite in tst_i18nlayout tst_i18narena; do
        LINEUP_SCREENSHOT_DIR="$work/docks" QT_SCALE_FACTOR=$scale QT_QPA_PLATFORM=offscreen \
            LC_ALL=C.UTF-8 "$build/tests/$suite" >/dev/null
    done
    for lang in ja zh_CN; do
        cp "$work/docks/$lang-dock-promptDock-${scale}x.png" "$out/$lang-prompt-dock-${scale}x.png"
        cp "$work/docks/$lang-dock-requestDock-${scale}x.png" "$out/$lang-request-dock-${scale}x.png"
        for shot in blind-setup blind-vote blind-order blind-revealed leaderboard; do
            cp "$work/docks/$lang-$shot-${scale}x.png" "$out/$lang-$shot-${scale}x.png"
        done
    done
done
ls -l "$out"

#!/usr/bin/env bash
# Runs every check on an existing build: formatting, desktop/AppStream files, all Qt Test suites
# (keychain suites against a real gnome-keyring in a private D-Bus session with a throw-away
# HOME), then a short fuzzing run. Prints ctest's summary; exits non-zero on any failure.
set -uo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${1:-$here/build}
status=0
failed_checks=()
# fail CHECK: marks the run failed and remembers which check, for the closing lines.
fail() { status=1; failed_checks+=("$1"); }

echo "== formatting (.clang-format)"
if command -v clang-format >/dev/null 2>&1; then
    unformatted=$(cd "$here" && git ls-files 'app/*.cpp' 'app/*.h' 'tests/*.cpp' 'tests/*.h' 2>/dev/null \
        | while read -r f; do [ -f "$f" ] && ! clang-format --dry-run --Werror "$f" >/dev/null 2>&1 && echo "$f"; done)
    if [ -n "$unformatted" ]; then
        echo "not formatted (run scripts/format.sh):"; echo "$unformatted"; fail formatting
    else
        echo "ok"
    fi
fi

echo "== translations (every source string translated in lineup_ja.ts and lineup_zh_CN.ts)"
# Refreshes copies of the catalogues from the sources with lupdate and fails on any unfinished,
# missing, vanished or broken entry (docs/translations.md). LINEUP_SKIP_TRANSLATION_CHECK=1 skips.
if [ "${LINEUP_SKIP_TRANSLATION_CHECK:-0}" = 1 ]; then
    echo "skipped (LINEUP_SKIP_TRANSLATION_CHECK=1)"
else
    python3 "$here/scripts/translations.py" check --build-dir "$build_dir" || {
        echo "translations incomplete: translate the messages above (docs/translations.md)"; fail translations; }
fi

echo "== desktop entry and AppStream metadata"
desktop-file-validate "$here/resources/io.github.lineup.Lineup.desktop" || fail desktop-entry
appstreamcli validate --no-net --pedantic "$here/resources/io.github.lineup.Lineup.metainfo.xml" || fail appstream

echo "== DEB package"
if (cd "$build_dir" && cpack -G DEB >/dev/null 2>&1); then
    deb=$(ls -t "$build_dir"/lineup_*.deb | head -1)
    dpkg-deb --info "$deb" | grep -E 'Package|Version|Depends' && dpkg-deb --contents "$deb" | grep -E 'bin/lineup|metainfo|applications|man1|copyright' || fail deb-contents
    # lintian: no errors allowed (warnings and notes are printed).
    if command -v lintian >/dev/null 2>&1; then
        lintian --fail-on error --tag-display-limit 0 "$deb" && echo "lintian: no errors" || { echo "lintian found errors"; fail lintian; }
    else
        echo "lintian not installed (apt-get install lintian)"; fail lintian
    fi
else
    echo "cpack -G DEB failed"; fail cpack
fi

echo "== test suites"
khome=$(mktemp -d)
trap 'rm -rf "$khome"' EXIT
mkdir -p "$khome/.local/share" "$khome/.config" "$khome/.cache" "$khome/runtime"
chmod 700 "$khome/runtime"
# A throw-away HOME so no test touches the user's settings, data or keyring.
HOME=$khome XDG_DATA_HOME=$khome/.local/share XDG_CONFIG_HOME=$khome/.config \
XDG_CACHE_HOME=$khome/.cache XDG_RUNTIME_DIR=$khome/runtime \
    timeout -k 10 900 dbus-run-session -- sh -c '
        echo -n lineup-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null &&
        ctest --test-dir "$1" --output-on-failure -j2 --timeout 300' sh "$build_dir" </dev/null \
    2>&1 | tee "$khome/ctest.log"
ctest_status=${PIPESTATUS[0]}
[ $ctest_status -ne 0 ] && fail test-suites

echo "== fuzzing the SSE decoder, chunk assembler, conversation model, import and HTTP parser"
if [ -x "$here/scripts/run-fuzz.sh" ]; then
    "$here/scripts/run-fuzz.sh" "${LINEUP_FUZZ_SECONDS:-20}" || fail fuzzing
fi

# One closing line a CI reader understands, counted from ctest's own summary.
summary=$(grep -E '[0-9]+ tests failed out of [0-9]+' "$khome/ctest.log" | tail -1)
total=$(echo "$summary" | sed -E 's/.*out of ([0-9]+).*/\1/')
failed=$(echo "$summary" | sed -E 's/.* ([0-9]+) tests failed.*/\1/')
[ $status -eq 0 ] && echo "All checks passed." || echo "Some checks FAILED: ${failed_checks[*]}"
if [ -n "$summary" ]; then
    echo "tests: $((total - failed)) passed, $failed failed"
fi
exit $status

#!/usr/bin/env bash
# Lineup developer entry point: the two Quick start commands of the README.
#   scripts/dev.sh run   install what is missing, build, launch the app (extra args go to lineup)
#   scripts/dev.sh test  install what is missing, build, run every test (what CI runs)
# Debian/Ubuntu only for the install step; elsewhere install the packages listed in the README.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${LINEUP_BUILD_DIR:-$here/build}
jobs=${LINEUP_JOBS:-$(nproc 2>/dev/null || echo 2)}

build_packages=(cmake ninja-build g++ pkg-config qt6-base-dev qt6-tools-dev qt6-l10n-tools
    qt6-svg-dev libqt6svg6 qtkeychain-qt6-dev libqt6sql6-sqlite libfontconfig-dev libsecret-1-0 libgl-dev
    qt6-translations-l10n libvalijson-dev)
test_packages=(xvfb xauth dbus gnome-keyring fonts-dejavu-core fonts-wqy-microhei clang
    libclang-rt-14-dev clang-format desktop-file-utils appstream file dpkg-dev python3 lintian
    json-schema-test-suite)

install_missing() {
    command -v dpkg-query >/dev/null 2>&1 || { echo "dev.sh: not a Debian/Ubuntu system: install the packages listed in the README yourself" >&2; return 0; }
    local missing=()
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo=sudo
    echo "dev.sh: installing ${missing[*]}"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    cmake --build "$build_dir" -j"$jobs"
}

case "${1:-}" in
run)
    shift
    install_missing "${build_packages[@]}"
    configure_and_build
    exec "$build_dir/app/lineup" "$@"
    ;;
test)
    shift
    install_missing "${build_packages[@]}" "${test_packages[@]}"
    configure_and_build -DLINEUP_WERROR=ON
    exec "$here/scripts/run-tests.sh" "$build_dir"
    ;;
*)
    echo "usage: scripts/dev.sh run [lineup options] | scripts/dev.sh test" >&2
    exit 2
    ;;
esac

#!/usr/bin/env bash
# Builds lineup-<version>-Darwin.dmg: Lineup.app (with lineup-cli inside, in Contents/MacOS)
# made self-contained by macdeployqt, in a drag-to-Applications disk image (CPack DragNDrop).
# On macOS 12 or newer with the Xcode command-line tools and Homebrew:
#   brew install cmake ninja qt qtkeychain
# Usage: packaging/macos/build-dmg.sh [build-dir]
#   LINEUP_CODESIGN_IDENTITY="Developer ID Application: …" signs the bundle (for notarisation:
#   xcrun notarytool submit <dmg> --keychain-profile … --wait && xcrun stapler staple <dmg>).
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$here/build-macos}

cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLINEUP_BUILD_TESTS=OFF \
    -DCMAKE_PREFIX_PATH="$(brew --prefix qt);$(brew --prefix qtkeychain)" \
    -DCMAKE_OSX_DEPLOYMENT_TARGET=12.0 \
    -DLINEUP_CODESIGN_IDENTITY="${LINEUP_CODESIGN_IDENTITY:-}"
cmake --build "$build"
# The install step (packaging/Deploy.cmake) runs macdeployqt on the bundle in cpack's staging
# folder, with -executable for lineup-cli, and adds Qt's Japanese and Chinese translations.
(cd "$build" && cpack -G DragNDrop)
ls -l "$build"/lineup-*.dmg

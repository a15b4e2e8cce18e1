#!/usr/bin/env bash
# Builds Lineup-x86_64.AppImage with linuxdeploy and its Qt plugin. linuxdeploy is not packaged
# by Debian, so this runs on a machine that can download it (release CI), not on the project's
# offline build machines. Usage: packaging/appimage/build-appimage.sh [build-dir]
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$here/build-appimage}
appdir=$build/AppDir

cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
    -DLINEUP_BUILD_TESTS=OFF
cmake --build "$build"
DESTDIR=$appdir cmake --install "$build"

tools=$build/tools
mkdir -p "$tools"
for tool in linuxdeploy-x86_64.AppImage linuxdeploy-plugin-qt-x86_64.AppImage; do
    [ -x "$tools/$tool" ] || { curl -fL -o "$tools/$tool" \
        "https://github.com/linuxdeploy/${tool%%-x86_64.AppImage}/releases/download/continuous/$tool"; chmod +x "$tools/$tool"; }
done

# The SQLite driver and the Secret Service library are loaded at run time: name them.
export QMAKE=$(command -v qmake6)
export EXTRA_QT_PLUGINS="sqldrivers;iconengines;imageformats"
"$tools/linuxdeploy-x86_64.AppImage" --appdir "$appdir" \
    --desktop-file "$appdir/usr/share/applications/io.github.lineup.Lineup.desktop" \
    --icon-file "$here/resources/icons/lineup.svg" --icon-filename io.github.lineup.Lineup \
    --library /usr/lib/x86_64-linux-gnu/libsecret-1.so.0 \
    --plugin qt --output appimage

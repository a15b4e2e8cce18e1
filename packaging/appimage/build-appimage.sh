#!/usr/bin/env bash
# Builds Lineup-<version>-x86_64.AppImage with linuxdeploy and its Qt plugin. linuxdeploy is not
# packaged by Debian, so this runs on a machine that can download it (release CI), not on the
# project's offline build machines. Build on the oldest distribution you support (the AppImage
# needs a glibc at least as new as the build machine's).
#   Debian/Ubuntu: apt-get install cmake ninja-build g++ qt6-base-dev qt6-tools-dev \
#       qt6-l10n-tools qt6-svg-dev qt6-wayland qtkeychain-qt6-dev libqt6sql6-sqlite \
#       libsecret-1-0 libsqlite3-dev curl file
# Usage: packaging/appimage/build-appimage.sh [build-dir]
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$here/build-appimage}
appdir=$build/AppDir
arch=$(uname -m)

cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
    -DLINEUP_BUILD_TESTS=OFF
cmake --build "$build"
rm -rf "$appdir"
DESTDIR=$appdir cmake --install "$build"

tools=$build/tools
mkdir -p "$tools"
for tool in linuxdeploy linuxdeploy-plugin-qt; do
    file=$tool-$arch.AppImage
    [ -x "$tools/$file" ] || {
        curl -fL -o "$tools/$file" "https://github.com/linuxdeploy/$tool/releases/download/continuous/$file"
        chmod +x "$tools/$file"
    }
done

# What the linker cannot show linuxdeploy:
# - Qt plugins: the SQLite driver (sqldrivers), SVG icons and images (svg: iconengines and
#   imageformats), Wayland next to xcb;
# - QtKeychain (libqt6keychain.so.1) is linked and bundled with its dependencies; libsecret,
#   which it dlopens, is named explicitly. The Secret Service itself is the desktop's.
libdir=$(dirname "$(ldconfig -p | awk '/libsecret-1.so.0 / {print $NF; exit}')")
export QMAKE=${QMAKE:-$(command -v qmake6 || echo /usr/lib/qt6/bin/qmake)}
export EXTRA_QT_MODULES="svg;sql;waylandclient"
export EXTRA_PLATFORM_PLUGINS="libqwayland-generic.so;libqwayland-egl.so"
export LINUXDEPLOY_OUTPUT_VERSION
LINUXDEPLOY_OUTPUT_VERSION=$(sed -n 's/^project(Lineup VERSION \([0-9.]*\).*/\1/p' "$here/CMakeLists.txt")
cd "$build"
"$tools/linuxdeploy-$arch.AppImage" --appdir "$appdir" \
    --executable "$appdir/usr/bin/lineup" --executable "$appdir/usr/bin/lineup-cli" \
    --desktop-file "$appdir/usr/share/applications/io.github.lineup.Lineup.desktop" \
    --icon-file "$here/resources/icons/lineup.svg" --icon-filename io.github.lineup.Lineup \
    --library "$libdir/libsecret-1.so.0" \
    --plugin qt --output appimage
# Check: the keychain library and the plugins are inside.
for file in usr/lib/libqt6keychain.so.1 usr/lib/libsecret-1.so.0 \
    usr/plugins/sqldrivers/libqsqlite.so usr/plugins/imageformats/libqsvg.so \
    usr/plugins/iconengines/libqsvgicon.so usr/plugins/platforms/libqxcb.so; do
    [ -e "$appdir/$file" ] || { echo "build-appimage: $file is missing from the AppDir" >&2; exit 1; }
done
ls -l "$build"/Lineup-*.AppImage

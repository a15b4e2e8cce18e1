# Builds the Windows installers: lineup-<version>-win64.exe (NSIS) and lineup-<version>-win64.msi
# (WiX). Run from a "x64 Native Tools Command Prompt for VS 2022" PowerShell, with
#   - Qt 6 for MSVC 2022 x64 (Qt online installer: C:\Qt\6.8.0\msvc2022_64) and QtKeychain
#     built against it, or everything from vcpkg: vcpkg install qtbase[sql-sqlite] qtsvg qttools qtkeychain-qt6
#   - CMake >= 3.22 and Ninja (both come with Visual Studio), NSIS 3 (makensis on PATH) and
#     WiX Toolset 3.14 (candle/light on PATH or WIX set) for the two installers.
# Usage:  packaging\windows\build-installer.ps1 [-QtDir C:\Qt\6.8.0\msvc2022_64] [-Vcpkg C:\vcpkg]
param(
    [string]$QtDir = "",
    [string]$Vcpkg = $env:VCPKG_ROOT,
    [string]$BuildDir = "build-windows"
)
$ErrorActionPreference = "Stop"
$root = Resolve-Path "$PSScriptRoot\..\.."

$configure = @("-S", $root, "-B", $BuildDir, "-G", "Ninja", "-DCMAKE_BUILD_TYPE=Release",
               "-DLINEUP_BUILD_TESTS=OFF")
if ($QtDir) { $configure += "-DCMAKE_PREFIX_PATH=$QtDir" }
elseif ($Vcpkg) { $configure += "-DCMAKE_TOOLCHAIN_FILE=$Vcpkg\scripts\buildsystems\vcpkg.cmake" }
else { throw "give -QtDir or -Vcpkg (or set VCPKG_ROOT)" }

cmake @configure
if ($LASTEXITCODE) { throw "configure failed" }
cmake --build $BuildDir
if ($LASTEXITCODE) { throw "build failed" }
# cpack installs into its staging folder; the install step runs windeployqt on lineup.exe and
# lineup-cli.exe and copies QtKeychain and the MSVC runtime (packaging/Deploy.cmake).
Push-Location $BuildDir
try {
    cpack -G NSIS
    if ($LASTEXITCODE) { throw "cpack NSIS failed" }
    cpack -G WIX
    if ($LASTEXITCODE) { throw "cpack WIX failed" }
} finally { Pop-Location }
Get-ChildItem "$BuildDir\lineup-*-win64.*"

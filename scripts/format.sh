#!/usr/bin/env bash
# Formats every tracked C++ file with the repo's .clang-format.
set -euo pipefail
cd "$(dirname "$0")/.."
git ls-files 'app/*.cpp' 'app/*.h' 'tests/*.cpp' 'tests/*.h' | xargs -r clang-format -i

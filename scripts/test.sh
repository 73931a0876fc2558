#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, and runs the
# whole test suite with ctest.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${RRLD_BUILD_DIR:-$root/build}
bash "$root/scripts/setup.sh"
bash "$root/scripts/build.sh"
cd "$build"
ctest --output-on-failure -j "${RRLD_JOBS:-$(nproc)}" "$@"

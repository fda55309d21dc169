#!/usr/bin/env bash
# Configures and builds one CMake preset (default: release). Used by run.sh, test.sh and .ci/run.
set -euo pipefail
preset=${1:-release}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
jobs=$(nproc 2>/dev/null || echo 2)
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j "$jobs"

#!/usr/bin/env bash
# Configures and builds one CMake preset (default: release). Used by run.sh, test.sh and .ci/run.
set -euo pipefail
preset=${1:-release}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# Clones in other folders (CI makes a fresh one every run) reuse ccache's objects: paths are hashed
# relative to the clone, and the working directory is not hashed.
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1
jobs=$(nproc 2>/dev/null || echo 2)
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j "$jobs"

#!/usr/bin/env bash
# Kills iqm with SIGKILL at random moments of imports, syncs (push and pull), exports, contact deletions,
# import rollbacks and campaign sends against a real iqmsgd, and checks the profiles and the server after
# every kill (see README, "Crash consistency").
#   scripts/crash-harness.sh [RUNS] [--seed N] [--verbose]     (default 100 rounds)
# IQ_CRASH_PRESET chooses the build (default dev). Exit status 1 names the failed check and the seed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
preset=${IQ_CRASH_PRESET:-dev}
cd "$root"
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j "$(nproc 2>/dev/null || echo 2)" --target iq-crash-harness iqm iqmsgd >/dev/null
exec "$root/scripts/with-keyring.sh" "$root/build/$preset/bin/iq-crash-harness" "$@"

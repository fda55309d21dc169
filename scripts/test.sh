#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test headless:
#   scripts/test.sh [preset]      (default preset: dev; "asan" for the sanitizer build)
# The tests run inside a private D-Bus session with an unlocked gnome-keyring (the real OS keychain)
# and next to a throwaway PostgreSQL server for the server tests.
set -euo pipefail
preset=${1:-dev}
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh"
"$root/scripts/build.sh" "$preset"

export QT_QPA_PLATFORM=offscreen
pg_pid_file=""
cleanup() {
  if [ -n "$pg_pid_file" ] && [ -x "$root/scripts/stop-postgres.sh" ]; then
    "$root/scripts/stop-postgres.sh" "$pg_pid_file" || true
  fi
}
trap cleanup EXIT
if [ -x "$root/scripts/start-postgres.sh" ] && [ -z "${IQ_TEST_POSTGRES_URL:-}" ]; then
  pg_dir=$(mktemp -d /tmp/iq-postgres.XXXXXX)
  if IQ_TEST_POSTGRES_URL=$("$root/scripts/start-postgres.sh" "$pg_dir"); then
    export IQ_TEST_POSTGRES_URL
    pg_pid_file=$pg_dir
    echo "PostgreSQL for the tests: $IQ_TEST_POSTGRES_URL"
  else
    echo "PostgreSQL could not be started; its tests will be skipped." >&2
  fi
fi

ctest_cmd=(ctest --preset "$preset" --output-on-failure --timeout 600)
if [ -x "$root/scripts/with-keyring.sh" ]; then
  "$root/scripts/with-keyring.sh" "${ctest_cmd[@]}"
else
  "${ctest_cmd[@]}"
fi

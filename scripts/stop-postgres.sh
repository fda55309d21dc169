#!/usr/bin/env bash
# Stops a cluster started by scripts/start-postgres.sh DIR and removes DIR.
set -euo pipefail
dir=${1:?usage: stop-postgres.sh DIR}
[ -d "$dir/data" ] || { rm -rf "$dir"; exit 0; }
bindir=""
for candidate in /usr/lib/postgresql/*/bin; do
  [ -x "$candidate/pg_ctl" ] && bindir="$candidate"
done
if [ "$(id -u)" -eq 0 ]; then
  su postgres -s /bin/sh -c "'$bindir/pg_ctl' -D '$dir/data' -m fast -w stop" >/dev/null 2>&1 || true
else
  "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
fi
rm -rf "$dir"

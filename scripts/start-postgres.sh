#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on a free loopback port under a temporary folder and prints its
# URL (postgres://USER@127.0.0.1:PORT/iqtest) on standard output, for the server tests and benchmarks:
#
#   export IQ_TEST_POSTGRES_URL=$(scripts/start-postgres.sh)
#   ctest --test-dir build/dev -R tst_server
#   scripts/start-postgres.sh --stop [URL]  # stops that cluster, or every cluster this script started
#
# Runs as the current user; as root, the cluster runs as the "postgres" system user (initdb refuses
# root). Trust authentication on 127.0.0.1 only: never use this for anything but tests.
set -euo pipefail

bindir=""
for candidate in /usr/lib/postgresql/*/bin; do
  [ -x "$candidate/initdb" ] && bindir="$candidate"
done
if [ -z "$bindir" ]; then
  echo "start-postgres.sh: PostgreSQL server binaries not found (apt-get install postgresql)." >&2
  exit 1
fi

registry="${TMPDIR:-/tmp}/iq-postgres-clusters"

run_as() {
  if [ "$(id -u)" -eq 0 ]; then
    su postgres -s /bin/sh -c "$*"
  else
    sh -c "$*"
  fi
}

if [ "${1:-}" = "--stop" ]; then
  [ -f "$registry" ] || exit 0
  only=""
  [ -n "${2:-}" ] && only=$(echo "$2" | sed -n 's/.*:\([0-9][0-9]*\)\/.*/\1/p')
  keep=()
  while read -r port dir; do
    if [ -n "$only" ] && [ "$port" != "$only" ]; then
      keep+=("$port $dir")
      continue
    fi
    [ -d "$dir/data" ] && run_as "'$bindir/pg_ctl' -D '$dir/data' -m fast -w stop" >/dev/null 2>&1 || true
    rm -rf "$dir"
  done < "$registry"
  if [ ${#keep[@]} -eq 0 ]; then rm -f "$registry"; else printf '%s\n' "${keep[@]}" > "$registry"; fi
  exit 0
fi

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
dir=$(mktemp -d "${TMPDIR:-/tmp}/iq-postgres.XXXXXX")
chmod 755 "$dir"
user=$(id -un)
if [ "$(id -u)" -eq 0 ]; then
  chown postgres: "$dir"
  user=postgres
fi
run_as "'$bindir/initdb' -D '$dir/data' -U '$user' --auth=trust --encoding=UTF8 --locale=C.UTF-8" >"$dir/initdb.log" 2>&1 || {
  cat "$dir/initdb.log" >&2
  exit 1
}
run_as "'$bindir/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -o \"-h 127.0.0.1 -p $port -k '$dir' -c fsync=off -c max_connections=200\" start" >/dev/null || {
  cat "$dir/server.log" >&2
  exit 1
}
echo "$port $dir" >> "$registry"
run_as "'$bindir/createdb' -h 127.0.0.1 -p $port -U '$user' iqtest"
echo "postgres://$user@127.0.0.1:$port/iqtest"

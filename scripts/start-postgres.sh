#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on a free loopback port in DIR (a new temporary folder when not
# given) and prints its URL, postgres://USER@127.0.0.1:PORT/iqtest, on standard output; for the server
# tests and benchmarks. Stop it with scripts/stop-postgres.sh DIR (the folder is printed on stderr).
#
#   export IQ_TEST_POSTGRES_URL=$(scripts/start-postgres.sh /tmp/pg)
#   ctest --test-dir build/dev -R tst_server
#   scripts/stop-postgres.sh /tmp/pg
#
# Runs as the current user; as root, the cluster runs as the "postgres" system user (initdb refuses
# root). Trust authentication on 127.0.0.1 only and fsync off: never use it for anything but tests.
set -euo pipefail

bindir=""
for candidate in /usr/lib/postgresql/*/bin; do
  [ -x "$candidate/initdb" ] && bindir="$candidate"
done
if [ -z "$bindir" ]; then
  echo "start-postgres.sh: PostgreSQL server binaries not found (apt-get install postgresql)." >&2
  exit 1
fi

run_as() {
  if [ "$(id -u)" -eq 0 ]; then
    su postgres -s /bin/sh -c "$*"
  else
    sh -c "$*"
  fi
}

dir=${1:-$(mktemp -d "${TMPDIR:-/tmp}/iq-postgres.XXXXXX")}
mkdir -p "$dir"
chmod 755 "$dir"
user=$(id -un)
if [ "$(id -u)" -eq 0 ]; then
  chown postgres: "$dir"
  user=postgres
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null ||
  shuf -i 20000-60000 -n 1)
run_as "'$bindir/initdb' -D '$dir/data' -U '$user' --auth=trust --encoding=UTF8 --locale=C.UTF-8" >"$dir/initdb.log" 2>&1 || {
  cat "$dir/initdb.log" >&2
  exit 1
}
run_as "'$bindir/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -o \"-h 127.0.0.1 -p $port -k '$dir' -c fsync=off -c max_connections=200\" start" >/dev/null || {
  cat "$dir/server.log" >&2
  exit 1
}
run_as "'$bindir/createdb' -h 127.0.0.1 -p $port -U '$user' iqtest"
echo "start-postgres.sh: cluster in $dir (stop: scripts/stop-postgres.sh $dir)" >&2
echo "postgres://$user@127.0.0.1:$port/iqtest"

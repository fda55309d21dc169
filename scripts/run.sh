#!/usr/bin/env bash
# Installs what is missing, builds, and runs IQ Messaging on its embedded default: a local profile
# and a local reference server with a demo account, so there is nothing to set up by hand.
#   scripts/run.sh [extra arguments for iqmessaging]
# IQM_PROFILE chooses another profile folder; IQM_NO_SERVER=1 runs without the local server.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh"
"$root/scripts/build.sh" release
bin="$root/build/release/bin"

data=${XDG_DATA_HOME:-$HOME/.local/share}/IQMessaging
mkdir -p "$data/server"
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true; }
trap cleanup EXIT

if [ "${IQM_NO_SERVER:-0}" != 1 ]; then
  port=${IQM_SERVER_PORT:-8787}
  url="http://127.0.0.1:$port"
  log="$data/server/iqmsgd.log"
  "$bin/iqmsgd" --port "$port" --database "sqlite:$data/server/iqmsgd.sqlite" --demo >"$log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 100); do
    grep -q "listening on" "$log" 2>/dev/null && break
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.1
  done
  if grep -q "listening on" "$log" 2>/dev/null; then
    echo "Local server: $url (log: $log)"
    # The first run connects the profile to the server's demo account; later runs find it connected.
    if ! "$bin/iqm" account list --json 2>/dev/null | tr -d ' \n' | grep -q '"current":true[^}]*"signedIn":true'; then
      printf '%s' demo-password | "$bin/iqm" account login --server "$url" \
        --email demo@iqmessaging.example --password-stdin >/dev/null ||
        echo "Could not sign in to the demo account; the application runs offline." >&2
    fi
  else
    echo "The local server did not start (see $log); the application runs offline." >&2
    server_pid=""
  fi
fi
"$bin/iqmessaging" "$@"

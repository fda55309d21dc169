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

args=()
if [ "${IQM_NO_SERVER:-0}" != 1 ]; then
  log="$data/server/iqmsgd.log"
  "$bin/iqmsgd" --port 0 --database "sqlite:$data/server/iqmsgd.sqlite" --demo >"$log" 2>&1 &
  server_pid=$!
  url=""
  for _ in $(seq 1 100); do
    url=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$log" 2>/dev/null | head -n 1 || true)
    [ -n "$url" ] && break
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.1
  done
  if [ -n "$url" ]; then
    echo "Local server: $url (log: $log)"
    args+=(--server "$url" --demo-account)
  else
    echo "The local server did not start (see $log); the application runs offline." >&2
    server_pid=""
  fi
fi
"$bin/iqmessaging" "${args[@]}" "$@"

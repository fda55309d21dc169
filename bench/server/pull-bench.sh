#!/usr/bin/env bash
# Authenticated pulls of a 50-record page with 50 concurrent connections (wrk) against iqmsgd, and the
# same query behind a bare Qt HttpServer route (iqmsgd_bare), alternately in the same run; on SQLite
# and, when a PostgreSQL URL is given or scripts/start-postgres.sh works, on PostgreSQL.
#
#   bench/server/pull-bench.sh [BUILD_DIR] [postgres://...]
#   env: RUNS (default 3), DURATION (seconds per run, default 8), RECORDS (default 2000)
set -euo pipefail

build=${1:-build/dev}
postgres_url=${2:-${IQ_BENCH_POSTGRES_URL:-}}
runs=${RUNS:-3}
duration=${DURATION:-8}
records=${RECORDS:-2000}
bin="$build/bin"
here=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
chmod 755 "$work" # a PostgreSQL started as another user keeps its cluster in here
pids=()
started_postgres=0

cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [ "$started_postgres" = 1 ] && "$here/scripts/stop-postgres.sh" "$work/postgres" || true
  rm -rf "$work" 2>/dev/null || true
}
trap cleanup EXIT

# start NAME COMMAND...: runs a server in the background and echoes the URL it prints.
start() {
  local name=$1
  shift
  "$@" >"$work/$name.out" 2>"$work/$name.err" &
  pids+=($!)
  for _ in $(seq 100); do
    url=$(sed -n 's/.* listening on \(http[^ ]*\).*/\1/p' "$work/$name.out")
    [ -n "$url" ] && { echo "$url"; return; }
    sleep 0.1
  done
  cat "$work/$name.err" >&2
  exit 1
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# wrk_run URL [HEADER]: prints "requests_per_second p99_ms".
wrk_run() {
  local out
  if [ -n "${2:-}" ]; then
    out=$(wrk -t2 -c50 -d"${duration}s" --latency -H "$2" "$1")
  else
    out=$(wrk -t2 -c50 -d"${duration}s" --latency "$1")
  fi
  if echo "$out" | grep -q "Non-2xx"; then
    echo "wrk saw error replies from $1:" >&2
    echo "$out" >&2
    exit 1
  fi
  local rps p99
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}')
  echo "$rps $p99"
}

bench_backend() {
  local label=$1 database=$2
  local api
  api=$(start "iqmsgd-$label" "$bin/iqmsgd" --port 0 --database "$database" --api-rate 100000000 --auth-rate 100000)
  local email="bench-$RANDOM$RANDOM@shop.example"
  local session token account
  # A sign-up opens no session: sign in next.
  curl -sf -X POST "$api/api/v1/accounts" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"name\":\"Bench\",\"password\":\"bench-password\",\"device\":{\"id\":\"bench\",\"name\":\"Bench\"}}" >/dev/null
  session=$(curl -sf -X POST "$api/api/v1/sessions" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"bench-password\",\"device\":{\"id\":\"bench\",\"name\":\"Bench\"}}")
  token=$(echo "$session" | jq -r .accessToken)
  account=$(echo "$session" | jq -r .accountId)
  # Realistic contact payloads, 500 per push.
  local batch
  for ((start_at = 0; start_at < records; start_at += 500)); do
    batch=$(jq -nc --argjson from "$start_at" --argjson n 500 '{changes: [range($from; $from + $n) as $i |
      {entity: "contact", id: "c-\($i)", operation: "upsert", baseVersion: 0,
       payload: {id: "c-\($i)", givenName: "Given\($i)", familyName: "Family\($i)", organization: "Shop \($i % 37)",
                 notes: "", language: "en", timeZone: "Europe/Berlin",
                 phones: [{raw: "+1415555\($i % 10000)", e164: "+1415555\($i % 10000)", type: "mobile", label: "mobile", valid: true}],
                 emails: [{address: "person\($i)@example.com", label: "home"}], customFields: {}}}]}')
    echo "$batch" | curl -sf -X POST "$api/api/v1/sync/push" -H 'Content-Type: application/json' \
      -H "Authorization: Bearer $token" --data-binary @- >/dev/null
  done
  # A page from the middle of the account: cursor after 1000 changes (or half the records).
  local after=$((records / 2)) cursor
  cursor=$(curl -sf "$api/api/v1/sync/pull?limit=$after" -H "Authorization: Bearer $token" | jq -r .cursor)
  local bare
  bare=$(start "bare-$label" "$bin/iqmsgd_bare" --database "$database")
  local pull_url="$api/api/v1/sync/pull?limit=50&cursor=$cursor"
  local bare_url="$bare/pull?account=$account&after=$after&limit=50"
  # Same page, same JSON shape, 50 records each.
  [ "$(curl -sf "$pull_url" -H "Authorization: Bearer $token" | jq '.records | length')" = 50 ]
  [ "$(curl -sf "$bare_url" | jq '.records | length')" = 50 ]
  wrk_run "$pull_url" "Authorization: Bearer $token" >/dev/null # warm-up
  wrk_run "$bare_url" >/dev/null
  : >"$work/api.txt"
  : >"$work/bare.txt"
  for ((run = 1; run <= runs; run++)); do
    wrk_run "$pull_url" "Authorization: Bearer $token" >>"$work/api.txt"
    wrk_run "$bare_url" >>"$work/bare.txt"
  done
  local api_rps bare_rps api_p99 bare_p99
  api_rps=$(cut -d' ' -f1 "$work/api.txt" | median)
  bare_rps=$(cut -d' ' -f1 "$work/bare.txt" | median)
  api_p99=$(cut -d' ' -f2 "$work/api.txt" | median)
  bare_p99=$(cut -d' ' -f2 "$work/bare.txt" | median)
  printf '%-10s iqmsgd %8.0f req/s p99 %6.1f ms | bare route %8.0f req/s p99 %6.1f ms | ratio %.2f (runs: iqmsgd %s; bare %s)\n' \
    "$label" "$api_rps" "$api_p99" "$bare_rps" "$bare_p99" "$(awk -v a="$api_rps" -v b="$bare_rps" 'BEGIN {print a / b}')" \
    "$(cut -d' ' -f1 "$work/api.txt" | paste -sd,)" "$(cut -d' ' -f1 "$work/bare.txt" | paste -sd,)"
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  pids=()
}

echo "pull of a 50-record page, wrk -t2 -c50 -d${duration}s, median of $runs alternating runs, $records contacts"
bench_backend sqlite "sqlite:$work/bench.sqlite"
if [ -z "$postgres_url" ] && [ -x "$here/scripts/start-postgres.sh" ]; then
  if postgres_url=$("$here/scripts/start-postgres.sh" "$work/postgres" 2>/dev/null); then
    started_postgres=1
  else
    postgres_url=""
  fi
fi
if [ -n "$postgres_url" ]; then
  bench_backend postgres "$postgres_url"
else
  echo "postgres   skipped: no PostgreSQL (give a URL or install postgresql)"
fi

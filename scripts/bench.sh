#!/usr/bin/env bash
# Runs every benchmark in bench/ on a release build and prints one table: each figure, its value, the
# reference measured in the same run, their ratio, the goal and whether it is met.
#
#   scripts/bench.sh            quick sizes (minutes): 20,000-row import, 100,000-contact page and
#                               export, 5,000-contact sync, 50,000 phone numbers, a history of
#                               100,000 messages and 20,000 calls
#   scripts/bench.sh --full     the documented sizes: 1,000,000 rows and contacts, a 100,000-contact
#                               sync, 1,000,000 messages and 200,000 calls (an hour or more on a
#                               shared machine)
#   options: --build-dir DIR (default build/release), --runs N (default 3), --no-build, --skip NAME
#            (import, export, contacts, phone, sync, pull, report, history; may be repeated)
#
# Goals stated for 1,000,000 rows are scaled to the rows of a quick run and marked "(scaled)"; a
# quick run says whether the code is on course, only --full says whether a goal is met. Each
# benchmark's whole output is kept in BUILD_DIR/bench-logs/. Benchmarks never assert; neither does
# this script: it exits non-zero only when a benchmark could not run.
# Not -e: a figure a benchmark did not print leaves its cell empty rather than ending the run.
set -u

root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build/release"
full=0
runs=3
do_build=1
skip=" "
while [ $# -gt 0 ]; do
  case "$1" in
    --full) full=1 ;;
    --build-dir) build=$(realpath -m "$2"); shift ;;
    --runs) runs="$2"; shift ;;
    --no-build) do_build=0 ;;
    --skip) skip="$skip$2 "; shift ;;
    -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

if [ "$full" = 1 ]; then
  import_rows=1000000 contacts=1000000 phones=200000
  sync_contacts=100000 sync_groups=500 sync_messages=100000
  history_messages=1000000 history_calls=200000 history_contacts=50000
  python_ref=""
else
  import_rows=20000 contacts=100000 phones=50000
  sync_contacts=5000 sync_groups=50 sync_messages=5000
  history_messages=100000 history_calls=20000 history_contacts=20000
  python_ref="--no-python"
fi

bin="$build/bin"
logs="$build/bench-logs"
work=$(mktemp -d "${TMPDIR:-/tmp}/iq-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$logs"

if [ "$do_build" = 1 ]; then
  if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DIQ_BUILD_BENCH=ON -DIQ_BUILD_TESTS=OFF \
      -G Ninja >"$logs/configure.log" || { echo "configuring failed: $logs/configure.log" >&2; exit 1; }
  fi
  cmake --build "$build" -j2 --target import_bench bench_export phone_bench bench_contacts sync_bench \
    campaign_report_bench bench_history iqm iqmsgd iqmsgd_bare >"$logs/build.log" || { echo "building failed: $logs/build.log" >&2; exit 1; }
fi

rows=()     # figure|value|reference|ratio|goal|met
failed=0

# row FIGURE VALUE REFERENCE RATIO GOAL MET
row() { rows+=("$1|$2|$3|$4|$5|$6"); }
# num FILE REGEX FIELD: the FIELD-th number on the first line matching REGEX.
num() {
  grep -E -m1 "$2" "$1" | grep -oE '[0-9]+(\.[0-9]+)?' | sed -n "${3}p"
}
# verdict VALUE OP GOAL: "yes" or "no" (awk for the floating point).
verdict() { awk -v v="$1" -v g="$3" "BEGIN { print (v $2 g) ? \"yes\" : \"no\" }"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
scaled() { awk -v g="$1" -v n="$2" 'BEGIN { printf "%.3g", g * n / 1000000 }'; }
quick_note() { [ "$full" = 1 ] && echo "" || echo " (scaled)"; }
skipped() { case "$skip" in *" $1 "*) return 0 ;; esac; return 1; }
run() { # run NAME COMMAND...: output to the log; a failure is reported, not fatal
  local name=$1; shift
  echo "running $name: $*" >&2
  if ! "$@" >"$logs/$name.log" 2>"$logs/$name.err"; then
    echo "  $name failed; see $logs/$name.err" >&2
    failed=1
    return 1
  fi
}

# Import: our import against sqlite3 .import into a bare table (the floor); goal within 4x of it.
if ! skipped import && run import "$bin/import_bench" "$import_rows" "$runs" $python_ref; then
  log="$logs/import.log"
  a=$(num "$log" '^\(a\) iq import' 1)
  b=$(num "$log" '^\(b\) sqlite3' 2) # the first number is sqlite3's 3
  r=$(ratio "$a" "$b")
  row "import $import_rows rows (s)" "$a" "$b (sqlite3 .import)" "${r}x" "<= 4x the floor" "$(verdict "$r" '<=' 4)"
  if grep -q '^(c) python' "$log"; then
    c=$(num "$log" '^\(c\) python' 1)
    rc=$(ratio "$c" "$a")
    row "import vs a Python script (s)" "$a" "$c (python)" "${rc}x faster" ">= 5x faster" "$(verdict "$rc" '>=' 5)"
  fi
  exp=$(num "$log" '^export of the imported' 1)
  row "export of those $import_rows contacts (s)" "$exp" "-" "-" "-" "-"
fi

# Contacts page on a generated profile, which the export benchmark then reads.
profile="$work/profile"
if ! skipped contacts && run contacts "$bin/bench_contacts" --profile "$profile" --generate "$contacts" --runs "$runs"; then
  log="$logs/contacts.log"
  page() { # page LABEL-REGEX GOAL-MS FIGURE
    local v
    v=$(grep -E -m1 "^$1" "$log" | awk '{ for (i = NF; i > 0; --i) if ($i == "ms") { print $(i - 1); exit } }')
    [ -n "$v" ] && row "$3, $contacts contacts (ms)" "$v" "-" "-" "< $2 ms" "$(verdict "$v" '<' "$2")"
  }
  page 'first paint, true row count' 100 "contacts page: first paint"
  page 'jump to the last row' 50 "contacts page: jump to the last row"
  page 'scroll bar dragged to the middle' 50 "contacts page: scroll to the middle"
  page 'search keystroke \(median' 50 "contacts page: search keystroke, median"
  worst_sort=$(grep -E '^sort by ' "$log" | awk '{ for (i = NF; i > 0; --i) if ($i == "ms") { print $(i - 1); break } }' | sort -g | tail -1)
  [ -n "$worst_sort" ] && row "contacts page: slowest column sort (ms)" "$worst_sort" "-" "-" "< 150 ms" "$(verdict "$worst_sort" '<' 150)"
  ref_end=$(grep -E -m1 '^reach the last row' "$log" | grep -oE 'reference +[0-9.]+' | grep -oE '[0-9.]+$' || true)
  ours_end=$(grep -E -m1 '^reach the last row' "$log" | awk '{ for (i = 1; i <= NF; ++i) if ($i == "ms") { print $(i - 1); exit } }' || true)
  [ -n "$ref_end" ] && row "contacts page: last row vs QSqlTableModel (ms)" "$ours_end" "$ref_end (QSqlTableModel)" "$(ratio "$ref_end" "$ours_end")x faster" "-" "-"
  resident=$(num "$log" '^resident with the page open' 1)
  [ -n "$resident" ] && row "contacts page: resident memory (MB)" "$resident" "-" "-" "< 250 MB" "$(verdict "$resident" '<' 250)"
fi

# Export of that profile: against a bare sqlite3_step loop over the same rows; goal 3 s a million.
if ! skipped export && [ -f "$profile/profile.sqlite" ] &&
  run export "$bin/bench_export" --profile "$profile" --runs "$runs" --out "$work"; then
  log="$logs/export.log"
  c=$(num "$log" '^ContactExporter CSV' 1)
  b=$(num "$log" '^bare sqlite3_step loop' 2)
  goal=$(scaled 3 "$contacts")
  row "export CSV, $contacts contacts (s)" "$c" "$b (bare sqlite3_step)" "$(ratio "$c" "$b")x" "< ${goal} s$(quick_note)" "$(verdict "$c" '<' "$goal")"
fi

# Phone numbers: normalize with the quick path against libphonenumber on the same numbers.
if ! skipped phone && run phone "$bin/phone_bench" "$phones" "$runs"; then
  log="$logs/phone.log"
  lib=$(num "$log" 'libphonenumber Parse\+Format' 1)
  quick=$(num "$log" 'normalize, quick path' 1)
  row "phone normalize per number (us)" "$quick" "$lib (libphonenumber)" "$(ratio "$lib" "$quick")x faster" "-" "-"
fi

# Sync against a local iqmsgd: the reference pulls and parses the same pages without storing them.
if ! skipped sync && run sync "$bin/sync_bench" --iqmsgd "$bin/iqmsgd" --contacts "$sync_contacts" \
  --groups "$sync_groups" --messages "$sync_messages" --edits 1000 --runs "$runs"; then
  log="$logs/sync.log"
  initial=$(grep -E -m1 '^initial sync \(' "$log" | sed -E 's/^[^:]*: median ([0-9.]+) s.*/\1/')
  reference_ms=$(num "$log" '^reference \(pull and parse' 1)
  reference_s=$(awk -v m="$reference_ms" 'BEGIN { printf "%.2f", m / 1000 }')
  records=$((sync_contacts + sync_groups + sync_messages))
  # The documented goal: 20 s for 100,000 contacts + 500 groups + 100,000 delivery records.
  goal=$(awk -v n="$records" 'BEGIN { printf "%.3g", 20 * n / 200500 }')
  note=$([ "$sync_contacts" = 100000 ] && echo "" || echo " (scaled)")
  row "initial sync, $records records (s)" "$initial" "$reference_s (pull + parse only)" "$(ratio "$initial" "$reference_s")x" "< ${goal} s$note" "$(verdict "$initial" '<' "$goal")"
  noop=$(num "$log" '^no-op sync' 1)
  row "sync with nothing to do (ms)" "$noop" "-" "-" "< 100 ms" "$(verdict "$noop" '<' 100)"
  push=$(grep -E -m1 '^pushing [0-9]+ offline edits' "$log" | sed -E 's/^[^:]*: median ([0-9.]+) ms.*/\1/')
  row "pushing 1000 offline edits (ms)" "$push" "-" "-" "< 2000 ms" "$(verdict "$push" '<' 2000)"
fi

# The History page's campaign report over 100,000 messages (both sizes): read and drawn with its charts,
# against one plain GROUP BY of the same messages.
if ! skipped report && run report "$bin/campaign_report_bench" --messages 100000 --runs "$runs"; then
  log="$logs/report.log"
  ref=$(num "$log" '^reference: counts per status' 1)
  figures=$(num "$log" '^report figures' 2)
  drawn=$(num "$log" '^report with its charts drawn' 2)
  row "campaign report, 100000 messages: figures (ms)" "$figures" "$ref (one plain GROUP BY)" "$(ratio "$figures" "$ref")x" "-" "-"
  row "campaign report with its charts drawn, 100000 messages (ms)" "$drawn" "-" "-" "< 300 ms" "$(verdict "$drawn" '<' 300)"
fi

# Server: authenticated pulls against the same query behind a bare route; goal at least half its rate.
if ! skipped pull; then
  if command -v wrk >/dev/null && command -v jq >/dev/null; then
    if RUNS="$runs" DURATION=$([ "$full" = 1 ] && echo 8 || echo 4) run pull "$root/bench/server/pull-bench.sh" "$build"; then
      while read -r backend _ rps _ _ _ _ _ _ _ bare _; do
        r=$(grep -E "^$backend " "$logs/pull.log" | sed -E 's/.*ratio ([0-9.]+).*/\1/')
        row "server pull, $backend (req/s)" "$rps" "$bare (bare route)" "$r" ">= 0.5" "$(verdict "$r" '>=' 0.5)"
      done < <(grep -E '^(sqlite|postgres) +iqmsgd' "$logs/pull.log")
    fi
  else
    echo "server pull skipped: wrk and jq are needed" >&2
  fi
fi

# History: the History page's model against a plain QSqlQueryModel over the same query, and iqm history
# --csv, on a generated profile (generated by a process of its own, so the measuring one starts clean).
history="$work/history"
if ! skipped history &&
  run history-generate "$bin/bench_history" --profile "$history" --generate-messages "$history_messages" \
    --calls "$history_calls" --contacts "$history_contacts" --generate-only &&
  run history "$bin/bench_history" --profile "$history" --runs "$runs" --iqm "$bin/iqm" --csv-runs "$runs"; then
  log="$logs/history.log"
  # hist LABEL-REGEX: "ours|reference|ratio" of the first line matching.
  hist() { grep -E -m1 "^$1" "$log" | sed -E 's/.* ([0-9.]+) ms +reference +([0-9.]+) ms +ratio ([0-9.]+).*/\1|\2|\3/'; }
  worst() { # worst PREFIX: the slowest line of that kind, as hist gives it
    grep -E "^$1" "$log" | sed -E 's/.* ([0-9.]+) ms +reference +([0-9.]+) ms +ratio ([0-9.]+).*/\1|\2|\3/' | sort -t'|' -g -k1 | tail -1
  }
  for what in "first rows, true count|300" "filter:|150" "sort:|150"; do
    label=${what%|*} goal=${what#*|}
    if [ "$label" = "first rows, true count" ]; then v=$(hist "$label"); name="history page: first rows with the true count"
    else v=$(worst "$label"); name="history page: slowest ${label%:}"; fi
    IFS='|' read -r ours ref r <<<"$v"
    [ -n "$ours" ] && row "$name, $history_messages messages (ms)" "$ours" "$ref (QSqlQueryModel)" "${r}x" "< $goal ms" "$(verdict "$ours" '<' "$goal")"
  done
  resident=$(num "$log" '^resident with the page open' 1)
  [ -n "$resident" ] && row "history page: resident memory (MB)" "$resident" "-" "-" "< 300 MB" "$(verdict "$resident" '<' 300)"
  csv=$(num "$log" '^iqm history --csv' 1)
  goal=$(scaled 5 "$history_messages")
  [ -n "$csv" ] && row "iqm history --csv, $history_messages messages (s)" "$csv" "-" "-" "< ${goal} s$(quick_note)" "$(verdict "$csv" '<' "$goal")"
fi

echo
echo "$([ "$full" = 1 ] && echo "Full sizes" || echo "Quick sizes"), $(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg), $(git -C "$root" rev-parse --short HEAD), medians of $runs runs"
echo
echo "| Figure | Value | Reference (same run) | Ratio | Goal | Met |"
echo "|---|---|---|---|---|---|"
for r in "${rows[@]}"; do
  IFS='|' read -r figure value reference ratio goal met <<<"$r"
  echo "| $figure | ${value:--} | $reference | $ratio | $goal | $met |"
done
exit "$failed"

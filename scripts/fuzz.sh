#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/*_fuzzer.cpp) with clang and runs each for a bounded time.
#
# Usage: scripts/fuzz.sh [--long] [TOTAL_SECONDS] [FUZZER...]
#   TOTAL_SECONDS   time for all fuzzers together, split evenly between them (default 300, or
#                   IQ_FUZZ_TOTAL_SECONDS); each gets at least 10 seconds.
#   --long          one hour per fuzzer (IQ_FUZZ_LONG_SECONDS to change it), for a run by hand or at night.
#   FUZZER...       only these (names as in fuzz/, e.g. vcard_reader_fuzzer); default all.
# Environment:
#   IQ_FUZZ_SECONDS=N         N seconds for every fuzzer, whatever the total.
#   IQ_FUZZ_SECONDS_<NAME>=N  N seconds for that fuzzer only, e.g. IQ_FUZZ_SECONDS_server_sync_fuzzer=600.
#   IQ_FUZZ_JOBS=N            build jobs (default 2).
# Exits non-zero when a fuzzer finds a crash. Crash inputs are left in build/fuzz/artifacts/; the corpus
# grows in build/fuzz/corpus/NAME, seeded from fuzz/corpus/NAME; reproduce one with
# build/fuzz/bin/NAME build/fuzz/artifacts/NAME-crash-...
set -euo pipefail
cd "$(dirname "$0")/.."

long=0
total="${IQ_FUZZ_TOTAL_SECONDS:-300}"
selected=()
for argument in "$@"; do
  case "$argument" in
    --long) long=1 ;;
    ''|*[!0-9]*) selected+=("$argument") ;;
    *) total="$argument" ;;
  esac
done

fuzzers=()
for source in fuzz/*_fuzzer.cpp; do
  name="$(basename "$source" .cpp)"
  if [ ${#selected[@]} -eq 0 ] || [[ " ${selected[*]} " == *" $name "* ]]; then
    fuzzers+=("$name")
  fi
done
if [ ${#fuzzers[@]} -eq 0 ]; then
  echo "No fuzzer named ${selected[*]}; see fuzz/*_fuzzer.cpp" >&2
  exit 2
fi

if [ $long -eq 1 ]; then
  each="${IQ_FUZZ_LONG_SECONDS:-3600}"
elif [ -n "${IQ_FUZZ_SECONDS:-}" ]; then
  each="$IQ_FUZZ_SECONDS"
else
  each=$(( total / ${#fuzzers[@]} ))
  [ "$each" -ge 10 ] || each=10
fi

build=build/fuzz
# As in build.sh: a fresh clone in another folder reuses the compiled objects.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++ \
  -DIQ_BUILD_FUZZERS=ON -DIQ_BUILD_TESTS=OFF -DIQ_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j "${IQ_FUZZ_JOBS:-2}" --target "${fuzzers[@]}"
mkdir -p "$build/artifacts"
status=0
for name in "${fuzzers[@]}"; do
  override="IQ_FUZZ_SECONDS_$name"
  seconds="${!override:-$each}"
  corpus="$build/corpus/$name"
  mkdir -p "$corpus"
  seeds=()
  [ -d "fuzz/corpus/$name" ] && seeds+=("fuzz/corpus/$name")
  options=()
  [ -f "fuzz/$name.dict" ] && options+=("-dict=fuzz/$name.dict")
  echo "== $name for ${seconds}s"
  if ! "$build/bin/$name" -max_total_time="$seconds" -max_len=65536 -timeout=10 -print_final_stats=1 \
      -artifact_prefix="$build/artifacts/$name-" "${options[@]}" "$corpus" "${seeds[@]}"; then
    echo "$name found a problem; see $build/artifacts/" >&2
    status=1
  fi
done
exit $status

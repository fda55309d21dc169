#!/usr/bin/env bash
# Builds every libFuzzer target (fuzz/*_fuzzer.cpp) with clang and runs each for a bounded time.
# Usage: scripts/fuzz.sh [SECONDS_PER_FUZZER, default 60]. Exits non-zero when a fuzzer finds a crash.
# Crash inputs are left in build/fuzz/artifacts/; the corpus grows in build/fuzz/corpus/NAME.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
build=build/fuzz
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++ \
  -DIQ_BUILD_FUZZERS=ON -DIQ_BUILD_TESTS=OFF -DIQ_BUILD_BENCH=OFF >/dev/null
fuzzers=()
for source in fuzz/*_fuzzer.cpp; do
  fuzzers+=("$(basename "$source" .cpp)")
done
cmake --build "$build" --target "${fuzzers[@]}"
mkdir -p "$build/artifacts"
status=0
for name in "${fuzzers[@]}"; do
  corpus="$build/corpus/$name"
  mkdir -p "$corpus"
  seeds=()
  [ -d "fuzz/corpus/$name" ] && seeds+=("fuzz/corpus/$name")
  options=()
  [ -f "fuzz/$name.dict" ] && options+=("-dict=fuzz/$name.dict")
  echo "== $name for ${seconds}s"
  if ! "$build/bin/$name" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
      -artifact_prefix="$build/artifacts/$name-" "${options[@]}" "$corpus" "${seeds[@]}"; then
    echo "$name found a problem; see $build/artifacts/" >&2
    status=1
  fi
done
exit $status

#!/usr/bin/env bash
# Writes a program's man page, gzipped, from its --help output (help2man turns it into troff):
#   scripts/make-manpage.sh PROGRAM "SUMMARY" VERSION OUTPUT.1.gz [INCLUDE.h2m]
# INCLUDE adds sections --help does not have (files, environment, exit status), in help2man's format.
# The build runs it for iqmessaging, iqm and iqmsgd (installer/ManPages.cmake).
set -euo pipefail
program=$1 summary=$2 version=$3 output=$4 include=${5:-}
# Run by name from its folder, so that its usage line says "iqm", not the build folder.
PATH="$(cd "$(dirname "$program")" && pwd):$PATH"
# The desktop application prints its help without a screen; a sanitizer build must not fail on leaks.
export PATH QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0 LC_ALL=C.UTF-8
unset LANGUAGE
mkdir -p "$(dirname "$output")"
page=${output%.gz}
extra=()
[ -n "$include" ] && extra=(--include "$include")
help2man --no-info --section 1 --name "$summary" --version-string "$version" --output "$page" \
  "${extra[@]}" "$(basename "$program")"
gzip -9nf "$page"

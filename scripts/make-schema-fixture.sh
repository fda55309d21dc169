#!/usr/bin/env bash
# Writes tests/data/migrations/schema-N.sqlite: a database at schema N (migrations 0001..N applied
# with the sqlite3 shell) plus the sample rows of tests/data/migrations/rows-N.sql when that file
# exists. Run it for the newest landed version whenever a migration is added, so the migration test
# upgrades a real database of every earlier schema.
set -euo pipefail
version=${1:?usage: make-schema-fixture.sh N}
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/tests/data/migrations/schema-$version.sqlite"
rm -f "$out"
for ((i = 1; i <= version; i++)); do
  sqlite3 "$out" < "$root/src/core/store/migrations/$(printf %04d "$i").sql"
done
sqlite3 "$out" "PRAGMA user_version = $version;"
for ((i = 1; i <= version; i++)); do
  rows="$root/tests/data/migrations/rows-$i.sql"
  [ -f "$rows" ] && sqlite3 "$out" < "$rows"
done
echo "$out"

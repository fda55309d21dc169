#!/usr/bin/env bash
# Checks the layering of docs/architecture.md and names every file and line that breaks it:
#  - views, models and the mains (src/views, src/models, app/) reach the data only through the use cases
#    of src/core/actions and the browsing APIs: no QSqlQuery, sqlite3_ call, repository, ConsentLedger,
#    exec() on a database or transaction() of their own;
#  - a page's controller in src/views includes no widget;
#  - SQL text lives in src/core/store (the client's) and src/server/store (the server's) only;
#  - no folder of src/ includes, through others, a folder that includes it (scripts/check-include-cycles.py).
# Exits 1 when it finds anything, 0 when the layers are clean.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

found=0
report() { # heading, then grep -n output
  local heading=$1 hits=$2
  [ -z "$hits" ] && return
  echo "== $heading"
  echo "$hits"
  echo
  found=1
}

front_ends=(src/views src/models app)
sources=(--include='*.cpp' --include='*.h')

# Above the use-case layer: no data access of its own.
report "database access above src/core/actions (QSqlQuery, sqlite3_, repositories, ConsentLedger)" \
  "$(grep -rnE "${sources[@]}" '\bQSqlQuery\b|\bsqlite3_[a-z_]+|\b[A-Za-z]+Repository\b|\bConsentLedger\b' \
      "${front_ends[@]}" 2>/dev/null)"
report "statements or transactions above src/core/actions (exec(), transaction())" \
  "$(grep -rnE "${sources[@]}" '(\b[dD]atabase\(\)|\bdb\(\)|\b(m_)?[dD]atabase|\bdb)(\.|->)exec\(|\btransaction\(' \
      "${front_ends[@]}" 2>/dev/null)"

# A page's controller (src/views/<area>/<Page>Controller.*) holds the page's state and calls the use
# cases without widgets, so tests can drive it alone: no QtWidgets header.
widgets='#include <(QtWidgets/)?(QtWidgets|QApplication|QWidget|QDialog|QSplitter|QScrollArea|Q[A-Za-z]*(Button|Box|Edit|View|Layout|Label|Bar|Menu|Widget|Dialog))>'
report "widgets in a page's controller (src/views/**/*Controller.*)" \
  "$(find src/views -name '*Controller.h' -o -name '*Controller.cpp' | sort | xargs -r grep -nE "$widgets" 2>/dev/null)"

# SQL text outside the stores. A string literal that starts with an SQL statement's first words.
sql='"(SELECT |INSERT (OR [A-Z]+ )?INTO |UPDATE [a-z_]+ SET |DELETE FROM |CREATE (TABLE|INDEX|UNIQUE INDEX|TRIGGER|VIEW|VIRTUAL TABLE) |DROP (TABLE|INDEX|TRIGGER) |ALTER TABLE |PRAGMA |WITH [a-z_]+ AS )'
report "SQL outside src/core/store and src/server/store" \
  "$(grep -rnE "${sources[@]}" "$sql" src 2>/dev/null | grep -vE '^src/(core|server)/store/')"

# No circle of includes between the folders of src/.
report "include circles between folders of src/" "$(python3 scripts/check-include-cycles.py 2>&1)"

if [ "$found" -ne 0 ]; then
  echo "check-layers: the layering is broken at the places above (docs/architecture.md says where each belongs)." >&2
  exit 1
fi
echo "check-layers: clean"

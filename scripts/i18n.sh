#!/usr/bin/env bash
# The whole i18n pipeline in one run:
#   1. pyside6-lupdate: refresh i18n/*.ts from the sources (finished translations are kept,
#      new strings arrive as "unfinished", strings gone from the sources are dropped);
#   2. fill unfinished entries: every i18n/batches/ko-*.json into wellcare_ko.ts, every
#      i18n/batches/en-*.json plus --mirror (English source as its own translation) into
#      wellcare_en.ts (plurals need their English forms from an en-*.json);
#   3. pyside6-lrelease: compile both to .qm;
#   4. print what is still unfinished (exit 0 anyway: tests/core/test_translations.py fails on it).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${VENV_BIN:-.venv/bin}
python=${PYTHON:-$bin/python}
mapfile -t sources < <(find src/wellcare -name '*.py' | sort)
lupdate() {
  for lang in en ko; do
    "$bin/pyside6-lupdate" -no-obsolete -locations none -source-language en -target-language "$lang" \
      "${sources[@]}" -ts "i18n/wellcare_${lang}.ts" >/dev/null
  done
}
lupdate
shopt -s nullglob
ko_batches=(i18n/batches/ko-*.json)
en_batches=(i18n/batches/en-*.json)
shopt -u nullglob
left=$(mktemp -d)
trap 'rm -rf "$left"' EXIT
# stderr is shown only when a fill fails (a broken JSON batch, say): the summary comes below
"$python" scripts/ts_fill.py i18n/wellcare_ko.ts "${ko_batches[@]}" >"$left/ko" 2>"$left/err" || { cat "$left/err"; exit 1; }
"$python" scripts/ts_fill.py i18n/wellcare_en.ts "${en_batches[@]}" --mirror >"$left/en" 2>"$left/err" \
  || { cat "$left/err"; exit 1; }
lupdate  # again, only to write the files back in lupdate's own layout (keeps diffs small)
for lang in en ko; do
  "$bin/pyside6-lrelease" -silent "i18n/wellcare_${lang}.ts" -qm "i18n/wellcare_${lang}.qm"
done
for lang in ko en; do
  if [[ -s "$left/$lang" ]]; then
    echo "Still unfinished in i18n/wellcare_${lang}.ts ($(wc -l <"$left/$lang")); add them to an i18n/batches/${lang}-*.json:"
    sed 's/^/  /' "$left/$lang"
  else
    echo "i18n/wellcare_${lang}.ts: all finished"
  fi
done

#!/usr/bin/env bash
# Refresh i18n/*.ts from the sources (pyside6-lupdate), then compile them to .qm (pyside6-lrelease).
# Translations already in the .ts files are kept; new strings arrive as "unfinished".
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${VENV_BIN:-.venv/bin}
mapfile -t sources < <(find src/wellcare -name '*.py' | sort)
for lang in en ko; do
  "$bin/pyside6-lupdate" -no-obsolete -locations none -source-language en -target-language "$lang" \
    "${sources[@]}" -ts "i18n/wellcare_${lang}.ts" >/dev/null
done
for lang in en ko; do
  "$bin/pyside6-lrelease" -silent "i18n/wellcare_${lang}.ts" -qm "i18n/wellcare_${lang}.qm"
done

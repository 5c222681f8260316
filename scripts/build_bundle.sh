#!/usr/bin/env bash
# Builds the frozen WellCare app (PyInstaller onedir: dist/WellCare/WellCare) and checks it:
#   ./scripts/build_bundle.sh             build, then run the frozen checks below
#   ./scripts/build_bundle.sh --no-check  build only
#   ./scripts/build_bundle.sh --check     check an existing dist/WellCare only
# The checks run the bundle as a user's machine would, outside the venv: `self-test` (vault,
# resources, translations, scheduler), `_bundle-check` (Qt plugins incl. SVG, Qt translations,
# libsodium, SQLCipher, keyring backends, APScheduler plugins, matplotlib QtAgg, frozen layout),
# the `_keyring-helper` against a real Secret Service (gnome-keyring in a throwaway D-Bus session)
# and a start of the tray app (demo profile, offscreen) until it logs "ready".
# Prints the bundle size, build time and frozen start-up times. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

build=1 check=1
case "${1:-}" in
  --no-check) check=0 ;;
  --check) build=0 ;;
  "") ;;
  *) echo "usage: $0 [--no-check|--check]"; exit 2 ;;
esac

source scripts/setup.sh
# PyInstaller needs a shared libpython; Debian's own python3 has it in libpython3.X.
if [ "$(readlink -f "$(command -v python3)")" = "/usr/bin/python3.$(python3 -c 'import sys; print(sys.version_info[1])')" ]; then
  BUNDLE_PACKAGES+=("libpython3.$(python3 -c 'import sys; print(sys.version_info[1])')")
fi
ensure_debian_packages python3-venv "${RUNTIME_PACKAGES[@]}" "${BUNDLE_PACKAGES[@]}"
ensure_venv "[bundle]"

APP=dist/WellCare/WellCare
now() { date +%s.%N; }
elapsed() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$1" "$2"; }

if [ "$build" = 1 ]; then
  echo "== PyInstaller (installer/wellcare.spec)"
  rm -rf dist/WellCare build/pyinstaller
  started=$(now)
  .venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller installer/wellcare.spec
  # Debug symbols only (the interpreter, its extension modules, SQLCipher, libsodium): these
  # files are not rewritten by auditwheel/patchelf, and the checks below exercise each of them.
  if [ "$(uname -s)" = Linux ]; then
    internal=dist/WellCare/_internal
    strip --strip-debug "$internal"/libpython3*.so* "$internal"/python3*/lib-dynload/*.so \
      "$internal"/sqlcipher3/*.so "$internal"/nacl/*.so
  fi
  echo "build time: $(elapsed "$started" "$(now)") s"
fi
[ -x "$APP" ] || { echo "no bundle at $APP: build it first"; exit 1; }
echo "bundle size: $(du -sh dist/WellCare | cut -f1) ($(find dist/WellCare -type f | wc -l) files)"
[ "$check" = 1 ] || exit 0

# The frozen app runs with a minimal environment: no venv, no PYTHONPATH, no checkout on its path.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
frozen() {  # FROZEN_EXEC=1: exec it (a background start whose $! must be the app itself)
  ${FROZEN_EXEC:+exec} env -i PATH=/usr/bin:/bin HOME="$scratch/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" XDG_RUNTIME_DIR="$scratch/run" \
    ${DBUS_SESSION_BUS_ADDRESS:+DBUS_SESSION_BUS_ADDRESS="$DBUS_SESSION_BUS_ADDRESS"} "$@"
}
mkdir -p "$scratch/home" "$scratch/run" && chmod 700 "$scratch/run"
json_ok() {  # $1: file with the JSON reply, $2: a Python expression on `r` that must be true
  python3 -c "import json, sys; r = json.load(open(sys.argv[1])); sys.exit(0 if ($2) else 1)" "$1" \
    || { echo "FAILED: $2"; cat "$1"; exit 1; }
}

echo "== frozen self-test"
started=$(now)
frozen "$APP" self-test >"$scratch/selftest.json" || { cat "$scratch/selftest.json"; echo "self-test FAILED"; exit 1; }
echo "self-test passed in $(elapsed "$started" "$(now)") s (process start to exit)"
json_ok "$scratch/selftest.json" 'r["ok"] and "_internal" in r["checks"]["resources"]["detail"]'

echo "== frozen bundle check"
frozen "$APP" _bundle-check >"$scratch/bundle.json" || { cat "$scratch/bundle.json"; echo "bundle check FAILED"; exit 1; }
python3 -c "import json, sys; [print(f'  {k}: {v[\"detail\"]}') for k, v in json.load(open(sys.argv[1]))['checks'].items()]" \
  "$scratch/bundle.json"

echo "== frozen keyring helper"
echo '{"op": "status", "vault_id": ""}' | frozen "$APP" _keyring-helper >"$scratch/status-none.json"
json_ok "$scratch/status-none.json" '"backend" in r'
echo "  without a Secret Service: $(cat "$scratch/status-none.json")"
export APP scratch
export -f frozen json_ok
dbus-run-session -- bash -c '
  set -euo pipefail
  mkdir -p "$scratch/data"
  echo -n bundle-check | env XDG_DATA_HOME="$scratch/data" HOME="$scratch/home" \
    gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  echo "{\"op\": \"status\", \"vault_id\": \"\"}" | frozen "$APP" _keyring-helper >"$scratch/status.json"
  json_ok "$scratch/status.json" "r[\"usable\"] and \"SecretService\" in r[\"backend\"]"
  echo "  with gnome-keyring: $(cat "$scratch/status.json")"
  id="bundle-check-$$"
  echo "{\"op\": \"store\", \"vault_id\": \"$id\", \"value\": \"00ff\"}" | frozen "$APP" _keyring-helper >"$scratch/store.json"
  echo "{\"op\": \"load\", \"vault_id\": \"$id\"}" | frozen "$APP" _keyring-helper >"$scratch/load.json"
  echo "{\"op\": \"delete\", \"vault_id\": \"$id\"}" | frozen "$APP" _keyring-helper >"$scratch/delete.json"
  json_ok "$scratch/load.json" "r.get(\"value\") == \"00ff\""
  json_ok "$scratch/delete.json" "r.get(\"value\") is True"
  echo "  store, load, delete through the Secret Service: ok"
'

echo "== frozen tray app start (demo profile, offscreen)"
for run in first warm; do
  log="$scratch/data/WellCare/demo/counselor/logs/wellcare.log"
  [ -f "$log" ] && : >"$log"
  started=$(now)
  (FROZEN_EXEC=1 frozen "$APP" --demo --minimized --lang en >"$scratch/app.out" 2>&1) &
  pid=$!
  ready=""
  for _ in $(seq 1 2400); do  # up to 120 s: the first start builds the demo organisation
    if grep -q "ready in" "$log" 2>/dev/null; then ready=$(now); break; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ -z "$ready" ]; then echo "the frozen app did not become ready"; cat "$scratch/app.out"; exit 1; fi
  echo "  $run start: ready after $(elapsed "$started" "$ready") s ($(grep -o 'ready in [0-9.]* s' "$log" | tail -1) inside the app)"
done
echo "frozen bundle: all checks passed"

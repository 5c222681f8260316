#!/usr/bin/env bash
# The whole test suite on a fresh Debian/Ubuntu machine with only python3:
#   ./scripts/test.sh            (extra pytest arguments are passed on)
# Installs the Debian packages it needs when run as root (else names them and stops), makes
# .venv with the project and its test tools, then runs ruff, import-linter and pytest inside a
# virtual X server and a throwaway D-Bus session with an unlocked gnome-keyring.
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/setup.sh
ensure_debian_packages python3-venv "${RUNTIME_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
ensure_venv "[test]"

echo "== ruff"; .venv/bin/ruff check src tests scripts
echo "== import-linter"; .venv/bin/lint-imports --no-cache >/dev/null && echo "contracts kept"

# mypy --strict ([tool.mypy] in pyproject.toml) on the Qt-free packages: the capability services,
# their shared infrastructure, the vault, the exchange, the schedule and the composition.
mypy_targets=()
for package in assess breaks incidents programs eap privacy aggregates aggregate_format inbox coordinator \
  vault exchange schedule council; do mypy_targets+=(-p "wellcare.$package"); done
for module in weeks capabilities runtime; do mypy_targets+=(-m "wellcare.$module"); done
echo "== mypy --strict"; .venv/bin/mypy --strict "${mypy_targets[@]}"

# The services, vault and commands without Qt: a second venv with the project's dependencies
# except PySide6 and pytest-qt (scripts/headless_requirements.py reads them from pyproject.toml),
# running every test module not declared UI in tests/headless.py. A service test that starts
# importing Qt fails here. Its summary line comes first; the main run's closes the log.
ensure_headless_venv() {
  local stamp=".venv-headless/.wellcare-installed"
  if [ ! -x .venv-headless/bin/python ]; then python3 -m venv .venv-headless; fi
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    .venv-headless/bin/python -m pip install -q --upgrade pip
    .venv/bin/python scripts/headless_requirements.py > .venv-headless/requirements.txt
    .venv-headless/bin/python -m pip install -q -r .venv-headless/requirements.txt
    .venv-headless/bin/python -m pip install -q --no-deps -e .
    touch "$stamp"
  fi
  if .venv-headless/bin/python -c "import PySide6" 2>/dev/null; then
    echo "PySide6 is installed in .venv-headless; the headless job needs it absent"; exit 1
  fi
}
if [ "${WELLCARE_SKIP_HEADLESS:-0}" != 1 ]; then
  ensure_headless_venv
  echo "== pytest without Qt (.venv-headless: no PySide6, no pytest-qt)"
  WELLCARE_HEADLESS_TESTS=1 WELLCARE_HEADLESS_MIN_TESTS=500 .venv-headless/bin/python -m pytest -q \
    -p no:pytestqt -W ignore::pytest.PytestConfigWarning
fi

if command -v xvfb-run >/dev/null && command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
  keyring_home=$(mktemp -d)
  trap 'rm -rf "$keyring_home"' EXIT
  echo "== pytest (Xvfb + D-Bus session + gnome-keyring)"
  XDG_DATA_HOME="$keyring_home" xvfb-run -a -s "-screen 0 1280x800x24" \
    dbus-run-session -- bash -c '
      echo -n wellcare-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 \
        && export WELLCARE_SECRET_SERVICE=1
      QT_QPA_PLATFORM=offscreen exec .venv/bin/python -m pytest "$@"' _ "$@"
else
  echo "== pytest (no Xvfb/D-Bus: the real-keyring and X server tests will be skipped)"
  QT_QPA_PLATFORM=offscreen exec .venv/bin/python -m pytest "$@"
fi

#!/usr/bin/env bash
# The whole test suite on a fresh Debian/Ubuntu machine with only python3:
#   ./scripts/test.sh            (extra pytest arguments are passed on)
# Installs the Debian packages it needs when run as root (else names them and stops), makes
# .venv with the project and its test tools, then runs ruff, import-linter and pytest inside a
# virtual X server and a throwaway D-Bus session with an unlocked gnome-keyring.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(
  python3-venv
  libglib2.0-0 libgl1 libegl1 libx11-6 libxkbcommon0 libfreetype6 libfontconfig1 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0
  libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0
  xvfb xauth xdotool fonts-noto-cjk gnome-keyring dbus-x11
)

ensure_debian_packages() {
  command -v dpkg-query >/dev/null 2>&1 || { echo "Not a Debian/Ubuntu system: install the equivalents of: ${DEBIAN_PACKAGES[*]}"; return 0; }
  local missing=()
  for pkg in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if sudo -n true 2>/dev/null; then sudo="sudo -n"; else
      echo "These Debian packages are missing and I cannot install them without root:"
      echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}"
      exit 1
    fi
  fi
  echo "Installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_venv() {
  if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
  fi
  local stamp=.venv/.wellcare-installed
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e '.[test]'
    touch "$stamp"
  fi
}

ensure_debian_packages
ensure_venv

echo "== ruff"; .venv/bin/ruff check src tests scripts
echo "== import-linter"; .venv/bin/lint-imports --no-cache >/dev/null && echo "contracts kept"

run_pytest() {
  QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest "$@"
}
export -f run_pytest

if command -v xvfb-run >/dev/null && command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
  keyring_home=$(mktemp -d)
  trap 'rm -rf "$keyring_home"' EXIT
  echo "== pytest (Xvfb + D-Bus session + gnome-keyring)"
  XDG_DATA_HOME="$keyring_home" HOME_FOR_KEYRING="$keyring_home" xvfb-run -a -s "-screen 0 1280x800x24" \
    dbus-run-session -- bash -c '
      echo -n wellcare-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 \
        && export WELLCARE_SECRET_SERVICE=1
      run_pytest "$@"' _ "$@"
else
  echo "== pytest (no Xvfb/D-Bus: the real-keyring and X server tests will be skipped)"
  run_pytest "$@"
fi

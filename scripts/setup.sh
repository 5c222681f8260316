# Shared set-up for scripts/run.sh and scripts/test.sh (sourced, not run).
# Installs the Debian packages WellCare needs when run as root (or with password-less sudo), else
# names them and stops; then makes .venv with the project (and its test tools when asked).
# Each step says what it is doing (on stderr, so a caller's output stays clean): a first set-up
# takes a while and should never look like a hang.

step() {  # step "what is happening"
  echo "== $*" >&2
}

RUNTIME_PACKAGES=(
  libglib2.0-0 libgl1 libegl1 libx11-6 libxkbcommon0 libfreetype6 libfontconfig1 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0
  libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0 fonts-noto-cjk
  libxss1  # X11 idle time for breaks (XScreenSaver extension, loaded with ctypes)
)
TEST_PACKAGES=(xvfb xauth xdotool trayer gnome-keyring dbus-x11
  samba smbnetfs  # tests/smb: a real SMB share (smbd on loopback) mounted through a FUSE client
)
# scripts/build_bundle.sh: PyInstaller needs binutils (objdump, strip); its keyring check needs a
# D-Bus session with gnome-keyring. (Debian's own python3 also needs libpython3.X: the script adds it.)
BUNDLE_PACKAGES=(binutils gnome-keyring dbus-x11)

ensure_debian_packages() {
  local wanted=("$@") missing=() pkg
  if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "Not a Debian/Ubuntu system: install the equivalents of: ${wanted[*]}"
    return 0
  fi
  step "checking Debian packages (${#wanted[@]})"
  for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo -n"; else
      echo "These Debian packages are missing and installing them needs root:"
      echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}"
      exit 1
    fi
  fi
  step "installing Debian packages: ${missing[*]}"
  step "apt-get update"
  $sudo apt-get update -qq
  step "apt-get install (${#missing[@]} packages)"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_venv() {  # $1: pip extras, e.g. "[test]" or ""
  local extras=${1:-}
  if [ ! -x .venv/bin/python ]; then
    step "creating the Python environment (.venv)"
    python3 -m venv .venv || { echo "python3 -m venv failed: install python3-venv (Debian) and retry"; exit 1; }
  fi
  local stamp=".venv/.wellcare-installed${extras}"
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    step "updating pip"
    .venv/bin/python -m pip install -q --upgrade pip
    step "installing WellCare and its Python packages${extras:+ $extras} (a minute the first time)"
    .venv/bin/python -m pip install -q -e ".${extras}"
    touch "$stamp"
  else
    step "Python environment up to date (.venv)"
  fi
}

#!/usr/bin/env bash
# Run WellCare on a fresh Debian/Ubuntu machine with only python3 (sets everything up first):
#   ./scripts/run.sh --demo            a ready-made demo organisation (counselor side)
#   ./scripts/run.sh --demo --coordinator   the EAP coordinator's side of the same demo
#   ./scripts/run.sh                   your own profile
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
ensure_debian_packages "${RUNTIME_PACKAGES[@]}"
ensure_venv ""
step "starting WellCare${1:+ ($*)}"
exec .venv/bin/wellcare "$@"

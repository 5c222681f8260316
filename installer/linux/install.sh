#!/bin/sh
# Installs the frozen WellCare bundle (dist/WellCare from scripts/build_bundle.sh) on Linux.
#
#   sudo installer/linux/install.sh [--autostart] [BUNDLE]   for every user of this computer:
#       /opt/WellCare, /usr/local/share/{applications,metainfo,icons}; --autostart also adds
#       /etc/xdg/autostart/wellcare.desktop (WellCare starts in the tray at every login)
#   installer/linux/install.sh --user [--autostart] [BUNDLE]  for you only, no root:
#       ~/.local/opt/WellCare, ~/.local/share/...; --autostart writes ~/.config/autostart/wellcare.desktop,
#       the same file the app's own "start at login" setting writes and removes
#   ... --uninstall                                         removes what the same mode installed
#
# BUNDLE defaults to dist/WellCare in this checkout. DESTDIR stages the files under another root
# (packaging). Uninstalling never touches anyone's vault (~/.local/share/WellCare): `WellCare wipe`
# deletes a user's data, see installer/DEPLOYMENT.md.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
mode=system autostart=0 uninstall=0 bundle="$here/../../dist/WellCare"
for arg in "$@"; do
  case "$arg" in
    --user) mode=user ;;
    --autostart) autostart=1 ;;
    --uninstall) uninstall=1 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    -*) echo "unknown option: $arg" >&2; exit 2 ;;
    *) bundle=$arg ;;
  esac
done
destdir=${DESTDIR:-}

if [ "$mode" = user ]; then
  app_dir="$HOME/.local/opt/WellCare"
  share="${XDG_DATA_HOME:-$HOME/.local/share}"
  autostart_dir="${XDG_CONFIG_HOME:-$HOME/.config}/autostart"
else
  app_dir=/opt/WellCare
  share=/usr/local/share
  autostart_dir=/etc/xdg/autostart
fi
exe="$app_dir/WellCare"
case "$exe" in
  *[!A-Za-z0-9/._-]*) echo "install path $exe needs quoting in a .desktop Exec line: choose another" >&2; exit 2 ;;
esac
desktop="$destdir$share/applications/wellcare.desktop"
metainfo="$destdir$share/metainfo/io.github.wellcare.WellCare.metainfo.xml"
icon="$destdir$share/icons/hicolor/scalable/apps/wellcare.svg"
autostart_file="$destdir$autostart_dir/wellcare.desktop"

refresh_caches() {
  [ -n "$destdir" ] && return 0
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
}

if [ "$uninstall" = 1 ]; then
  rm -rf "$destdir$app_dir"
  rm -f "$desktop" "$metainfo" "$icon" "$autostart_file"
  refresh_caches
  echo "WellCare removed from $app_dir (users' data in ~/.local/share/WellCare was left alone)"
  exit 0
fi

[ -x "$bundle/WellCare" ] || { echo "no WellCare bundle at $bundle: run scripts/build_bundle.sh first" >&2; exit 1; }
mkdir -p "$destdir$app_dir" "$(dirname "$desktop")" "$(dirname "$metainfo")" "$(dirname "$icon")"
rm -rf "$destdir$app_dir"
cp -a "$bundle" "$destdir$app_dir"
# The shipped entries name /opt/WellCare/WellCare; point them at where this copy lives.
sed "s|^Exec=/opt/WellCare/WellCare|Exec=$exe|" "$here/wellcare.desktop" >"$desktop"
cp "$here/io.github.wellcare.WellCare.metainfo.xml" "$metainfo"
cp "$destdir$app_dir/_internal/wellcare/resources/icons/wellcare.svg" "$icon"
chmod 644 "$desktop" "$metainfo" "$icon"
if [ "$autostart" = 1 ]; then
  mkdir -p "$(dirname "$autostart_file")"
  sed "s|^Exec=/opt/WellCare/WellCare|Exec=$exe|" "$here/wellcare-autostart.desktop" >"$autostart_file"
  chmod 644 "$autostart_file"
fi
refresh_caches
echo "WellCare installed in $app_dir (menu entry: $share/applications/wellcare.desktop)"
[ "$autostart" = 1 ] && echo "starts at login: $autostart_dir/wellcare.desktop"
exit 0

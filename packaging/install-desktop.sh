#!/bin/sh
# Add Liseuse to your desktop menu — its .desktop file (which also opens reader:// links
# and the import formats), its AppStream metainfo and its icons — or take it out again.
#
#   install-desktop.sh [--uninstall] [READER]
#
# READER is the command the menu entry runs: by default the `reader` beside this script
# (in the bundle), else the `reader` found on the PATH (a pip install). Files go to
# ${XDG_DATA_HOME:-~/.local/share}/{applications,metainfo,icons/hicolor}; nothing needs
# root. Run from the bundle's folder or from packaging/ in a checkout.
set -eu

APP_ID=io.github.liseuse.Liseuse
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}

if [ -d "$here/share/applications" ]; then # the bundle
  desktop=$here/share/applications/$APP_ID.desktop
  metainfo=$here/share/metainfo/$APP_ID.metainfo.xml
  icons=$here/share/icons/hicolor
else # packaging/ in a checkout
  desktop=$here/$APP_ID.desktop
  metainfo=$here/$APP_ID.metainfo.xml
  icons=$here/../resources/icons/hicolor
fi

refresh() {
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data/applications" || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$data/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$data/applications/$APP_ID.desktop" "$data/metainfo/$APP_ID.metainfo.xml"
  for icon in "$icons"/*/apps/"$APP_ID".*; do
    size=$(basename "$(dirname "$(dirname "$icon")")")
    rm -f "$data/icons/hicolor/$size/apps/$(basename "$icon")"
  done
  refresh
  echo "Liseuse is no longer in the desktop menu"
  exit 0
fi

reader=${1:-}
if [ -z "$reader" ]; then
  if [ -x "$here/reader" ]; then
    reader=$here/reader
  else
    reader=$(command -v reader) || {
      echo "install-desktop.sh: no reader command; give its path: install-desktop.sh PATH/reader" >&2
      exit 1
    }
  fi
fi
[ -x "$reader" ] || { echo "install-desktop.sh: $reader is not an executable" >&2; exit 1; }
reader=$(cd "$(dirname "$reader")" && pwd)/$(basename "$reader")

# Exec= takes a quoted argument when the path has spaces or characters the Desktop Entry
# Specification reserves: inside the quotes " ` $ \ take a backslash, itself written \\
# in a string value, and % is written %%.
case $reader in
  *[!A-Za-z0-9/._+-]*)
    exec_path="\"$(printf '%s' "$reader" | sed -e 's/[\\"`$]/\\\\&/g' -e 's/%/%%/g')\"" ;;
  *) exec_path=$reader ;;
esac
# sed's replacement: & and | and \ are special there
exec_sed=$(printf '%s' "$exec_path" | sed 's/[\\&|]/\\&/g')
try_sed=$(printf '%s' "$reader" | sed 's/[\\&|]/\\&/g')

mkdir -p "$data/applications" "$data/metainfo"
sed -e "s|^Exec=reader |Exec=$exec_sed |" -e "s|^TryExec=reader\$|TryExec=$try_sed|" \
  "$desktop" >"$data/applications/$APP_ID.desktop"
cp "$metainfo" "$data/metainfo/"
for icon in "$icons"/*/apps/"$APP_ID".*; do
  size=$(basename "$(dirname "$(dirname "$icon")")")
  mkdir -p "$data/icons/hicolor/$size/apps"
  cp "$icon" "$data/icons/hicolor/$size/apps/"
done
refresh
echo "Liseuse is in the desktop menu: $data/applications/$APP_ID.desktop runs $reader"

#!/bin/sh
# Adds Fedimove to your applications menu, for this user, from the unpacked download:
#   ./fedimove/install-desktop-entry.sh            (add or update)
#   ./fedimove/install-desktop-entry.sh --remove   (take it out again)
# It writes a menu entry and icons under ~/.local/share; the app folder stays where it is.
set -eu
app_id=org.fedimove.Fedimove
here=$(cd "$(dirname "$0")" && pwd)
resources="$here/_internal/fedimove/resources"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
entry="$data/applications/$app_id.desktop"

if [ "${1:-}" = "--remove" ]; then
  rm -f "$entry"
  for size in 16 24 32 48 64 128 256 512; do
    rm -f "$data/icons/hicolor/${size}x${size}/apps/$app_id.png"
  done
  rm -f "$data/icons/hicolor/scalable/apps/$app_id.svg"
else
  for size in 16 24 32 48 64 128 256 512; do
    install -D -m 644 "$resources/icons/$app_id-$size.png" \
      "$data/icons/hicolor/${size}x${size}/apps/$app_id.png"
  done
  install -D -m 644 "$resources/icons/$app_id.svg" "$data/icons/hicolor/scalable/apps/$app_id.svg"
  mkdir -p "$data/applications"
  # The menu entry starts this copy of the app, wherever it was unpacked.
  sed "s|^Exec=fedimove|Exec=\"$here/fedimove\"|" "$resources/$app_id.desktop" >"$entry"
  chmod 644 "$entry"
fi
update-desktop-database -q "$data/applications" 2>/dev/null || true
gtk-update-icon-cache -q -t "$data/icons/hicolor" 2>/dev/null || true
echo "Fedimove menu entry: $entry${1:+ removed}"

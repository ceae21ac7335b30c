#!/bin/sh
# Removes what install.sh installed, with the same PREFIX and DESTDIR:
#   sh uninstall.sh                       from ~/.local
#   PREFIX=/usr/local sh uninstall.sh     from everyone's (as root)
# Your settings, recent projects, autosave journals and log stay (in ~/.config/timeline and
# ~/.local/state/timeline on Linux); delete those folders too to leave no trace.
set -eu

app_id=io.github.timeline.Timeline
prefix=${PREFIX:-$HOME/.local}
root=${DESTDIR:-}$prefix

if [ ! -e "$root/lib/timeline/timeline" ] && [ ! -e "$root/share/applications/$app_id.desktop" ]; then
    echo "Timeline is not installed in $root." >&2
    exit 1
fi

rm -rf "$root/lib/timeline"
# Only our link: a `timeline` that some other program put in bin/ is not ours to remove.
if [ -L "$root/bin/timeline" ] && [ "$(readlink "$root/bin/timeline")" = "$prefix/lib/timeline/timeline" ]; then
    rm -f "$root/bin/timeline"
fi
rm -f "$root/share/applications/$app_id.desktop" \
      "$root/share/metainfo/$app_id.metainfo.xml" \
      "$root/share/mime/packages/$app_id.xml" \
      "$root/share/icons/hicolor/scalable/apps/$app_id.svg"
for png in "$root"/share/icons/hicolor/*/apps/"$app_id".png; do
    [ -e "$png" ] && rm -f "$png"
done

if [ -z "${DESTDIR:-}" ]; then
    if command -v update-mime-database >/dev/null 2>&1 && [ -d "$root/share/mime/packages" ]; then
        update-mime-database "$root/share/mime" >/dev/null 2>&1 || true
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$root/share/applications" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -d "$root/share/icons/hicolor" ]; then
        gtk-update-icon-cache -q -t "$root/share/icons/hicolor" || true
    fi
fi
echo "Removed Timeline from $root."

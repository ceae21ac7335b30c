#!/bin/sh
# Installs the built one-folder app with its menu entry, icons, AppStream metadata and the
# .timeline project file type (so a double-click on a project opens it in Timeline).
# uninstall.sh, beside this script, removes exactly what it installs.
#   sh install.sh [BUNDLE_DIR]            for this user, under ~/.local
#   PREFIX=/usr/local sh install.sh       for everyone (as root)
#   DESTDIR=/tmp/stage sh install.sh      stage the files for a distribution package
# BUNDLE_DIR defaults to the folder this script sits in when it holds the app (the bundle
# ships a copy of this script), else the repository's dist/timeline.
# Needs nothing from the network; icon and menu caches are refreshed when their tools exist.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
app_id=io.github.timeline.Timeline
if [ $# -gt 0 ]; then
    bundle=$1
elif [ -x "$here/timeline" ]; then
    bundle=$here
else
    bundle=$(cd "$here/../.." && pwd)/dist/timeline
fi
if [ ! -x "$bundle/timeline" ]; then
    echo "No built Timeline at $bundle (build it with ./dev bundle)." >&2
    exit 1
fi
bundle=$(cd "$bundle" && pwd)

# The desktop files sit beside this script in the repository, or in share/ inside the bundle.
if [ -f "$here/$app_id.desktop" ]; then
    metadata=$here
else
    metadata=$bundle/share
fi
# Icons: the bundle's own resources (PyInstaller puts data under _internal/).
icons=""
for candidate in "$bundle/_internal/resources/icons" "$bundle/resources/icons"; do
    if [ -d "$candidate/hicolor" ]; then
        icons=$candidate
        break
    fi
done
if [ -z "$icons" ]; then
    echo "The bundle at $bundle has no resources/icons; rebuild it." >&2
    exit 1
fi

prefix=${PREFIX:-$HOME/.local}
root=${DESTDIR:-}$prefix
mkdir -p "$root/lib" "$root/bin" "$root/share/applications" "$root/share/metainfo" "$root/share/mime/packages"

# Replace an earlier install whole: a stale library left beside new ones breaks the app.
rm -rf "$root/lib/timeline"
cp -R "$bundle" "$root/lib/timeline"
ln -sf "$prefix/lib/timeline/timeline" "$root/bin/timeline"

# Menu entries run Exec without the user's shell PATH (~/.local/bin is often missing).
sed -e "s|^Exec=timeline|Exec=$prefix/bin/timeline|" \
    -e "s|^TryExec=timeline|TryExec=$prefix/bin/timeline|" \
    "$metadata/$app_id.desktop" >"$root/share/applications/$app_id.desktop"
chmod 644 "$root/share/applications/$app_id.desktop"
cp "$metadata/$app_id.metainfo.xml" "$root/share/metainfo/$app_id.metainfo.xml"
chmod 644 "$root/share/metainfo/$app_id.metainfo.xml"
cp "$metadata/$app_id.mime.xml" "$root/share/mime/packages/$app_id.xml"
chmod 644 "$root/share/mime/packages/$app_id.xml"

# Icon themes look icons up by the application id, not by the file's name in resources/.
for png in "$icons"/hicolor/*/apps/timeline.png; do
    size=$(basename "$(dirname "$(dirname "$png")")")
    mkdir -p "$root/share/icons/hicolor/$size/apps"
    cp "$png" "$root/share/icons/hicolor/$size/apps/$app_id.png"
done
mkdir -p "$root/share/icons/hicolor/scalable/apps"
cp "$icons/timeline.svg" "$root/share/icons/hicolor/scalable/apps/$app_id.svg"

if [ -z "${DESTDIR:-}" ]; then
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$root/share/mime" >/dev/null 2>&1 || true
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$root/share/applications" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$root/share/icons/hicolor" || true
    fi
fi
echo "Installed Timeline in $root (run $prefix/bin/timeline, or find it in the menu)."

#!/bin/sh
# Installs the Debian/Ubuntu packages a purpose needs, only when something is missing.
#   venv        python3-venv (Debian ships it apart from python3)
#   qt-headless what Qt's offscreen platform needs (tests, headless export)
#   qt-window   what Qt's xcb platform needs to open a real window
#   desktop-checks  the validators the packaging tests run when present (CI installs them)
# Runs apt-get as root, or through sudo; otherwise says exactly what to run.
set -eu

purpose="$1"
case "$purpose" in
    venv) packages="python3-venv" ;;
    qt-headless) packages="libegl1 libgl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3 fonts-dejavu-core" ;;
    qt-window) packages="libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libglib2.0-0 libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1 fonts-dejavu-core" ;;
    desktop-checks) packages="desktop-file-utils appstream shared-mime-info" ;;
    *) echo "unknown purpose: $purpose" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
    exit 0  # not Debian-like: the platform's own Qt prerequisites are the user's to meet
fi

missing=""
for package in $packages; do
    # python3-venv is versioned on Debian (python3.11-venv); ensurepip is what it provides.
    if [ "$package" = python3-venv ]; then
        python3 -c 'import ensurepip' 2>/dev/null && continue
    fi
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    case "$status" in
        *"install ok installed"*) ;;
        *) missing="$missing $package" ;;
    esac
done
[ -z "$missing" ] && exit 0

echo "Installing system packages Timeline needs:$missing" >&2
if [ "$(id -u)" = 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "Please run as root: apt-get install -y$missing" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null

#!/bin/sh
# Takes a screenshot of the real window under a virtual X server (for docs/ and for
# checking by eye): ./tools/screenshot.sh OUT.png [PATH...]
# Needs xvfb and imagemagick (apt-get install xvfb imagemagick).
set -eu
cd "$(dirname "$0")/.."
out="$1"; shift
display=":$(( $$ % 500 + 100 ))"
Xvfb "$display" -screen 0 1600x1000x24 >/dev/null 2>&1 &
xvfb_pid=$!
trap 'kill $app_pid $xvfb_pid 2>/dev/null || true' EXIT
sleep 1
DISPLAY="$display" QT_QPA_PLATFORM=xcb .venv/bin/python -m timeline "$@" &
app_pid=$!
sleep "${SCREENSHOT_DELAY:-8}"
DISPLAY="$display" import -window root "$out"
echo "wrote $out"

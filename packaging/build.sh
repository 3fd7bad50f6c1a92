#!/usr/bin/env bash
# Build the installable Planner and prove it works; CI runs this after the tests.
#
#   bash packaging/build.sh               # PYTHON defaults to .venv/bin/python (as .ci/run makes it)
#   PYTHON=/path/to/python bash packaging/build.sh
#
# 1. the onedir bundle dist/planner/ from planner.spec (PyInstaller),
# 2. its contents and size checked (packaging/check_bundle.py),
# 3. dist/planner/planner --smoke,
# 4. the .deb (packaging/linux/build_deb.sh) and its check (packaging/linux/check_deb.sh):
#    with CI=true (or PLANNER_DEB_INSTALL=1) it is installed for real, /usr/bin/planner
#    --smoke runs, then it is removed and nothing may be left behind.
# Any failure stops the script with a non-zero status.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-.venv/bin/python}
export PYTHON
began=$SECONDS
step() { echo "== packaging: $* ($((SECONDS - began)) s)"; }

# System packages: binutils (strip, readelf, objdump), the xcb libraries Qt's xcb platform
# plugin links (bundled from this machine), and the tools that check the desktop entry.
packages=(binutils dpkg desktop-file-utils shared-mime-info libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1
  libxkbcommon-x11-0 libx11-xcb1)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  step "installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
"$PYTHON" -m PyInstaller --version >/dev/null 2>&1 || "$PYTHON" -m pip install -q -e ".[package]"

step "building dist/planner with PyInstaller"
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN planner.spec

step "checking the bundle"
"$PYTHON" packaging/check_bundle.py dist/planner

step "dist/planner/planner --smoke"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
env -u DISPLAY -u WAYLAND_DISPLAY HOME="$home" XDG_CACHE_HOME="$home/.cache" XDG_CONFIG_HOME="$home/.config" \
  dist/planner/planner --smoke

step "building the .deb"
bash packaging/linux/build_deb.sh
deb=$(ls -t dist/planner_*.deb | head -n 1)

step "checking $deb"
bash packaging/linux/check_deb.sh "$deb"

step "done: bundle $(du -sh dist/planner | cut -f1), $deb $(du -h "$deb" | cut -f1)"

#!/usr/bin/env bash
# Check the .deb: its contents, then install it, smoke-test the installed `planner`,
# check the desktop entry and the .plandb file type are registered, remove it, and
# check that nothing it installed is left behind.
#
#   packaging/linux/check_deb.sh dist/planner_0.1.0_amd64.deb
#
# The real install (apt-get, as root) runs when CI=true or PLANNER_DEB_INSTALL=1; it
# refuses to replace a planner package that was installed before. Otherwise the
# package is unpacked with `dpkg -x` into a temporary root and the smoke test runs from
# there, so a developer's machine is left alone.
set -euo pipefail

deb=$(realpath "${1:?usage: check_deb.sh PACKAGE.deb}")
work=$(mktemp -d)
installed=0
cleanup() {
  # A check that failed after the install still removes the package.
  if [ "$installed" = 1 ]; then dpkg -r planner >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "check_deb: $*" >&2; exit 1; }

# A smoke run that writes nothing outside $work (settings, matplotlib's cache, Documents).
smoke() {
  env -u DISPLAY -u WAYLAND_DISPLAY HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" \
    XDG_CACHE_HOME="$work/home/.cache" XDG_DATA_HOME="$work/home/.local/share" "$@" --smoke
}
mkdir -p "$work/home"

# -- contents ---------------------------------------------------------------------
dpkg-deb --info "$deb" >/dev/null
dpkg-deb --contents "$deb" | awk '{print $6}' >"$work/contents"
for path in ./opt/planner/planner ./usr/bin/planner ./usr/share/applications/planner.desktop \
  ./usr/share/mime/packages/planner.xml ./usr/share/icons/hicolor/48x48/apps/planner.png \
  ./usr/share/icons/hicolor/scalable/apps/planner.svg ./usr/share/doc/planner/copyright \
  ./opt/planner/_internal/planner/resources/demo/portal.toml; do
  grep -qx "$path" "$work/contents" || fail "$path is not in the package"
done
if dpkg-deb --contents "$deb" | awk '$1 !~ /^l/ && (substr($1, 6, 1) == "w" || substr($1, 9, 1) == "w") {print $6}' | grep .; then
  fail "the files above are group- or world-writable"
fi
if command -v desktop-file-validate >/dev/null; then
  dpkg-deb --fsys-tarfile "$deb" | tar -x -O ./usr/share/applications/planner.desktop >"$work/planner.desktop"
  desktop-file-validate "$work/planner.desktop" || fail "the desktop entry is not valid"
fi
echo "check_deb: contents ok ($(wc -l <"$work/contents") entries)"

# -- unpacked into a scratch root ---------------------------------------------------
if [ "${CI:-}" != "true" ] && [ "${PLANNER_DEB_INSTALL:-}" != "1" ]; then
  dpkg -x "$deb" "$work/root"
  smoke "$work/root/opt/planner/planner" || fail "the unpacked planner --smoke failed"
  echo "check_deb: unpacked and smoke-tested (set PLANNER_DEB_INSTALL=1 to install and remove it for real)"
  exit 0
fi

# -- installed for real, then removed ----------------------------------------------
[ "$(id -u)" = 0 ] || fail "installing needs root"
if dpkg-query -W -f='${Status}' planner 2>/dev/null | grep -q "install ok installed"; then
  # CI left over from a run that was killed; anywhere else, refuse to touch the user's own installation.
  [ "${CI:-}" = "true" ] || fail "a planner package is already installed; remove it first (dpkg -r planner)"
  dpkg -r planner >/dev/null
fi
installed=1
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >"$work/apt.log" 2>&1 ||
  { cat "$work/apt.log" >&2; fail "apt-get could not install $deb"; }
dpkg -L planner >"$work/installed"

[ "$(command -v planner)" = /usr/bin/planner ] || fail "planner is not on PATH as /usr/bin/planner"
smoke planner || fail "the installed planner --smoke failed"
if command -v update-mime-database >/dev/null; then
  grep -q 'application/x-planner-project:\*\.plandb' /usr/share/mime/globs2 ||
    fail "*.plandb is not registered in the MIME database"
fi
if command -v update-desktop-database >/dev/null; then
  grep -q '^application/x-planner-project=.*planner\.desktop' /usr/share/applications/mimeinfo.cache ||
    fail ".plandb files do not open in Planner (mimeinfo.cache)"
fi
echo "check_deb: installed; /usr/bin/planner --smoke passed; .plandb is application/x-planner-project, opened by Planner"

dpkg -r planner >"$work/remove.log" 2>&1 || { cat "$work/remove.log" >&2; fail "dpkg -r planner failed"; }
installed=0
left=()
while IFS= read -r path; do
  # Shared folders (/usr/share/icons/hicolor/48x48/apps, ...) stay when other packages use them.
  if [ -L "$path" ] || [ -f "$path" ]; then
    left+=("$path")
  fi
done <"$work/installed"
[ -e /opt/planner ] && left+=(/opt/planner)
[ -e /usr/share/doc/planner ] && left+=(/usr/share/doc/planner)
if [ ${#left[@]} -gt 0 ]; then
  printf 'left behind: %s\n' "${left[@]}" >&2
  fail "removing the package left files behind"
fi
if [ -f /usr/share/mime/globs2 ] && grep -q 'x-planner-project' /usr/share/mime/globs2; then
  fail "the MIME database still knows application/x-planner-project after removal"
fi
if [ -f /usr/share/applications/mimeinfo.cache ] && grep -q 'planner\.desktop' /usr/share/applications/mimeinfo.cache; then
  fail "mimeinfo.cache still names planner.desktop after removal"
fi
echo "check_deb: removed; no file of the package is left behind ($(wc -l <"$work/installed") paths checked)"

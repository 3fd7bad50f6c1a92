#!/usr/bin/env bash
# Wrap the onedir bundle dist/planner/ in a Debian package: dist/planner_VERSION_ARCH.deb.
#
#   packaging/linux/build_deb.sh            # after `pyinstaller --noconfirm planner.spec`
#
# Layout: the bundle in /opt/planner, /usr/bin/planner -> /opt/planner/planner, the
# desktop entry, the icon in every hicolor size (also as the .plandb file icon) and
# the shared-mime-info type application/x-planner-project. No maintainer scripts:
# shared-mime-info, desktop-file-utils and the icon cache update themselves through
# dpkg triggers on the folders we install into, on install and on removal alike.
# PYTHON (default python3) must see the installed planner package, for the version.
set -euo pipefail
cd "$(dirname "$0")/../.."

PYTHON=${PYTHON:-python3}
bundle=dist/planner
[ -x "$bundle/planner" ] || { echo "build_deb: no $bundle/planner; build the bundle first" >&2; exit 1; }

version=$("$PYTHON" -c 'from importlib.metadata import version; print(version("planner"))')
arch=$(dpkg --print-architecture)
depends=$(python3 packaging/linux/depends.py "$bundle")
stage=build/deb/planner_${version}_${arch}
deb=dist/planner_${version}_${arch}.deb

rm -rf "$stage" "$deb"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
  "$stage/usr/share/mime/packages" "$stage/usr/share/doc/planner"
cp -a "$bundle" "$stage/opt/planner"
ln -s /opt/planner/planner "$stage/usr/bin/planner"
install -m 644 resources/planner.desktop "$stage/usr/share/applications/planner.desktop"
install -m 644 resources/planner-mime.xml "$stage/usr/share/mime/packages/planner.xml"
install -m 644 packaging/linux/copyright "$stage/usr/share/doc/planner/copyright"

icons=$stage/usr/share/icons/hicolor
for size in 16 24 32 48 64 128 256 512; do
  install -D -m 644 "resources/icons/planner-$size.png" "$icons/${size}x${size}/apps/planner.png"
  mkdir -p "$icons/${size}x${size}/mimetypes"
  ln -s ../apps/planner.png "$icons/${size}x${size}/mimetypes/application-x-planner-project.png"
done
install -D -m 644 resources/icons/planner.svg "$icons/scalable/apps/planner.svg"
mkdir -p "$icons/scalable/mimetypes"
ln -s ../apps/planner.svg "$icons/scalable/mimetypes/application-x-planner-project.svg"

# Files 644, programs and libraries as PyInstaller made them, nothing group- or world-writable.
chmod -R u+rwX,go+rX,go-w "$stage"
installed_size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@INSTALLED_SIZE@/$installed_size/" \
  -e "s/@DEPENDS@/$depends/" packaging/linux/control.in >"$stage/DEBIAN/control"
(cd "$stage" && find . -path ./DEBIAN -prune -o -type f -print0 | sort -z | xargs -0 md5sum | sed 's| \./| |') \
  >"$stage/DEBIAN/md5sums"
chmod 644 "$stage/DEBIAN/control" "$stage/DEBIAN/md5sums"

dpkg-deb --root-owner-group -Zxz -z6 --build "$stage" "$deb" >/dev/null
echo "built $deb ($(du -h "$deb" | cut -f1); installs $((installed_size / 1024)) MB; Depends: $depends)"

"""Before the QApplication: can Qt's X11 (xcb) platform plugin load on this machine?

A fresh Debian or Ubuntu desktop lacks a few of the small X libraries Qt's xcb plugin
links to (libxcb-icccm4, libxcb-keysyms1, libxcb-cursor0, ...). Qt then prints a
paragraph about reinstalling the application and aborts (exit 134). Planner checks
first, with `ldd` on the plugin (it lists every library that does not resolve, not
only the first one, as loading it with ctypes would), and says in one line which
Debian packages to install.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# Debian names a library package after the soname: libfoo.so.3 -> libfoo3, libfoo-x11.so.0 -> libfoo-x11-0.
# The exceptions among the libraries Qt's xcb plugin needs:
PACKAGE_EXCEPTIONS = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libz.so.1": "zlib1g",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
    "libm.so.6": "libc6",
    "libdl.so.2": "libc6",
    "libpthread.so.0": "libc6",
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlicommon.so.1": "libbrotli1",
}

# Every system package the xcb plugin and libQt6XcbQpa link to (their NEEDED entries), checked with ldd
# and `dpkg -S` on Debian 12. The README's install line and the .deb's Depends list the same packages.
XCB_PACKAGES = (
    "libdbus-1-3",
    "libegl1",
    "libfontconfig1",
    "libfreetype6",
    "libgl1",
    "libglib2.0-0",
    "libx11-6",
    "libx11-xcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-render0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-util1",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "libxcb1",
    "libxkbcommon-x11-0",
    "libxkbcommon0",
)

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)
_SONAME = re.compile(r"^(lib.+?)\.so\.(\d+)")


def platform_will_be_xcb(environ: dict[str, str] | None = None, platform: str | None = None) -> bool:
    """Whether Qt will pick its xcb plugin: asked for it, or a Linux X session with no platform named."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    asked = environ.get("QT_QPA_PLATFORM", "").strip()
    if asked:
        return asked.split(";")[0].split(":")[0].strip() == "xcb"
    if not platform.startswith("linux") or not environ.get("DISPLAY"):
        return False
    wayland_session = environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland"
    return not wayland_session


def package_for(soname: str) -> str:
    """The Debian package that ships a library, by Debian's naming of library packages."""
    if soname in PACKAGE_EXCEPTIONS:
        return PACKAGE_EXCEPTIONS[soname]
    match = _SONAME.match(soname)
    if match is None:
        return soname
    stem, version = match.group(1).lower(), match.group(2)
    return f"{stem}-{version}" if stem[-1].isdigit() else f"{stem}{version}"


def missing_libraries(ldd_output: str) -> list[str]:
    """The libraries ldd could not resolve, each once, in the order ldd met them."""
    return list(dict.fromkeys(_NOT_FOUND.findall(ldd_output)))


def xcb_plugin() -> Path | None:
    """Qt's xcb platform plugin as the running PySide6 would load it (None when there is none)."""
    from PySide6.QtCore import QLibraryInfo  # QtCore only: no QApplication, no platform plugin yet

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    plugin = folder / "libqxcb.so"
    return plugin if plugin.is_file() else None


def xcb_problem() -> str | None:
    """One line naming the packages to install when the xcb plugin cannot load, else None."""
    plugin = xcb_plugin()
    ldd = shutil.which("ldd")
    if plugin is None or ldd is None:
        return None  # nothing to check with: let Qt say what it says
    result = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, check=False)
    missing = missing_libraries(result.stdout)
    if not missing:
        return None
    packages = sorted(dict.fromkeys(package_for(name) for name in missing))
    return (
        f"cannot open a window: Qt's X11 plugin needs {', '.join(missing)}; "
        f"install them with: sudo apt-get install {' '.join(packages)}"
    )


def display_problem() -> str | None:
    """What stops the window from opening on this display, in one line; None when nothing does (or no xcb)."""
    return xcb_problem() if platform_will_be_xcb() else None

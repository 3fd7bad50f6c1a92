"""A machine without the X libraries Qt's xcb plugin needs gets one line naming the packages, not Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from planner.ui.shell.display_check import (
    XCB_PACKAGES,
    missing_libraries,
    package_for,
    platform_will_be_xcb,
    xcb_plugin,
)

LDD_MISSING = """\
\tlinux-vdso.so.1 (0x00007ff1e73d2000)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007ff1e721a000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
"""


def test_every_library_ldd_could_not_find_is_named_once():
    assert missing_libraries(LDD_MISSING) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]


def test_libraries_map_to_the_debian_packages_that_ship_them():
    assert package_for("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert package_for("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert package_for("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert package_for("libX11-xcb.so.1") == "libx11-xcb1"
    assert package_for("libglib-2.0.so.0") == "libglib2.0-0"
    assert package_for("libEGL.so.1") == "libegl1"


def test_the_check_runs_only_when_qt_will_use_xcb():
    assert platform_will_be_xcb({"DISPLAY": ":0"}, "linux")
    assert platform_will_be_xcb({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not platform_will_be_xcb({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux")
    wayland = {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}
    assert not platform_will_be_xcb(wayland, "linux")
    assert not platform_will_be_xcb({}, "linux")
    assert not platform_will_be_xcb({"DISPLAY": ":0"}, "darwin")


def test_the_packages_declared_cover_what_the_plugin_links_to():
    plugin = xcb_plugin()
    assert plugin is not None
    needed = subprocess.run(["readelf", "-d", str(plugin)], capture_output=True, text=True, check=True).stdout
    for line in needed.splitlines():
        if "(NEEDED)" in line and "libxcb" in line:
            soname = line.split("[")[1].rstrip("]")
            assert package_for(soname) in XCB_PACKAGES, soname


def test_planner_demo_without_the_libraries_says_which_packages_to_install(tmp_path: Path):
    """The user's `planner --demo` on a fresh Debian desktop: one line, exit 2, no Qt abort (134)."""
    fake_bin = tmp_path / "bin"
    fake_bin.mkdir()
    ldd = fake_bin / "ldd"
    ldd.write_text("#!/bin/sh\ncat <<'END'\n" + LDD_MISSING + "END\n")
    ldd.chmod(0o755)
    env = dict(os.environ, PATH=f"{fake_bin}{os.pathsep}{os.environ['PATH']}", HOME=str(tmp_path))
    env.update(QT_QPA_PLATFORM="xcb", XDG_CONFIG_HOME=str(tmp_path / "config"))
    code = "from planner.cli import main; raise SystemExit(main(['--demo']))"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert run.returncode == 2
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in lines[0]
    assert "libxcb-icccm.so.4" in lines[0]
    assert not (tmp_path / "Documents").exists()  # refused before anything was written


ROOT = Path(__file__).resolve().parents[2]


def test_the_readme_install_line_and_the_deb_declare_the_same_packages():
    readme = (ROOT / "README.md").read_text()
    install = next(line for line in readme.splitlines() if line.startswith("sudo apt-get install"))
    assert set(XCB_PACKAGES) <= set(install.split())
    import importlib.util

    spec = importlib.util.spec_from_file_location("depends", ROOT / "packaging/linux/depends.py")
    depends = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(depends)
    assert set(XCB_PACKAGES) <= set(depends.ALWAYS)

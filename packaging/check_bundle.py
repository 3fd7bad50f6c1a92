"""Check a PyInstaller bundle built from planner.spec: what must be in it, what must not, and its size.

    python packaging/check_bundle.py [dist/planner] [--budget-mb 250]

Reads the file tree and the module archive (PYZ) of the bundle, so a change that
drops a module Planner needs, or drags in one it left out (Qt Quick, GTK, pytest,
tkinter, ...), fails CI before anyone runs the installer. Prints the size on its
last line. Exit status 1 lists every problem found.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

# Python modules the bundle must carry (the launcher imports most lazily).
REQUIRED_MODULES = (
    "planner.cli",
    "planner.resources",
    "planner.ui.shell.app",
    "planner.ui.shell.main_window",
    "planner.ui.shell.smoke",
    "planner.ui.shell.about",
    "planner.exchange.schedule_report",
    "PySide6.QtWidgets",
    "sqlite_utils",
    "holidays",
    "openpyxl",
)
# ... and those it must not (module name prefixes).
FORBIDDEN_MODULES = (
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "tests",
    "tkinter",
    "PyInstaller",
    "pip",
    "setuptools",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtPdf",
    "PySide6.QtWebEngine",
    "PySide6.QtNetwork",
)
# Files, by path relative to the bundle's library folder (_internal on Linux and Windows).
REQUIRED_FILES = (
    "planner/resources/demo/portal.toml",
    "planner/resources/icons/planner-256.png",
    "planner/resources/icons/planner.svg",
    "planner/resources/planner.desktop",
)
REQUIRED_PLUGINS_LINUX = (
    "platforms/libqoffscreen.so",
    "platforms/libqminimal.so",
    "platforms/libqxcb.so",
    "imageformats/libqsvg.so",
    "imageformats/libqjpeg.so",
    "imageformats/libqico.so",
    "iconengines/libqsvgicon.so",
)
# Substrings of file paths that mean an unused Qt part, a host theme or a test suite slipped in.
FORBIDDEN_PATHS = (
    "libQt6Quick",
    "libQt6Qml",
    "libQt6Pdf",
    "libQt6VirtualKeyboard",
    "libQt6Wayland",
    "libQt6WebEngine",
    "libQt6EglFS",
    "libQt6Network",
    "libgtk-",
    "libgdk-",
    "libtcl",
    "libtk",
    "/qml/",
    "plugins/platforms/libqwayland",
    "plugins/platforms/libqeglfs",
    "plugins/platforms/libqvnc",
    "plugins/platforms/libqlinuxfb",
    "plugins/platformthemes/libqgtk3",
    "plugins/platforminputcontexts/libqtvirtualkeyboard",
    "plugins/imageformats/libqpdf",
    "plugins/wayland-",
    "plugins/egldeviceintegrations",
    "share/themes/",
    "/tests/",
)


def bundle_size(folder: Path) -> int:
    """Bytes in the folder as `du` counts them: each regular file once, symlinks not followed."""
    total = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            if not os.path.islink(path):
                total += os.path.getsize(path)
    return total


def archive_modules(executable: Path) -> set[str]:
    from PyInstaller.archive.readers import pkg_archive_contents

    return set(pkg_archive_contents(str(executable)))


def find_problems(bundle: Path, budget_mb: float) -> tuple[list[str], int]:
    problems = []
    executable = next((bundle / name for name in ("planner", "planner.exe") if (bundle / name).is_file()), None)
    if executable is None:
        return [f"{bundle}: no planner executable"], 0
    internal = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle

    modules = archive_modules(executable)
    for name in REQUIRED_MODULES:
        folder, _, stem = name.replace(".", "/").rpartition("/")
        on_disk = any((internal / folder).glob(stem + ".*")) or (internal / folder / stem).is_dir()
        if name not in modules and not on_disk:
            problems.append(f"module {name} is missing")
    for name in sorted(modules):
        if any(name == prefix or name.startswith(prefix + ".") for prefix in FORBIDDEN_MODULES):
            problems.append(f"module {name} should have been left out")

    for relative in REQUIRED_FILES:
        if not (internal / relative).is_file():
            problems.append(f"file {relative} is missing")
    if sys.platform.startswith("linux"):
        plugins = internal / "PySide6" / "Qt" / "plugins"
        for relative in REQUIRED_PLUGINS_LINUX:
            if not (plugins / relative).is_file():
                problems.append(f"Qt plugin {relative} is missing")
    for path in sorted(bundle.rglob("*")):
        text = "/" + path.relative_to(bundle).as_posix()
        if any(part in text for part in FORBIDDEN_PATHS):
            problems.append(f"{text[1:]} should have been left out")

    size = bundle_size(bundle)
    if size > budget_mb * 1024 * 1024:
        problems.append(f"the bundle is {size / 1024 / 1024:.0f} MB, over its budget of {budget_mb:.0f} MB")
    return problems, size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", nargs="?", default="dist/planner", type=Path)
    parser.add_argument("--budget-mb", type=float, default=250.0, help="fail above this size (default 250)")
    args = parser.parse_args(argv)
    problems, size = find_problems(args.bundle, args.budget_mb)
    for problem in problems:
        print(f"check_bundle: {problem}", file=sys.stderr)
    if problems:
        return 1
    print(f"bundle {args.bundle}: {size / 1024 / 1024:.1f} MB, contents as expected")
    return 0


if __name__ == "__main__":
    sys.exit(main())

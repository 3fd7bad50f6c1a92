"""The .deb's Depends: the system packages whose libraries the bundle loads but does not carry.

    python3 packaging/linux/depends.py dist/planner     # prints e.g. "libc6 (>= 2.34), libegl1, libgl1, libxcb1"

PyInstaller bundles most libraries and leaves out a few on purpose (the C library,
OpenGL/EGL, which must match the host's drivers, and libxcb). Every ELF file in the
bundle is resolved with ldd, the bundle's own folders first; each library found
outside the bundle is mapped to its Debian package with `dpkg -S`, and libc6 gets the
newest GLIBC_ symbol version the bundle needs. A library that resolves nowhere is an
error (exit 1): the bundle would not start on a machine like this one.

The X libraries Qt's xcb plugin loads are always declared (planner's display_check
lists them, the README's install line too): a build machine that happens to lack one
must not ship a package that aborts on a fresh desktop.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the source tree's planner, with no Qt import
from planner.ui.shell.display_check import XCB_PACKAGES

# The bundled libfontconfig reads the host's /etc/fonts and needs its fonts; Qt's window needs the X libraries.
ALWAYS = ("libfontconfig1", *XCB_PACKAGES)
GLIBC_VERSION = re.compile(rb"GLIBC_(\d+)\.(\d+)")


def elf_files(bundle: Path) -> list[Path]:
    found = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def library_path(bundle: Path, elves: list[Path]) -> str:
    folders = sorted({str(path.parent) for path in elves if ".so" in path.name})
    return os.pathsep.join(folders)


def outside_libraries(bundle: Path, elves: list[Path]) -> tuple[set[str], set[str]]:
    """Libraries resolved outside the bundle, and those not resolved at all (with who needs them)."""
    env = dict(os.environ, LD_LIBRARY_PATH=library_path(bundle, elves))
    root = str(bundle.resolve())
    outside, missing = set(), set()
    for path in elves:
        result = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env, check=False)
        for line in result.stdout.splitlines():
            parts = line.split()
            if "=>" not in parts:
                continue
            name, target = parts[0], parts[parts.index("=>") + 1]
            if target == "not":
                missing.add(f"{name} (needed by {path.relative_to(bundle)})")
            elif target.startswith("/") and not os.path.realpath(target).startswith(root):
                outside.add(target)
    return outside, missing


def package_of(library: str) -> str | None:
    candidates = [library, os.path.realpath(library)]
    for candidate in list(candidates):
        if candidate.startswith("/usr/"):
            candidates.append(candidate[4:])
        else:
            candidates.append("/usr" + candidate)
    for candidate in candidates:
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True, check=False)
        if result.returncode == 0 and result.stdout:
            return result.stdout.split(":", 1)[0].split(",")[0].strip()
    return None


def newest_glibc(elves: list[Path]) -> tuple[int, int]:
    newest = (2, 0)
    for path in elves:
        for major, minor in GLIBC_VERSION.findall(path.read_bytes()):
            newest = max(newest, (int(major), int(minor)))
    return newest


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    bundle = Path(argv[0] if argv else "dist/planner")
    elves = elf_files(bundle)
    outside, missing = outside_libraries(bundle, elves)
    for problem in sorted(missing):
        print(f"depends: unresolved library {problem}", file=sys.stderr)
    packages, unowned = set(ALWAYS), []
    for library in sorted(outside):
        package = package_of(library)
        if package is None:
            unowned.append(library)
        else:
            packages.add(package)
    for library in unowned:
        print(f"depends: no Debian package owns {library}", file=sys.stderr)
    if missing or unowned:
        return 1
    major, minor = newest_glibc(elves)
    depends = [f"libc6 (>= {major}.{minor})" if name == "libc6" else name for name in sorted(packages)]
    print(", ".join(depends))
    return 0


if __name__ == "__main__":
    sys.exit(main())

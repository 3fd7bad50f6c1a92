"""Shared test setup.

- With PLANNER_BLOCK_QT=1 PySide6 cannot be imported, which is how CI proves that core,
  store and exchange work without Qt (DESIGN.md's layering).
- Hypothesis runs the "quick" profile unless PLANNER_HYPOTHESIS names another: .ci/run
  sets "thorough", ten times the examples.
- PLANNER_QT_FREE_DONE=1 (set by .ci/run only) leaves out the folders its Qt-blocked pass
  has just run, so CI runs each test once; on a dev machine the test command runs them all.
"""

from __future__ import annotations

import importlib.abc
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class _BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ImportError(f"{name} is blocked: this layer must work without Qt")
        return None


collect_ignore: list[str] = []
if os.environ.get("PLANNER_BLOCK_QT") == "1":
    sys.meta_path.insert(0, _BlockQt())
    collect_ignore.append("ui")


# Deadlines off: a shared CI machine makes single examples slow without any bug.
_PROFILE = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow]}
settings.register_profile("quick", max_examples=50, **_PROFILE)
settings.register_profile("thorough", max_examples=500, **_PROFILE)
settings.load_profile(os.environ.get("PLANNER_HYPOTHESIS", "quick"))

QT_FREE_TESTS = ["core", "store", "exchange", "test_cli.py"]  # what .ci/run's Qt-blocked pass runs
if os.environ.get("PLANNER_QT_FREE_DONE") == "1":
    collect_ignore.extend(QT_FREE_TESTS)


# -- real small disks, for the write-failure tests ------------------------------------
# We run as root, so chmod cannot stop a write. A 64 KiB tmpfs is a disk that fills
# up; a tmpfs mounted read-only is a folder nobody may write. Both need mount rights;
# without them the tests that use them are skipped (monkeypatched full-disk tests
# still run everywhere).


def _mounted(folder: Path, options: str) -> Iterator[Path]:
    folder.mkdir()
    try:
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True, check=False
        )
    except OSError as error:
        pytest.skip(f"cannot mount a tmpfs here: {error}")
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    yield from _mounted(tmp_path / "tiny", "size=64k")


@pytest.fixture
def read_only_disk(tmp_path: Path) -> Iterator[Path]:
    yield from _mounted(tmp_path / "readonly", "ro,size=64k")

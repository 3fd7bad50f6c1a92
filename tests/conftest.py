"""Shared test setup. With PLANNER_BLOCK_QT=1 PySide6 cannot be imported, which is how
CI proves that core, store and exchange work without Qt (DESIGN.md's layering)."""

from __future__ import annotations

import importlib.abc
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class _BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ImportError(f"{name} is blocked: this layer must work without Qt")
        return None


if os.environ.get("PLANNER_BLOCK_QT") == "1":
    sys.meta_path.insert(0, _BlockQt())
    collect_ignore = ["ui"]

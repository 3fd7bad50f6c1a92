"""Shared test setup. With PLANNER_BLOCK_QT=1 PySide6 cannot be imported, which is how
CI proves that core, store and exchange work without Qt (DESIGN.md's layering).

Hypothesis runs the "quick" profile unless PLANNER_HYPOTHESIS=thorough asks for the
long one (a nightly run, or before a release); tests that fix their own example
count keep it."""

from __future__ import annotations

import importlib.abc
import os
import sys

from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

settings.register_profile("quick", max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("PLANNER_HYPOTHESIS", "quick"))


class _BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ImportError(f"{name} is blocked: this layer must work without Qt")
        return None


if os.environ.get("PLANNER_BLOCK_QT") == "1":
    sys.meta_path.insert(0, _BlockQt())
    collect_ignore = ["ui"]

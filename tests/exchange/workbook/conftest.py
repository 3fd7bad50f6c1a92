"""The demo's workbook, written once per test module (writing it takes about a second)."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.core.schedule.loops import LoopBreaker
from planner.exchange.demo import demo_project
from planner.exchange.project_formats import export_project


@pytest.fixture(scope="module")
def demo_schedule():
    return LoopBreaker().schedule_first(demo_project())


@pytest.fixture(scope="module")
def demo_book(demo_schedule, tmp_path_factory) -> Path:
    return export_project(demo_schedule, tmp_path_factory.mktemp("book") / "portal.xlsx")

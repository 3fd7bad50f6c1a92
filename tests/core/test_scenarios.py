"""Scheduler scenarios: each tests/core/scenarios/*.sched file states a small project and its expected dates."""

from __future__ import annotations

from pathlib import Path

import pytest

from .scenario_loader import check, load, scenario_files


@pytest.mark.parametrize("path", scenario_files(), ids=lambda path: path.stem)
def test_scenario(path: Path) -> None:
    problems = check(load(path))
    assert not problems, "\n".join(["", *problems])


def test_there_are_scenarios() -> None:
    assert len(scenario_files()) >= 40

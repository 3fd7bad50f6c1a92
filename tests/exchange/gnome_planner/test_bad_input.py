"""A .planner file that does not hold together gets one clear line and nothing is written
(the cases every format shares, the bomb among them, are in tests/exchange/ganttproject)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from planner.cli import main
from planner.core.errors import InputError
from planner.exchange.project_formats import import_project

from .planner_files import planner_file
from .planner_files import task as planner_task

MISSING_PREDECESSOR = '<predecessors><predecessor id="1" predecessor-id="8" type="FS"/></predecessors>'
UNKNOWN_RESOURCE = '<allocation task-id="1" resource-id="4" units="100"/>'


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (planner_file(planner_task(1, "Build", inner=MISSING_PREDECESSOR)), "task id '8'"),
        (planner_file(planner_task(1, "Build", work_hours=-8)), "negative work"),
        (planner_file(planner_task(1, "Build", scheduling="fixed-duration", duration="-3600")), "negative duration"),
        (planner_file(planner_task(1, "Build", start="tomorrow", work_start="tomorrow")), "not a time"),
        (planner_file(planner_task(1, "Build"), allocations=UNKNOWN_RESOURCE), "resource id '4'"),
    ],
    ids=["missing task", "negative work", "negative duration", "bad time", "missing resource"],
)
def test_a_planner_file_that_does_not_hold_together_is_refused(text, expected, tmp_path, capsys) -> None:
    source = tmp_path / "plan.planner"
    source.write_text(text, encoding="utf-8")
    refused(source, expected, tmp_path, capsys)


def refused(source: Path, expected: str, folder: Path, capsys) -> None:
    with pytest.raises(InputError, match=re.escape(expected)):
        import_project(source)
    target = folder / "out.plandb"
    assert main(["import", str(source), "-o", str(target)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and expected in err[0], err
    assert not target.exists()
    assert sorted(p.name for p in folder.iterdir()) == [source.name]

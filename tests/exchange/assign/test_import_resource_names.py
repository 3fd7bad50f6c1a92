"""The task import's Resource Names, Work and Type columns (MS Project's export names)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from planner.core.model.entities import Resource, TaskType
from planner.exchange.task_assignments import add_assignments
from planner.exchange.task_import import read_task_sheet

START = datetime(2027, 1, 4, 8, 0)
SHEET = """ID,Name,Duration,Resource Names,Work,Type
1,Design,5d,Ana[50%];BC,,
2,Build,2d,Ana,40h,Fixed Units
3,Review,3d,Bo Chen;Ana,,Fixed Duration
4,Ship,1d,,,
"""


def sheet(tmp_path: Path, text: str = SHEET) -> Path:
    path = tmp_path / "tasks.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_names_that_are_no_resource_are_row_errors(tmp_path) -> None:
    result = read_task_sheet(sheet(tmp_path), start=START)
    assert [str(p) for p in result.problems] == [
        "row 2: Resource Names: no resources are called 'Ana', 'BC' (give the resource list with the tasks)",
        "row 3: Resource Names: no resource is called 'Ana' (give the resource list with the tasks)",
        "row 4: Resource Names: no resources are called 'Bo Chen', 'Ana' (give the resource list with the tasks)",
    ]


def test_bad_notation_work_and_type_are_reported_by_row(tmp_path) -> None:
    text = "ID,Name,Duration,Resource Names,Work,Type\n1,A,1d,Ana[abc%],,\n2,B,1d,,-3h,\n3,C,1d,,,Fixed Cost\n"
    problems = [str(p) for p in read_task_sheet(sheet(tmp_path, text), start=START).problems]
    assert problems[0] == "row 2: Ana: units 'abc%' are not a number; write e.g. Ana[50%]"
    assert problems[1] == "row 3: work '-3h' is negative; work cannot be less than no time"
    assert problems[2] == "row 4: 'Fixed Cost' is not a task type; choose Fixed Units, Fixed Work or Fixed Duration"


def test_with_the_resources_known_rows_are_assigned_and_work_sets_the_duration(tmp_path) -> None:
    result = read_task_sheet(sheet(tmp_path), start=START)
    project = result.project
    project.resources = {1: Resource(1, "Ana", initials="AN"), 2: Resource(2, "Bo Chen", initials="BC")}
    project.assignments.clear()
    rows = _rows_again(tmp_path)
    add_assignments(project, rows)
    assert not [r.problems for r in rows if r.problems]
    by_task = {}
    for a in project.assignments.values():
        by_task.setdefault(project.tasks[a.task_id].name, []).append((a.resource_id, a.units, a.work_minutes // 60))
    assert by_task == {
        "Design": [(1, 0.5, 20), (2, 1.0, 40)],
        "Build": [(1, 1.0, 40)],  # 40h of work at 100%: five days
        "Review": [(2, 1.0, 24), (1, 1.0, 24)],
    }
    build = next(t for t in project.tasks.values() if t.name == "Build")
    review = next(t for t in project.tasks.values() if t.name == "Review")
    assert build.duration.minutes == 5 * 480 and review.task_type == TaskType.FIXED_DURATION


def _rows_again(tmp_path: Path):
    from planner.exchange.sheet_read import read_sheet
    from planner.exchange.task_rows import map_columns, parse_row

    data = read_sheet(sheet(tmp_path))
    columns = map_columns(data)
    return [parse_row(number, cells, columns) for number, cells in data.rows]

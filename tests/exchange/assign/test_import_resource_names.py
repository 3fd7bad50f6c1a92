"""The task import's Resource Names, Work and Type columns (MS Project's export names)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from planner.core.model.entities import TaskType
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


RESOURCES = "Name,Type,Initials,Max Units\nAna,Work,AN,100%\nBo Chen,Work,BC,100%\n"


def team(tmp_path: Path) -> Path:
    path = tmp_path / "team.csv"
    path.write_text(RESOURCES, encoding="utf-8")
    return path


def test_with_a_resource_list_rows_are_assigned_and_work_sets_the_duration(tmp_path) -> None:
    result = read_task_sheet(sheet(tmp_path), start=START, resources=team(tmp_path))
    assert result.ok, result.problems
    project = result.project
    by_task: dict[str, list] = {}
    for a in sorted(project.assignments.values(), key=lambda a: a.id):
        name = project.resources[a.resource_id].name
        by_task.setdefault(project.tasks[a.task_id].name, []).append((name, a.units, a.work_minutes // 60))
    assert by_task == {
        "Design": [("Ana", 0.5, 20), ("Bo Chen", 1.0, 40)],
        "Build": [("Ana", 1.0, 40)],  # 40h of work at 100%: five days, not two
        "Review": [("Bo Chen", 1.0, 24), ("Ana", 1.0, 24)],
    }
    build = next(t for t in project.tasks.values() if t.name == "Build")
    review = next(t for t in project.tasks.values() if t.name == "Review")
    assert build.duration.minutes == 5 * 480 and review.task_type == TaskType.FIXED_DURATION


def test_a_name_not_in_the_resource_list_is_a_row_error(tmp_path) -> None:
    text = SHEET.replace("Bo Chen;Ana", "Bo Chen;Zoe")
    result = read_task_sheet(sheet(tmp_path, text), start=START, resources=team(tmp_path))
    assert [str(p) for p in result.problems] == [
        "row 4: Resource Names: no resource is called 'Zoe' in the resource list"
    ]


def test_without_a_resource_list_the_names_are_skipped_with_a_warning(tmp_path) -> None:
    result = read_task_sheet(sheet(tmp_path), start=START)
    assert result.ok and not result.project.assignments
    assert result.warnings[-1].startswith("column 'Resource Names' is not imported without a resource list")


def test_bad_notation_work_and_type_are_reported_by_row(tmp_path) -> None:
    text = "ID,Name,Duration,Resource Names,Work,Type\n1,A,1d,Ana[abc%],,\n2,B,1d,,-3h,\n3,C,1d,,,Fixed Cost\n"
    problems = [str(p) for p in read_task_sheet(sheet(tmp_path, text), start=START).problems]
    assert problems[0] == "row 2: Ana: units 'abc%' are not a number; write e.g. Ana[50%]"
    assert problems[1] == "row 3: work '-3h' is negative; work cannot be less than no time"
    assert problems[2] == "row 4: 'Fixed Cost' is not a task type; choose Fixed Units, Fixed Work or Fixed Duration"

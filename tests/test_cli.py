"""The `planner` command as a PM uses it: headless jobs, clear one-line errors, no Qt."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime

import pytest

from planner.cli import main
from planner.core.model.duration import Duration, Lag
from planner.core.model.entities import Link, LinkType, Task
from planner.core.model.factory import new_project
from planner.store.projectfile import ProjectFile


@pytest.fixture
def small_file(tmp_path):
    """Design (3d) -> Build (5d) -> Go-live, with Docs SS+2d on Build."""
    project = new_project("Small", datetime(2027, 1, 4, 8, 0))
    project.tasks[1] = Task(1, "Design", position=1, duration=Duration(3 * 480))
    project.tasks[2] = Task(2, "Build", position=2, duration=Duration(5 * 480))
    project.tasks[3] = Task(3, "Docs", position=3, duration=Duration(2 * 480))
    project.tasks[4] = Task(4, "Go-live", position=4, duration=Duration(0), milestone=True)
    project.links[1] = Link(1, 1, 2)
    project.links[2] = Link(2, 2, 3, LinkType.SS, Lag(960))
    project.links[3] = Link(3, 2, 4)
    project.links[4] = Link(4, 3, 4)
    path = tmp_path / "small.plandb"
    ProjectFile.create(path, project).close()
    return path


def test_schedule_json_has_the_documented_shape(small_file, capsys):
    assert main(["schedule", str(small_file), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["project"] == {
        "name": "Small",
        "start": "2027-01-04T08:00",
        "finish": "2027-01-13T17:00",
        "status_date": None,
    }
    build = next(t for t in document["tasks"] if t["id"] == 2)
    assert build["start"] == "2027-01-07T08:00"  # Design ends Wed 17:00
    assert build["finish"] == "2027-01-13T17:00"
    assert build["critical"] is True and build["total_float_hours"] == 0
    docs = next(t for t in document["tasks"] if t["id"] == 3)
    assert docs["start"] == "2027-01-11T08:00"  # two working days after Build starts, over the weekend
    assert docs["total_float_hours"] == 8 and docs["free_float_hours"] == 8  # Build runs one day longer
    keys = {"id", "wbs", "name", "outline_level", "summary", "milestone", "duration_hours", "start", "finish"}
    keys |= {"early_start", "early_finish", "late_start", "late_finish", "total_float_hours", "free_float_hours"}
    assert keys <= set(build) and build["critical"] in (True, False)


def test_schedule_table_marks_the_critical_path(small_file, capsys):
    assert main(["schedule", str(small_file)]) == 0
    out = capsys.readouterr().out
    build_line = next(line for line in out.splitlines() if "Build" in line)
    docs_line = next(line for line in out.splitlines() if "Docs" in line)
    assert "*" in build_line[:7] and "*" not in docs_line[:7]
    assert "Thu 2027-01-07 08:00" in build_line


def test_why_names_the_driving_link_and_criticality(small_file, capsys):
    assert main(["why", str(small_file), "3"]) == 0
    out = capsys.readouterr().out
    assert "driven by the link from task 2 'Build' (SS+2d)" in out
    assert "not critical" in out and "1d (total float)" in out
    assert main(["why", str(small_file), "2"]) == 0
    out = capsys.readouterr().out
    assert "It drives task 3 'Docs' (SS+2d); task 4 'Go-live' (FS)." in out and "It is critical" in out


def test_why_follows_a_summary_down_to_its_earliest_subtask_and_a_subtask_up_to_its_summary(tmp_path, capsys):
    """Sprint 1 has no links of its own: its earliest subtask, Backend, starts it. Polish has
    none either: its summary Sprint 2, linked after Sprint 1, starts it."""
    project = new_project("Sprints", datetime(2027, 1, 4, 8, 0))
    project.tasks[1] = Task(1, "Design", position=1, duration=Duration(2 * 480))
    project.tasks[2] = Task(2, "Sprint 1", position=2)
    project.tasks[3] = Task(3, "Backend", parent_id=2, position=1, duration=Duration(3 * 480))
    project.tasks[4] = Task(4, "Frontend", parent_id=2, position=2, duration=Duration(2 * 480))
    project.tasks[5] = Task(5, "Sprint 2", position=3)
    project.tasks[6] = Task(6, "Polish", parent_id=5, position=1, duration=Duration(480))
    project.links[1] = Link(1, 1, 3)
    project.links[2] = Link(2, 3, 4)
    project.links[3] = Link(3, 2, 5)
    path = tmp_path / "sprints.plandb"
    ProjectFile.create(path, project).close()
    assert main(["why", str(path), "2"]) == 0
    out = capsys.readouterr().out
    assert (
        "Its start is driven by its subtask 3 'Backend', which is driven by the link from task 1 'Design' (FS): "
        "it finishes Tue 2027-01-05 17:00." in out
    )
    assert "It is critical (total float 0d)" in out
    assert main(["why", str(path), "6"]) == 0
    out = capsys.readouterr().out
    assert (
        "Its start is driven by its summary task 5 'Sprint 2', which is driven by the link from task 2 'Sprint 1' "
        "(FS): it finishes Tue 2027-01-12 17:00." in out
    )


def test_new_creates_a_project_with_holidays(tmp_path, capsys):
    path = tmp_path / "p.plandb"
    assert main(["new", str(path), "--name", "Portal", "--start", "2027-01-04", "--country", "DE"]) == 0
    with ProjectFile.open(path) as file:
        project = file.load()
    assert project.name == "Portal" and project.start == datetime(2027, 1, 4, 8, 0)
    assert project.calendar.country == "DE"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["schedule", "{tmp}/missing.plandb"], "no such file"),
        (["schedule", "{tmp}/notes.plandb"], "not a Planner project file"),
        (["why", "{small}", "99"], "there is no task 99"),
        (["new", "{small}"], "exists already"),
        (["new", "{tmp}/x.plandb", "--country", "XX"], "no public holidays are known for country code 'XX'"),
    ],
)
def test_bad_input_is_one_line_with_exit_code_2(tmp_path, small_file, capsys, argv, message):
    (tmp_path / "notes.plandb").write_text("not a project")
    argv = [a.format(tmp=tmp_path, small=small_file) for a in argv]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err and "Traceback" not in err
    assert not (tmp_path / "x.plandb").exists()


def test_bad_arguments_exit_2(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["new", "x.plandb", "--start", "next tuesday"])
    assert stop.value.code == 2
    assert "is not a date" in capsys.readouterr().err


def test_headless_jobs_never_import_qt(small_file):
    code = (
        "import sys; from planner.cli import main; "
        f"main(['schedule', {str(small_file)!r}, '--json']); main(['why', {str(small_file)!r}, '2']); "
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))], 'Qt was imported'"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_python_dash_m_planner_works(small_file):
    result = subprocess.run(
        [sys.executable, "-m", "planner", "schedule", str(small_file)], capture_output=True, text=True
    )
    assert result.returncode == 0 and "Go-live" in result.stdout


def test_import_writes_a_project_that_schedules(tmp_path, capsys):
    sheet = tmp_path / "tasks.csv"
    sheet.write_text(
        "ID,Name,Duration,Predecessors,Outline Level\n1,Build,3 days,,1\n2,Test,2d,1FS+1 day,1\n3,Release,0 days,2,1\n"
    )
    output = tmp_path / "new.plandb"
    assert main(["import", str(sheet), "-o", str(output), "--start", "2027-01-07", "--holiday", "2027-01-12"]) == 0
    assert "imported 3 tasks and 2 links" in capsys.readouterr().out
    assert main(["schedule", str(output), "--json"]) == 0
    tasks = {t["id"]: t for t in json.loads(capsys.readouterr().out)["tasks"]}
    assert tasks[1]["finish"] == "2027-01-11T17:00"  # Thu, Fri, Mon
    assert tasks[2]["start"] == "2027-01-14T08:00"  # one day lag, then the holiday on Tuesday 12th
    assert tasks[3]["milestone"] and tasks[3]["start"] == "2027-01-15T17:00"


def test_import_refuses_a_bad_sheet_row_by_row_and_writes_nothing(tmp_path, capsys):
    sheet = tmp_path / "tasks.csv"
    sheet.write_text("ID,Name,Duration,Predecessors\n1,Build,3 dayz,,\n2,Test,2d,3\n3,Fix,1d,2\n4,Release,0d,9\n")
    output = tmp_path / "new.plandb"
    assert main(["import", str(sheet), "-o", str(output), "--start", "2027-01-04"]) == 2
    err = capsys.readouterr().err
    assert "row 2: duration '3 dayz'" in err
    assert "row 5: predecessor 9 is not a task in this sheet" in err
    assert "loop" in err and "row 3" in err and "row 4" in err
    assert err.strip().splitlines()[-1] == "planner: error: tasks.csv: 3 rows have problems"
    assert not output.exists()


def test_every_package_is_listed_in_pyproject():
    """setuptools is given an explicit package list (resources/ maps to planner.resources); a
    package missing from it would be missing from an installed Planner."""
    import tomllib
    from pathlib import Path

    root = Path(__file__).parent.parent
    listed = set(tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(root).parts) for p in (root / "planner").rglob("__init__.py")}
    assert found <= listed


@pytest.fixture
def renumbered_file(tmp_path):
    """Design, Build, Go-live in that row order, stored under Unique IDs 7, 3, 5 (as after inserts)."""
    project = new_project("Renumbered", datetime(2027, 1, 4, 8, 0))
    project.tasks[7] = Task(7, "Design", position=1, duration=Duration(3 * 480))
    project.tasks[3] = Task(3, "Build", position=2, duration=Duration(5 * 480))
    project.tasks[5] = Task(5, "Go-live", position=3, duration=Duration(0), milestone=True)
    project.links[1] = Link(1, 7, 3)
    project.links[2] = Link(2, 3, 5)
    path = tmp_path / "renumbered.plandb"
    ProjectFile.create(path, project).close()
    return path


def test_schedule_json_gives_the_row_id_and_the_unique_id(renumbered_file, capsys):
    assert main(["schedule", str(renumbered_file), "--json"]) == 0
    tasks = json.loads(capsys.readouterr().out)["tasks"]
    assert [(t["id"], t["uid"], t["name"]) for t in tasks] == [(1, 7, "Design"), (2, 3, "Build"), (3, 5, "Go-live")]


def test_the_schedule_table_shows_row_ids(renumbered_file, capsys):
    assert main(["schedule", str(renumbered_file)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0].rstrip("*!") for line in lines if "Design" in line or "Go-live" in line] == ["1", "3"]


def test_why_takes_the_row_id_and_names_tasks_by_it(renumbered_file, capsys):
    assert main(["why", str(renumbered_file), "2"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Task 2 'Build' starts Thu 2027-01-07 08:00")
    assert "driven by the link from task 1 'Design' (FS)" in out and "It drives task 3 'Go-live' (FS)." in out
    assert main(["why", str(renumbered_file), "5"]) == 2
    assert capsys.readouterr().err.strip().endswith("there is no task 5 (the IDs go from 1 to 3)")


def test_new_takes_the_dates_the_table_takes(tmp_path, capsys):
    for typed in ("3/15/27", "Mon 2027-03-15", "2027-03-15"):
        target = tmp_path / f"{typed.replace('/', '-').replace(' ', '_')}.plandb"
        assert main(["new", str(target), "--start", typed]) == 0
        assert "starting 2027-03-15" in capsys.readouterr().out

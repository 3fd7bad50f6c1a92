"""`planner info` and `planner set`: Project Information without the window."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime

import pytest

from planner.cli import main
from planner.core.model.duration import Duration
from planner.core.model.entities import Task
from planner.core.model.factory import new_project
from planner.store.projectfile import ProjectFile


@pytest.fixture
def plan(tmp_path):
    project = new_project("Portal", datetime(2027, 1, 4, 8, 0))
    project.tasks[1] = Task(1, "Build", position=1, duration=Duration(5 * 480))
    path = tmp_path / "portal.plandb"
    ProjectFile.create(path, project).close()
    return path


def info(path, capsys) -> dict:
    assert main(["info", str(path), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_info_prints_the_settings_as_json_and_as_lines(plan, capsys):
    assert info(plan, capsys) == {
        "name": "Portal",
        "start": "2027-01-04T08:00",
        "status_date": None,
        "calendar": "Standard",
        "currency": "EUR",
        "minutes_per_day": 480,
        "minutes_per_week": 2400,
    }
    assert main(["info", str(plan)]) == 0
    out = capsys.readouterr().out
    assert "Start:          Mon 2027-01-04 08:00" in out and "Status date:    NA" in out
    assert "Hours per day:  8" in out


def test_set_changes_the_file_through_the_same_checks(plan, capsys):
    argv = ["set", str(plan), "--name", "Portal v2", "--start", "Mon 3/1/27", "--status-date", "3/5/27"]
    assert main([*argv, "--currency", "USD", "--hours-per-day", "7.5"]) == 0
    assert "changed name, start, status date, currency, hours per day/week" in capsys.readouterr().out
    assert info(plan, capsys) == {
        "name": "Portal v2",
        "start": "2027-03-01T08:00",
        "status_date": "2027-03-05T17:00",
        "calendar": "Standard",
        "currency": "USD",
        "minutes_per_day": 450,
        "minutes_per_week": 2400,
    }
    assert main(["set", str(plan), "--status-date", "none"]) == 0
    assert "changed status date" in capsys.readouterr().out
    assert info(plan, capsys)["status_date"] is None


def test_set_with_nothing_different_changes_nothing(plan, capsys):
    assert main(["set", str(plan), "--name", "Portal"]) == 0
    assert "nothing to change" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--hours-per-day", "30"], "hours per day must be between 1 and 24, not 30"),
        (["--start", "Tue 2027-03-01"], "is a Monday, not a Tuesday"),
        (["--status-date", "2026-12-01"], "is before the project start"),
        (["--name", " "], "a project needs a name"),
    ],
)
def test_a_refusal_is_one_line_exit_2_and_the_file_keeps_everything(plan, capsys, argv, message):
    assert main(["set", str(plan), "--currency", "USD", *argv]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err and "Traceback" not in err
    assert info(plan, capsys)["currency"] == "EUR"


def test_info_and_set_never_import_qt(plan):
    code = (
        "import sys; from planner.cli import main; "
        f"main(['set', {str(plan)!r}, '--currency', 'USD']); main(['info', {str(plan)!r}, '--json']); "
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))], 'Qt was imported'"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert '"currency": "USD"' in result.stdout


def test_track_marks_tasks_on_track_up_to_the_status_date(plan, capsys):
    assert main(["track", str(plan)]) == 2
    assert "set one first" in capsys.readouterr().err
    assert main(["set", str(plan), "--status-date", "Wed 2027-01-06"]) == 0
    assert main(["track", str(plan), "1"]) == 0
    assert "1 task marked on track" in capsys.readouterr().out
    with ProjectFile.open(plan, writable=False) as file:
        build = file.load().tasks[1]
    assert (build.percent_complete, build.actual_start) == (60.0, datetime(2027, 1, 4, 8, 0))  # 3 of 5 days
    assert main(["track", str(plan), "7"]) == 2
    assert "there is no task 7 (the IDs go from 1 to 1)" in capsys.readouterr().err


def test_working_time_changes_the_calendar_and_moves_the_schedule(plan, capsys):
    argv = ["working-time", str(plan), "--day", "Fri=08:00-12:00", "--exception", "Shutdown", "1/6/27", "2027-01-07"]
    assert main([*argv, "--country", "de"]) == 0
    out = capsys.readouterr().out
    assert "Friday:    08:00-12:00" in out and "Holidays:  DE" in out
    assert "Exception: Shutdown, Wed 2027-01-06 to Thu 2027-01-07: non-working" in out
    assert main(["working-time", str(plan), "--json"]) == 0
    calendar = json.loads(capsys.readouterr().out)
    assert calendar["exceptions"] == [{"name": "Shutdown", "start": "2027-01-06", "finish": "2027-01-07", "hours": ""}]
    assert main(["schedule", str(plan), "--json"]) == 0
    build = json.loads(capsys.readouterr().out)["tasks"][0]
    assert build["finish"].startswith("2027-01-13T12:00")  # Mon, Tue, Fri half, Mon, Tue, Wed morning: 5 days


def test_working_time_refusals_are_one_line(plan, capsys):
    assert main(["working-time", str(plan), "--day", "Mon=8-12,11-17"]) == 2
    err = capsys.readouterr().err
    assert err == "planner: error: Monday: the working hours 08:00-12:00, 11:00-17:00 overlap\n"
    assert main(["working-time", str(plan), "--exception", "Trip"]) == 2
    assert "--exception takes NAME START" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stop:
        main(["working-time", str(plan), "--day", "Someday=8-12"])
    assert stop.value.code == 2

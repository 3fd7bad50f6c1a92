"""Every way MS Project (or a PM in Excel) writes a duration, a predecessor, a date or a constraint."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from planner.core.model.duration import Duration, Lag
from planner.core.model.entities import CONSTRAINT_LABELS, ConstraintType, LinkType
from planner.exchange.task_import import import_tasks

START = datetime(2027, 1, 4, 8, 0)


def write_csv(folder: Path, text: str, name: str = "tasks.csv") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def one_task(folder: Path, header: str, values: str):
    """The task of a one-row sheet `Name,<header>` / `Task,<values>`."""
    project = import_tasks(write_csv(folder, f"Name,{header}\nTask,{values}\n"), start=START)
    return project.tasks[1]


@pytest.mark.parametrize(
    ("cell", "duration"),
    [
        ("3 days", Duration(1440)),
        ("4 hrs", Duration(240)),
        ("2 wks", Duration(4800)),
        ("30 mins", Duration(30)),
        ("3 edays", Duration(3 * 1440, elapsed=True)),
        ("3d", Duration(1440)),
        ("1 day?", Duration(480)),  # MS Project marks an estimate with ?
        ("2.5", Duration(1200)),  # a bare number is in days
        ("0 days", Duration(0)),
    ],
)
def test_duration_forms(tmp_path, cell, duration) -> None:
    task = one_task(tmp_path, "Duration", cell)
    assert task.duration == duration
    assert task.milestone == (duration.minutes == 0)


PREDECESSOR_SHEET = "ID,Name\n" + "".join(f"{n},T{n}\n" for n in range(1, 10))


@pytest.mark.parametrize(
    ("cell", "links"),
    [
        ("3", [(3, LinkType.FS, Lag())]),
        ("3FS+2 days", [(3, LinkType.FS, Lag(960))]),
        ("5SS", [(5, LinkType.SS, Lag())]),
        ("7FF-1d", [(7, LinkType.FF, Lag(-480))]),
        ("9SF+3 edays", [(9, LinkType.SF, Lag(3 * 1440, "em"))]),
        ("4FS+50%", [(4, LinkType.FS, Lag(50, "%"))]),
        ('"3,5SS"', [(3, LinkType.FS, Lag()), (5, LinkType.SS, Lag())]),
        ("3;5SS;7ff", [(3, LinkType.FS, Lag()), (5, LinkType.SS, Lag()), (7, LinkType.FF, Lag())]),
    ],
)
def test_predecessor_forms(tmp_path, cell, links) -> None:
    path = write_csv(tmp_path, PREDECESSOR_SHEET.replace("ID,Name", "ID,Name,Predecessors") + f"10,Last,{cell}\n")
    project = import_tasks(path, start=START)
    assert [(k.predecessor_id, k.type, k.lag) for k in project.links.values() if k.successor_id == 10] == links


@pytest.mark.parametrize(
    ("cell", "moment"),
    [
        ("Mon 1/4/27 8:00 AM", datetime(2027, 1, 4, 8, 0)),
        ("Mon 1/4/27 1:30 PM", datetime(2027, 1, 4, 13, 30)),
        ("1/4/2027", datetime(2027, 1, 4, 8, 0)),
        ("1/4/27 17:00", datetime(2027, 1, 4, 17, 0)),
        ('"January 4, 2027"', datetime(2027, 1, 4, 8, 0)),
        ('"Monday, January 4, 2027 10:00 AM"', datetime(2027, 1, 4, 10, 0)),
        ("4 Jan 2027", datetime(2027, 1, 4, 8, 0)),
        ("2027-01-04", datetime(2027, 1, 4, 8, 0)),
        ("2027-01-04T09:15", datetime(2027, 1, 4, 9, 15)),
        ("2027-01-04 09:15:00", datetime(2027, 1, 4, 9, 15)),
    ],
)
def test_start_date_forms_set_the_project_start(tmp_path, cell, moment) -> None:
    project = import_tasks(write_csv(tmp_path, f"Name,Start\nTask,{cell}\n"))
    assert project.start == moment


def test_a_date_without_a_time_is_08_00_for_a_start_and_17_00_for_a_finish(tmp_path) -> None:
    header = "Constraint Type,Constraint Date,Deadline"
    start_type = one_task(tmp_path, header, "Must Start On,1/8/2027,1/8/2027")
    finish_type = one_task(tmp_path, header, "Must Finish On,1/8/2027,NA")
    assert start_type.constraint_date == datetime(2027, 1, 8, 8, 0)
    assert start_type.deadline == datetime(2027, 1, 8, 17, 0)
    assert finish_type.constraint_date == datetime(2027, 1, 8, 17, 0)
    assert finish_type.deadline is None  # MS Project writes NA for no date


@pytest.mark.parametrize("kind", list(ConstraintType))
def test_constraint_types_by_ms_project_name_and_short_code(tmp_path, kind) -> None:
    date_cell = "1/8/2027" if kind.needs_date else "NA"
    assert one_task(tmp_path, "Constraint Type,Constraint Date", f"{kind.label},{date_cell}").constraint_type is kind
    code = kind.value.lower()
    assert one_task(tmp_path, "Constraint Type,Constraint Date", f"{code},{date_cell}").constraint_type is kind


def test_constraint_names_ignore_case_and_spacing(tmp_path) -> None:
    task = one_task(tmp_path, "Constraint Type,Constraint Date", "  start no EARLIER  than ,1/8/2027")
    assert task.constraint_type is ConstraintType.SNET
    assert CONSTRAINT_LABELS[task.constraint_type] == "Start No Earlier Than"


def test_a_constraint_date_with_as_soon_as_possible_is_ignored_with_a_warning(tmp_path) -> None:
    from planner.exchange.task_import import read_task_sheet

    path = write_csv(tmp_path, "Name,Constraint Type,Constraint Date\nTask,As Soon As Possible,1/8/2027\n")
    result = read_task_sheet(path, start=START)
    assert result.ok and result.project.tasks[1].constraint_date is None
    assert result.warnings == ["row 2: Constraint Date ignored: 'As Soon As Possible' takes no date"]


@pytest.mark.parametrize(("cell", "percent"), [("50%", 50), ("50", 50), ("0", 0), ("100%", 100), ("", 0)])
def test_percent_complete_forms(tmp_path, cell, percent) -> None:
    assert one_task(tmp_path, "% Complete", cell).percent_complete == percent


@pytest.mark.parametrize(("cell", "priority"), [("", 500), ("0", 0), ("1", 1), ("1000", 1000), ("700", 700)])
def test_priority(tmp_path, cell, priority) -> None:
    assert one_task(tmp_path, "Priority", cell).priority == priority


def test_headers_match_whatever_the_case_and_spacing(tmp_path) -> None:
    path = write_csv(tmp_path, " id ,TASK NAME,duration,  Outline   level ,percent complete\n7,Build,2d,1,25\n")
    task = import_tasks(path, start=START).tasks[1]  # the first row, whatever the sheet numbered it
    assert (task.name, task.duration, task.percent_complete) == ("Build", Duration(960), 25)

"""The team's fields and resource calendars survive a reopen; older files migrate; bad rows are refused."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from planner.core.model.entities import Calendar, CalendarException, Resource
from planner.core.model.factory import new_project
from planner.store.errors import BadData
from planner.store.projectfile import ProjectFile
from planner.store.schema import known_migrations

SAMPLES = Path(__file__).parents[1] / "samples"
MON_THU = ((((480, 720), (780, 1020)),) * 4) + ((), (), ())


def team_file(path: Path) -> Path:
    """Ana (developer, €400/d, Mon-Thu on the standard calendar) and Bo (off 1-12 March)."""
    project = new_project("Team", datetime(2027, 1, 4, 8, 0))
    project.calendars[2] = Calendar(2, "Ana", week=MON_THU, base_id=1)
    vacation = CalendarException(date(2027, 3, 1), date(2027, 3, 12), "Vacation")
    project.calendars[3] = Calendar(3, "Bo", exceptions=[vacation], base_id=1, inherits_week=True)
    project.resources[1] = Resource(
        1,
        "Ana",
        standard_rate=50.0,
        standard_rate_unit="d",
        overtime_rate=75.0,
        calendar_id=2,
        group="Development",
        role="Developer",
        notes="Backend lead",
        accrue_at="end",
    )
    project.resources[2] = Resource(2, "Bo", calendar_id=3, group="QA", role="Tester")
    project.resources[3] = Resource(3, "Licences", kind="material", material_label="seat", standard_rate=120.0)
    ProjectFile.create(path, project).close()
    return path


def test_the_team_survives_a_reopen(tmp_path):
    path = team_file(tmp_path / "team.plandb")
    with ProjectFile.open(path) as file:
        project = file.load()
    ana, bo, licences = project.resources[1], project.resources[2], project.resources[3]
    assert (ana.group, ana.role, ana.notes, ana.standard_rate, ana.standard_rate_unit) == (
        "Development",
        "Developer",
        "Backend lead",
        50.0,
        "d",
    )
    assert (ana.overtime_rate_unit, ana.accrue_at, bo.accrue_at) == ("h", "end", "prorated")
    assert licences.material_label == "seat"
    assert project.calendars[2].week == MON_THU and project.calendars[2].base_id == 1
    assert project.calendars[3].inherits_week and project.calendars[3].exceptions[0].name == "Vacation"


def test_a_schema_3_file_migrates_and_its_resources_get_the_defaults(tmp_path):
    path = tmp_path / "old.plandb"
    shutil.copy(SAMPLES / "schema-3.plandb", path)
    with ProjectFile.open(path) as file:
        project = file.load()
    assert project.resources, "the demo sample has a team"
    for resource in project.resources.values():
        assert (resource.group, resource.standard_rate_unit, resource.accrue_at) == ("", "h", "prorated")
    assert all(c.base_id is None and not c.inherits_week for c in project.calendars.values())
    connection = sqlite3.connect(path)
    names = [n for (n,) in connection.execute("SELECT name FROM _sqlite_migrations")]
    connection.close()
    assert "0004_team" in names and names == known_migrations()


def test_a_schema_3_file_read_without_migrating_has_the_defaults(tmp_path):
    path = tmp_path / "old.plandb"
    shutil.copy(SAMPLES / "schema-3.plandb", path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with ProjectFile.open(path, writable=False) as file:
        project = file.load()
    assert {r.accrue_at for r in project.resources.values()} == {"prorated"}
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


REFUSED = {
    "negative rate": ("UPDATE resources SET standard_rate = -5 WHERE id = 1", "resource 1: standard rate -5 is not"),
    "bad rate unit": (
        "UPDATE resources SET standard_rate_unit = 'day' WHERE id = 1",
        "resource 1: standard rate unit 'day' is not one of h, d, w, mo, y",
    ),
    "bad overtime unit": (
        "UPDATE resources SET overtime_rate_unit = 'x' WHERE id = 2",
        "resource 2: overtime rate unit 'x' is not one of h, d, w, mo, y",
    ),
    "max units 0": ("UPDATE resources SET max_units = 0 WHERE id = 1", "resource 1: max units 0 is not above 0"),
    "max units below 0": ("UPDATE resources SET max_units = -1 WHERE id = 2", "resource 2: max units -1 is not"),
    "bad accrual": (
        "UPDATE resources SET accrue_at = 'later' WHERE id = 1",
        "resource 1: accrue at 'later' is not one of start, prorated, end",
    ),
    "blob as group": ("UPDATE resources SET group_name = X'4142' WHERE id = 1", "resource 1: group b'AB' is not text"),
    "own base": ("UPDATE calendars SET base_id = 2 WHERE id = 2", "calendar 2: its base calendar is itself"),
    "missing base": ("UPDATE calendars SET base_id = 9 WHERE id = 2", "calendar 2: base calendar 9 does not exist"),
    "inherits week 2": ("UPDATE calendars SET inherits_week = 2 WHERE id = 3", "calendar 3: inherits week 2 is not"),
}


@pytest.mark.parametrize(("statement", "message"), REFUSED.values(), ids=REFUSED.keys())
def test_a_bad_team_row_is_refused_in_one_line(tmp_path, statement, message):
    path = team_file(tmp_path / "bad.plandb")
    connection = sqlite3.connect(path)
    connection.execute(statement)
    connection.commit()
    connection.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with ProjectFile.open(path) as file, pytest.raises(BadData) as refused:
        file.load()
    assert str(refused.value).startswith(f"{path}: {message}")
    assert "\n" not in str(refused.value)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_a_base_calendar_in_use_cannot_be_deleted(tmp_path):
    from planner.core.edits.cascade import deletion
    from planner.core.errors import InputError

    path = team_file(tmp_path / "team.plandb")
    with ProjectFile.open(path) as file:
        project = file.load()
    project.calendars[4] = Calendar(4, "Night shift")
    project.calendars[2].base_id = 4
    with pytest.raises(InputError, match="calendar 4 cannot be deleted: calendar 2 uses it as its base calendar"):
        deletion(project, "calendars", {4})

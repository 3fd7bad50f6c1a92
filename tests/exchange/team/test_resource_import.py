"""A resource list in MS Project's export columns: a file of its own or the workbook's Resources sheet."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from planner.cli import main
from planner.core.errors import InputError
from planner.core.team.rates import RATE_HINT
from planner.exchange.task_import import SheetError, import_tasks, read_task_sheet
from planner.store.projectfile import ProjectFile

TASKS = "ID,Name,Duration,Predecessors\n1,Design,3d,\n2,Build,5d,1\n"
HEADER = "Name,Type,Initials,Group,Max Units,Std. Rate,Ovt. Rate,Cost/Use,Base Calendar,Email\n"
TEAM = HEADER + (
    "Ana Costa,Work,AC,Development,100%,€50.00/hr,€75.00/hr,€0.00,Standard,ana@example.com\n"
    "Bo Berg,Work,BB,QA,50%,$400.00/day,$0.00/hr,$0.00,Standard,\n"
    "Licences,Material,LI,,,120,,,,\n"
    "Vendor fee,Cost,VF,Vendor,,,,€250.00,,\n"
)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_a_resource_list_joins_the_task_import(tmp_path):
    project = import_tasks(write(tmp_path / "tasks.csv", TASKS), resources=write(tmp_path / "team.csv", TEAM))
    ana, bo, licences, fee = project.resources.values()
    assert (ana.name, ana.initials, ana.group, ana.standard_rate, ana.overtime_rate) == (
        "Ana Costa", "AC", "Development", 50.0, 75.0,
    )  # fmt: skip
    assert (bo.max_units, bo.standard_rate, bo.standard_rate_unit) == (0.5, 50.0, "d")
    assert (licences.kind, licences.standard_rate, fee.kind, fee.cost_per_use) == ("material", 120.0, "cost", 250.0)
    assert ana.email == "ana@example.com" and ana.calendar_id is None


def test_bad_rows_are_reported_by_row_number_and_nothing_is_built(tmp_path):
    team = HEADER + ("Ana,Work,A,,0%,50,,,,\nBo,Robot,B,,,-5/h,,,,\nana,Work,A2,,,10/fortnight,,,Night shift,bo@\n")
    with pytest.raises(SheetError) as refused:
        import_tasks(write(tmp_path / "tasks.csv", TASKS), resources=write(tmp_path / "team.csv", team))
    assert [str(p) for p in refused.value.problems] == [
        "team.csv row 2: max units must be above 0% (100% is one full-time person)",
        "team.csv row 3: type 'Robot' is not one of Work, Material, Cost",
        "team.csv row 3: standard rate cannot be negative",
        "team.csv row 4: the name is on row 2 already",
        "team.csv row 4: 'bo@' is not an e-mail address like ana@example.com",
        "team.csv row 4: there is no calendar named 'Night shift'; the calendars are Standard",
        "team.csv row 4: standard rate: 'fortnight' is not a rate unit; " + RATE_HINT,
    ]
    assert str(refused.value) == "tasks.csv: 3 rows have problems"


def test_the_workbooks_resources_sheet_is_read_with_its_tasks(tmp_path):
    book = Workbook()
    tasks = book.active
    tasks.title = "Task_Table1"
    for row in (["ID", "Name", "Duration"], [1, "Design", "3d"]):
        tasks.append(row)
    sheet = book.create_sheet("Resource_Table1")
    sheet.append(["ID", "Name", "Type", "Max Units", "Std. Rate"])
    sheet.append([1, "Ana", "Work", 0.5, "€60.00/hr"])
    sheet.cell(2, 4).number_format = "0%"
    sheet.append([2, "Bo", "Work", 1, "€-1.00/hr"])
    sheet.cell(3, 4).number_format = "0%"
    book.save(tmp_path / "plan.xlsx")
    result = read_task_sheet(tmp_path / "plan.xlsx")
    assert [str(p) for p in result.problems] == ["Resources row 3: standard rate cannot be negative"]
    assert [(r.name, r.max_units) for r in result.project.resources.values()] == [("Ana", 0.5)]
    assert result.project.tasks[1].name == "Design"  # the Resources sheet is not read as tasks


def test_a_resource_list_without_names_is_refused_whole(tmp_path):
    with pytest.raises(InputError, match=r"team\.csv has no Name column"):
        import_tasks(write(tmp_path / "tasks.csv", TASKS), resources=write(tmp_path / "team.csv", "Initials\nAC\n"))


def test_planner_import_resources_writes_the_team_or_nothing(tmp_path, capsys):
    tasks, team = write(tmp_path / "tasks.csv", TASKS), write(tmp_path / "team.csv", TEAM)
    out = tmp_path / "plan.plandb"
    assert main(["import", str(tasks), "--resources", str(team), "-o", str(out)]) == 0
    assert "imported 2 tasks, 4 resources and 1 links" in capsys.readouterr().out
    with ProjectFile.open(out) as file:
        assert [r.name for r in file.load().resources.values()] == ["Ana Costa", "Bo Berg", "Licences", "Vendor fee"]
    bad = write(tmp_path / "bad.csv", HEADER + "Ana,Work,A,,-10%,,,,,\n")
    again = tmp_path / "again.plandb"
    assert main(["import", str(tasks), "--resources", str(bad), "-o", str(again)]) == 2
    err = capsys.readouterr().err
    assert "bad.csv row 2: max units must be above 0%" in err and "Traceback" not in err
    assert not again.exists()


def test_the_resource_list_is_read_before_the_tasks_resource_names(tmp_path):
    tasks = write(
        tmp_path / "tasks.csv", "ID,Name,Duration,Resource Names\n1,Design,3d,Ana Costa\n2,Test,2d,Bo Berg[50%]\n"
    )
    project = import_tasks(tasks, resources=write(tmp_path / "team.csv", TEAM))
    named = {
        project.tasks[a.task_id].name: (project.resources[a.resource_id].name, a.units)
        for a in project.assignments.values()
    }
    assert named == {"Design": ("Ana Costa", 1.0), "Test": ("Bo Berg", 0.5)}

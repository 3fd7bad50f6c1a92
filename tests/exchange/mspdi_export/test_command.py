"""`planner export FILE -o PLAN.xml`: the file, the report on stderr, and bad input in one line."""

from __future__ import annotations

from pathlib import Path
from xml.etree.ElementTree import parse

import pytest

from planner.cli import main
from planner.core.errors import Cancelled
from planner.exchange import project_formats
from planner.exchange.mspdi_export import not_carried
from planner.store.projectfile import ProjectFile

from .projects import NS, sampler, scheduled


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "sampler.plandb"
    ProjectFile.create(path, sampler()).close()
    return path


def test_planner_export_writes_ms_project_xml(plan, tmp_path, capsys) -> None:
    target = tmp_path / "sampler.xml"
    assert main(["export", str(plan), "-o", str(target)]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == f"exported {plan} to {target}"
    assert err == ""  # the sampler holds nothing MS Project XML cannot
    root = parse(target).getroot()
    assert root.tag == "{http://schemas.microsoft.com/project}Project"
    assert root.findtext("p:Title", namespaces=NS) == "Sampler"
    assert len(root.findall("p:Tasks/p:Task", NS)) == 7
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sampler.plandb", "sampler.xml"]


def test_what_the_file_cannot_hold_goes_to_stderr(tmp_path, capsys) -> None:
    path = tmp_path / "demo.plandb"
    assert main(["demo", str(path)]) == 0
    capsys.readouterr()
    assert main(["export", str(path), "-o", str(tmp_path / "demo.xml")]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err and all(line.startswith("not carried: ") for line in err)
    assert err[0].startswith("not carried: MS Project XML has no place for 11 skills")
    assert "16 risks" in err[0] and "1 saved Monte Carlo simulation" in err[0]
    assert "rows of table" not in err[0]  # every table is named as a PM would name it
    assert "19 defects" in err[0] and "6 lessons" in err[0]  # registers by their own names
    assert "10 stakeholders, 8 communications" in err[0]  # a register names its own rows
    assert "3 meetings, 7 decisions, 9 action items" in err[0]  # the registers by their own names


def test_a_missing_folder_is_one_line_and_nothing_is_written(plan, tmp_path, capsys) -> None:
    assert main(["export", str(plan), "-o", str(tmp_path / "nowhere" / "plan.xml")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "there is no such folder" in err[0]


def test_a_cancelled_export_leaves_no_file(tmp_path) -> None:
    target = tmp_path / "plan.xml"
    target.write_text("last week's plan")
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 1  # the user cancels once the calendars are written

    with pytest.raises(Cancelled):
        project_formats.export_project(scheduled(sampler()), target, cancelled=cancelled)
    assert target.read_text() == "last week's plan"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.xml"]


def test_a_table_the_export_does_not_know_is_named_not_dropped(monkeypatch) -> None:
    project = sampler()
    project.future_rows = {1: object(), 2: object()}  # a table a later Planner adds
    monkeypatch.setattr(not_carried, "TABLE_NAMES", (*not_carried.TABLE_NAMES, "future_rows"))
    lines = not_carried.not_carried(scheduled(project), {})
    assert lines == ["MS Project XML has no place for 2 rows of table future_rows"]

"""Choosing a format by suffix, and an export that is all or nothing."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from planner.cli import main
from planner.core.errors import Cancelled
from planner.core.model.factory import new_project
from planner.core.schedule.loops import LoopBreaker
from planner.exchange import project_formats
from planner.exchange.project_formats import Format, UnknownFormat, export_project, import_project
from planner.store.projectfile import ProjectFile

WRITTEN: list[Path] = []


def write_then_stop(_schedule, target: Path, steps) -> None:
    """A test exporter: writes half a file, then the user cancels."""
    target.write_text("half a file")
    WRITTEN.append(target)
    raise Cancelled("Exporting cancelled; nothing was written")


def write_all(_schedule, target: Path, steps) -> None:
    target.write_text("the whole file")
    steps.at(1.0)


@pytest.fixture
def schedule():
    return LoopBreaker().schedule_first(new_project("Formats", datetime(2027, 1, 4, 8, 0)))


@pytest.fixture
def formats(monkeypatch):
    here = f"{__name__}"
    monkeypatch.setattr(
        project_formats,
        "EXPORTERS",
        (Format(".half", "Half file", f"{here}:write_then_stop"), Format(".whole", "Whole file", f"{here}:write_all")),
    )


def test_an_unknown_suffix_is_refused_naming_what_is_possible(schedule, formats, tmp_path) -> None:
    with pytest.raises(UnknownFormat, match=r"plan\.doc: Planner cannot export to \.doc; it can export to \.half"):
        export_project(schedule, tmp_path / "plan.doc")
    assert not (tmp_path / "plan.doc").exists()


def test_a_cancelled_export_leaves_no_file_and_the_old_one_untouched(schedule, formats, tmp_path) -> None:
    target = tmp_path / "report.half"
    target.write_text("last week's report")
    with pytest.raises(Cancelled):
        export_project(schedule, target)
    assert target.read_text() == "last week's report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.half"]


def test_a_finished_export_replaces_the_target(schedule, formats, tmp_path) -> None:
    target = tmp_path / "report.whole"
    target.write_text("old")
    seen: list[tuple[int, int]] = []
    assert export_project(schedule, target, lambda done, total: seen.append((done, total))) == target
    assert target.read_text() == "the whole file"
    assert seen[-1] == (1000, 1000)


def test_importing_a_missing_file_says_so(monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(project_formats, "IMPORTERS", (Format(".xml", "MS Project XML", "json:loads"),))
    with pytest.raises(project_formats.InputError, match="there is no such file"):
        import_project(tmp_path / "absent.xml")


def test_planner_export_to_an_unknown_format_is_one_line(tmp_path, capsys) -> None:
    path = tmp_path / "p.plandb"
    ProjectFile.create(path, new_project("P", datetime(2027, 1, 4, 8, 0))).close()
    assert main(["export", str(path), "-o", str(tmp_path / "p.doc")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "cannot export to .doc" in err[0]
    assert not (tmp_path / "p.doc").exists()

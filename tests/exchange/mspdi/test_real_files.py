"""End to end on files MS Project saved (../shared/data/mspdi; skipped where the folder is absent)."""

from __future__ import annotations

import pytest

from planner.cli import main
from planner.exchange.mspdi.fidelity import file_fidelity, shared_data
from planner.exchange.mspdi.reader import read_mspdi
from planner.store.projectfile import ProjectFile

DATA = shared_data()
pytestmark = pytest.mark.skipif(DATA is None, reason="no ../shared/data/mspdi beside the repository")
MPXJ = (DATA / "mspdi" / "joniles-mpxj") if DATA else None


@pytest.mark.parametrize(
    "name",
    [
        "generated/task-links/task-links-project2003-mspdi.xml",
        "generated/task-links/task-links-project2007-mspdi.xml",
        "generated/task-durations/task-durations-project2010-mspdi.xml",
        "generated/task-baselines/task-baselines-project2002-mspdi.xml",
        "legacy/caltest.xml",
        "mspditimephased.xml",
    ],
)
def test_ms_projects_dates_are_kept_in_files_of_every_version(name) -> None:
    fidelity = file_fidelity(MPXJ / name)
    assert fidelity.compared > 0
    assert fidelity.differences == []


def test_the_relations_sample_carries_its_links_and_lags() -> None:
    project = read_mspdi(MPXJ / "mspdirelations.xml").project
    assert len(project.tasks) == 5
    assert sorted(link.type.value for link in project.links.values()) == ["FF", "FS", "SF", "SS"]


def test_the_command_line_import_writes_a_file_that_reopens_and_reports_what_it_left(tmp_path, capsys) -> None:
    target = tmp_path / "resource.plandb"
    assert main(["import", str(MPXJ / "mspdiresource.xml"), "-o", str(target)]) == 0
    out, err = capsys.readouterr()
    assert "imported 3 tasks, 4 resources" in out
    assert "not carried: 1 assignment has a work contour (not carried; flat work is used)" in err.splitlines()
    with ProjectFile.open(target, writable=False) as file:
        project = file.load()
    assert {r.name for r in project.resources.values()} == {"Wade Golden", "Jon Iles", "Brian Leach", "Concrete"}
    assert any(c.name == "Night Shift" for c in project.calendars.values())

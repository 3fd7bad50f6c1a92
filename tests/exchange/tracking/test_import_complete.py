"""`planner import-progress`: a row reported 100% with no actual finish gets its scheduled finish
as actual finish, and its scheduled start as actual start when it had none (MS Project's rule;
before, the task came back 100% with its actual finish empty)."""

from __future__ import annotations

import json

import pytest

from planner.cli import main
from planner.core.schedule.engine import schedule
from planner.exchange.demo import demo_project
from planner.store.projectfile import ProjectFile
from tests.exchange.progress.sheets import row_of, schedule_sheet, write_returned

WORKSHOP = "Requirements review workshop with business owners"  # not started in the demo
SPEC = "Business requirements specification"  # 75% complete, started Wed 2027-01-20


@pytest.fixture
def demo_file(tmp_path):
    path = tmp_path / "demo.plandb"
    ProjectFile.create(path, demo_project()).close()
    return path


def task_named(project, name):
    return next(t for t in project.tasks.values() if t.name == name)


def test_a_row_reported_done_finishes_its_task_as_scheduled(demo_file, tmp_path, capsys):
    planned = schedule(demo_project())
    workshop, spec = (planned.dates(task_named(planned.project, n).id) for n in (WORKSHOP, SPEC))
    rows = schedule_sheet(planned)
    row_of(rows, WORKSHOP)[2] = 1.0
    row_of(rows, SPEC)[2] = 100
    code = main(["import-progress", str(demo_file), str(write_returned(tmp_path / "back.xlsx", rows)), "--json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 0 and report["refused"] == []
    changes = {(c["name"], c["field"]): (c["old"], c["new"]) for c in report["changes"]}
    assert changes[(WORKSHOP, "actual_start")] == (None, f"{workshop.start:%Y-%m-%dT%H:%M}")
    assert changes[(WORKSHOP, "actual_finish")] == (None, f"{workshop.finish:%Y-%m-%dT%H:%M}")
    assert changes[(SPEC, "actual_finish")] == (None, f"{spec.finish:%Y-%m-%dT%H:%M}")
    assert (SPEC, "actual_start") not in changes  # it had one
    with ProjectFile.open(demo_file, writable=False) as file:
        project = file.load()
    done = task_named(project, WORKSHOP)
    assert (done.percent_complete, done.actual_start, done.actual_finish) == (100.0, workshop.start, workshop.finish)
    assert task_named(project, SPEC).actual_finish == spec.finish

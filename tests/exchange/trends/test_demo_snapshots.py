"""The demo's snapshots are the project as it stood at each date, recorded as Record Status records it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from itertools import pairwise

from planner.core.quality.entities import Defect, DefectStatus, Severity
from planner.core.schedule.loops import LoopBreaker
from planner.core.trends.edits import snapshots_in_order
from planner.core.trends.measure import measure
from planner.exchange.demo import demo_project
from planner.exchange.demo_snapshots import project_as_of


def test_the_last_snapshot_is_what_record_status_gives_at_the_status_date():
    project = demo_project()
    last = snapshots_in_order(project)[-1]
    now = measure(LoopBreaker().schedule_first(project), last.recorded).snapshot
    assert replace(now, id=last.id) == last


def test_progress_work_and_spend_only_grow_from_snapshot_to_snapshot():
    shots = snapshots_in_order(demo_project())
    assert [s.status_date.date() for s in shots] == [date(2027, 1, 4), date(2027, 1, 18), date(2027, 2, 1),
                                                     date(2027, 2, 15)]  # fmt: skip
    for earlier, later in pairwise(shots):
        assert earlier.percent_complete < later.percent_complete
        assert earlier.work_done_minutes < later.work_done_minutes
        assert earlier.ac <= later.ac and earlier.ev < later.ev
    assert shots[-1].spi < shots[0].spi  # the demo falls behind, as its steering committees hear


def test_a_past_date_sees_no_later_progress_risks_or_defects():
    project = demo_project()
    project.defects = {  # two of our own in place of the demo's log
        1: Defect(1, "Found later", severity=Severity.MAJOR, found=date(2027, 2, 10)),
        2: Defect(2, "Closed later", status=DefectStatus.CLOSED, found=date(2027, 1, 5), fixed=date(2027, 1, 25),
                  closed=date(2027, 2, 2)),
    }  # fmt: skip
    moment = datetime(2027, 1, 18, 17, 0)
    then = project_as_of(project, moment)
    for uid, task in then.tasks.items():
        if task.actual_start is None:
            assert task.percent_complete == 0
        else:
            assert task.actual_start < moment and task.percent_complete <= project.tasks[uid].percent_complete
        assert task.actual_finish is None or task.actual_finish <= moment
    assert all(r.identified <= moment.date() for r in then.risks.values())
    assert all(r.day <= moment.date() for r in then.risk_history.values())
    assert set(then.defects) == {2} and then.defects[2].status is DefectStatus.IN_PROGRESS
    assert project_as_of(project, datetime(2027, 1, 28, 17, 0)).defects[2].status is DefectStatus.FIXED
    assert project.defects[2].status is DefectStatus.CLOSED  # the project itself is untouched

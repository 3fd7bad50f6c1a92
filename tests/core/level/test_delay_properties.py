"""Levelling delays on random projects (hypothesis): the cached schedule after adding or
clearing delays is a fresh schedule, and a delayed task never starts earlier than without."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.edits.edit import Edit, Put, apply_edit
from planner.core.edits.levelling_edits import clear_levelling
from planner.core.errors import PlannerError
from planner.core.model.levelling import LevellingDelay
from planner.core.model.wbs import Outline
from planner.core.schedule.engine import schedule
from planner.core.schedule.scheduler import Scheduler

from ..test_schedule_properties import projects
from ..test_scheduler_cache import assert_same


@settings(max_examples=40)
@given(projects(), st.data())
def test_delays_reschedule_like_a_fresh_run_and_only_ever_delay(project, data) -> None:
    try:
        scheduler = Scheduler(project)
    except PlannerError:
        return
    before = scheduler.schedule
    outline = Outline.of(project)
    leaves = sorted(t for t in project.tasks if not outline.is_summary(t))
    chosen = data.draw(st.lists(st.sampled_from(leaves), unique=True, max_size=5))
    puts = tuple(
        Put("levelling_delays", None, LevellingDelay(k, t, data.draw(st.sampled_from([60, 240, 480, 2400]))))
        for k, t in enumerate(chosen, start=1)
    )
    if not puts:
        return
    after = scheduler.update(apply_edit(project, Edit("Level Resources", puts)))
    assert_same(after, schedule(project))
    for task_id in project.tasks:
        assert after.span(task_id)[0] >= before.span(task_id)[0], task_id
    cleared = scheduler.update(apply_edit(project, clear_levelling(project)))
    assert_same(cleared, schedule(project))
    assert [cleared.span(t) for t in project.tasks] == [before.span(t) for t in project.tasks]

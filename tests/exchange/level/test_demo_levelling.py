"""The demo's over-allocations, levelled: what the leveller may move is no longer over-allocated."""

from __future__ import annotations

from planner.core.edits.edit import apply_edit
from planner.core.edits.levelling_edits import levelling_edit
from planner.core.level.project_level import level_project
from planner.core.level.project_problem import fixed_reason
from planner.core.resources.overallocation import overallocations
from planner.core.resources.usage import Usage
from planner.core.schedule.engine import schedule
from planner.exchange.demo import demo_project


def overallocated(project) -> list[tuple[int, tuple[int, ...]]]:
    """(resource, tasks) of every over-allocation by day."""
    usage = Usage(schedule(project))
    return [(r, o.task_ids) for r in usage.by_resource for o in overallocations(usage, r)]


def test_levelling_the_demo_resolves_every_over_allocation_it_may_move():
    project = demo_project()
    before = overallocated(project)
    levelling = level_project(project)
    assert levelling.moves, "the demo has over-allocations the leveller resolves"
    apply_edit(project, levelling_edit(project, levelling))
    after = overallocated(project)
    assert len(after) < len(before)
    base = schedule(project)
    kept = {t for t, _why in levelling.unresolved}
    for node, task_id in enumerate(base.net.task_ids):
        if task_id in base.net.leaf and fixed_reason(project, task_id, base, node) is not None:
            kept.add(task_id)
    for resource, tasks in after:
        assert kept & set(tasks), f"{project.resources[resource].name} still over-allocated on {tasks}"
    reasons = list(project.levelling_delays.values())
    assert all(d.resource_id in project.resources for d in reasons)
    assert all(d.waited_for_id is None or d.waited_for_id in project.tasks for d in reasons)

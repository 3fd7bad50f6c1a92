"""Levelling as one edit: the delays Level Resources found replace those the project had;
Clear Levelling removes them all. Each is one undo step."""

from __future__ import annotations

from planner.core.edits.edit import Edit, Put
from planner.core.level.project_level import Levelling
from planner.core.model.entities import Project
from planner.core.model.levelling import LevellingDelay


def levelling_edit(project: Project, levelling: Levelling) -> Edit | None:
    """The edit writing a levelling: old delays out, new ones in (None when nothing changes)."""
    before = {d.task_id: d for d in project.levelling_delays.values()}
    puts: list[Put] = []
    wanted = {m.task_id: m for m in levelling.moves if m.task_id in project.tasks}  # a task deleted since: gone
    for task_id, old in before.items():
        if task_id not in wanted:
            puts.append(Put("levelling_delays", old, None))
    next_id = project.next_id("levelling_delays")
    for task_id, move in wanted.items():
        old = before.get(task_id)
        row_id = old.id if old is not None else next_id
        new = LevellingDelay(row_id, task_id, move.delay_minutes, move.resource_id, move.waited_for_id)
        if old == new:
            continue
        if old is None:
            next_id += 1
        puts.append(Put("levelling_delays", old, new))
    if not puts:
        return None
    return Edit("Level Resources", tuple(puts))


def clear_levelling(project: Project, task_ids: set[int] | None = None) -> Edit | None:
    """Remove the levelling delays (of `task_ids`, or all); None when there are none."""
    puts = tuple(
        Put("levelling_delays", d, None)
        for d in project.levelling_delays.values()
        if task_ids is None or d.task_id in task_ids
    )
    return Edit("Clear Leveling", puts) if puts else None

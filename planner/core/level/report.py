"""What a levelling moves, in a PM's words: per task its delay, new dates and the reason
("waits 3d for Ana, busy on #12 Build API"), and the project finish before and after.
Shared by `planner level`, `planner why` and the Level Resources dialog's preview."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from planner.core.level.project_level import Levelling, unlevelled
from planner.core.model.duration import format_minutes
from planner.core.model.entities import Project
from planner.core.model.levelling import LevellingDelay
from planner.core.model.wbs import Outline
from planner.core.schedule.engine import schedule


@dataclass(frozen=True)
class MovedTask:
    task_id: int
    name: str
    delay_minutes: int
    start_before: datetime
    start: datetime
    finish: datetime
    reason: str


@dataclass(frozen=True)
class LevellingReport:
    moved: list[MovedTask]
    unresolved: list[tuple[int, str]]  # (task, why it is still over-allocated)
    finish_before: datetime
    finish_after: datetime


def with_delays(project: Project, levelling: Levelling) -> Project:
    """The project as the levelling would leave it (a copy sharing the other tables)."""
    levelled = unlevelled(project)
    levelled.levelling_delays = {
        k: LevellingDelay(k, m.task_id, m.delay_minutes, m.resource_id, m.waited_for_id)
        for k, m in enumerate(levelling.moves, start=1)
    }
    return levelled


def waits_text(project: Project, delay: LevellingDelay, outline: Outline | None = None) -> str:
    """The reason in words: "waits 3d for Ana, busy on #12 Build API" (named as far as they still
    exist; #12 is the row ID the task table shows)."""
    amount = format_minutes(delay.delay_minutes, units=project.units)
    text = f"waits {amount}"
    resource = project.resources.get(delay.resource_id) if delay.resource_id is not None else None
    if resource is not None:
        text += f" for {resource.name}"
    task = project.tasks.get(delay.waited_for_id) if delay.waited_for_id is not None else None
    if task is not None:
        row = (outline or Outline.of(project)).ids.id_of(task.id)
        text += f", busy on #{row} {task.name}"
    elif delay.waited_for_id is not None:
        text += f", busy on #{delay.waited_for_id}"
    return text


def task_delay(project: Project, task_id: int) -> LevellingDelay | None:
    """The task's levelling delay, or None."""
    for delay in project.levelling_delays.values():
        if delay.task_id == task_id:
            return delay
    return None


def levelling_report(project: Project, levelling: Levelling) -> LevellingReport:
    """The moves with their dates in the levelled schedule, and the finish before and after."""
    outline = Outline.of(project)
    before = schedule(unlevelled(project))
    after = schedule(with_delays(project, levelling))
    moved = []
    row = outline.ids.id_of
    for move in sorted(levelling.moves, key=lambda m: row(m.task_id)):
        delay = LevellingDelay(0, move.task_id, move.delay_minutes, move.resource_id, move.waited_for_id)
        start, finish = after.span(move.task_id)
        moved.append(
            MovedTask(
                move.task_id,
                project.tasks[move.task_id].name,
                move.delay_minutes,
                before.span(move.task_id)[0],
                start,
                finish,
                waits_text(project, delay, outline),
            )
        )
    unresolved = sorted(levelling.unresolved, key=lambda item: row(item[0]))
    return LevellingReport(moved, unresolved, before.project_finish, after.project_finish)

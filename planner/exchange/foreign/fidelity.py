"""Which tasks Planner's schedule moves away from the dates the imported file showed.

Two moments are the same when they are the same working instant on the project calendar:
Friday 17:00 and Monday 08:00 are one moment of work (GanttProject shows a milestone that
follows a Friday task on Monday; Planner, as MS Project, at Friday's close).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from planner.exchange.foreign.plan import ForeignPlan

SHOWN = "%a %Y-%m-%d %H:%M"


@dataclass(frozen=True)
class Moved:
    """A task whose scheduled start or finish is not the one its file showed."""

    task_id: int
    name: str
    shown: tuple[datetime, datetime]
    planned: tuple[datetime, datetime]

    def __str__(self) -> str:
        (s0, f0), (s1, f1) = self.shown, self.planned
        return f"{self.name}: file {s0:{SHOWN}} - {f0:{SHOWN}}, Planner {s1:{SHOWN}} - {f1:{SHOWN}}"


def moved_tasks(plan: ForeignPlan) -> list[Moved]:
    """The leaf tasks whose start or finish differs from the file's, in outline order."""
    if not plan.shown:
        return []
    scheduled = plan.schedule()
    calendar = plan.project_calendar()
    moved = []
    for uid, shown in plan.shown.items():
        planned = scheduled.span(uid)
        if any(a != b and calendar.offset(a) != calendar.offset(b) for a, b in zip(shown, planned, strict=True)):
            moved.append(Moved(uid, plan.project.tasks[uid].name, shown, planned))
    return moved

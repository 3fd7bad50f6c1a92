"""What a printout is made from: the project, its schedule, and the rows to print.

The chart's ChartSource and the table's TaskFacts read `.project` and `.schedule`
of whatever they are given; a Plan is that, without a window or a session, so the
same code prints from the window, from a worker thread on a snapshot, and from the
command line.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from planner.core.model.entities import Project
from planner.core.schedule.result import Schedule


@dataclass
class Plan:
    project: Project
    schedule: Schedule
    rows: list[int] = field(default_factory=list)  # task ids, top to bottom; empty: every task in WBS order

    def __post_init__(self) -> None:
        if not self.rows:
            self.rows = list(self.schedule.outline.rows())


def scheduled(project: Project) -> Plan:
    """A Plan of `project` scheduled now (a loop of links left out, as the window does)."""
    from planner.core.schedule.loops import LoopBreaker

    return Plan(project, LoopBreaker().schedule_first(project))

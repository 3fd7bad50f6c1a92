"""Scheduling a project whose links form a loop, which only a file edited outside Planner can hold.

Planner refuses an edit that closes a loop, but a file may arrive with one. Rather
than refusing the whole file, the link that closes each loop (the newest link of
the loop: the highest Unique ID) is left out of the schedule, and a problem names
the loop and that link. The link stays in the project, so nothing in the file is
lost; it is left out until the user removes it.
"""

from __future__ import annotations

from copy import copy
from dataclasses import dataclass, field
from itertools import pairwise

from planner.core.errors import CycleError
from planner.core.model.entities import Link, Project
from planner.core.model.wbs import Outline
from planner.core.schedule.engine import schedule
from planner.core.schedule.result import Schedule


@dataclass
class LoopBreaker:
    """The links left out of the schedule of one project, and why."""

    left_out: set[int] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)

    def schedule_first(self, project: Project) -> Schedule:
        """Schedule, leaving out one link per loop found; each left-out link adds a problem."""
        for _ in range(len(project.links) + 1):
            try:
                return self.schedule(project)
            except CycleError as error:
                link = closing_link(project, error.cycle)
                if link is None:  # a loop through summaries alone: nothing to leave out
                    raise
                self.left_out.add(link.id)
                rows = Outline.of(project).ids  # the user's IDs (row numbers), as the loop names them
                self.problems.append(
                    f"{error}; the link from task {rows.id_of(link.predecessor_id)} to task "
                    f"{rows.id_of(link.successor_id)} is left out of the schedule until it is removed"
                )
        raise AssertionError("unreachable: every round leaves out one more link")  # pragma: no cover

    def schedule(self, project: Project) -> Schedule:
        """The schedule without the left-out links (raises CycleError for a loop an edit closed)."""
        if not self.left_out & project.links.keys():
            return schedule(project)
        view = copy(project)
        view.links = {uid: k for uid, k in project.links.items() if uid not in self.left_out}
        return schedule(view)

    def forget_removed(self, project: Project) -> None:
        """A left-out link the user removed is gone for good: putting it back is a new edit to check."""
        self.left_out &= project.links.keys()


def closing_link(project: Project, cycle: list[int]) -> Link | None:
    """The newest link joining two consecutive tasks of the loop, either way round."""
    steps = set(pairwise([*cycle, cycle[0]]))
    steps |= {(b, a) for a, b in steps}
    members = set(cycle)
    on_loop = [k for k in project.links.values() if (k.predecessor_id, k.successor_id) in steps]
    on_loop = on_loop or [k for k in project.links.values() if {k.predecessor_id, k.successor_id} <= members]
    return max(on_loop, key=lambda k: k.id, default=None)

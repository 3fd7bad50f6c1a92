"""Work = duration x units, and MS Project's rules for which of them moves when one is changed.

A task's work is the sum of its work assignments' work; each assignment works the
task's duration at its units (1.0 = 100%), so `work = duration x units` per assignment.
Material and cost resources take no work: their assignments hold 0.

The rule table (MS Project's, for a task with work resources):

| task type      | duration set | work set       | units set      | added, effort-driven        | added, not driven |
|----------------|--------------|----------------|----------------|-----------------------------|-------------------|
| fixed units    | work moves   | duration moves | duration moves | duration shrinks, work kept | work grows        |
| fixed work     | units move   | duration moves | duration moves | duration shrinks, work kept | (always driven)   |
| fixed duration | work moves   | units move     | work moves     | units shrink, work kept     | work grows        |

Removing a resource is the mirror image: effort-driven, the work it had goes to the
others (fixed units and fixed work: the duration grows; fixed duration: their units
grow); not effort-driven, its work goes with it and the duration stays.

A fixed-work task is always effort-driven (MS Project greys the box out). Every
assignment spans its task here, so a change of one person's units on a task of several
keeps the task's total work (for one person that is MS Project's rule exactly).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from planner.core.model.entities import TaskType


@dataclass(frozen=True)
class Share:
    """One work assignment as the rules see it: its units (1.0 = 100%)."""

    resource_id: int
    units: float


@dataclass(frozen=True)
class Effort:
    """A task's duration (working minutes) and its work assignments' units: work follows from them."""

    duration: int
    units: dict[int, float]  # resource id -> units, work resources only

    @property
    def total_units(self) -> float:
        return sum(self.units.values())

    @property
    def work(self) -> int:
        return sum(self.work_of(r) for r in self.units)

    def work_of(self, resource_id: int) -> int:
        return round(self.duration * self.units[resource_id])


def is_effort_driven(task_type: TaskType, effort_driven: bool) -> bool:
    return effort_driven or task_type == TaskType.FIXED_WORK


def change_duration(effort: Effort, task_type: TaskType, duration: int) -> Effort:
    """Fixed units and fixed duration: the work follows the duration; fixed work: the units do."""
    if task_type == TaskType.FIXED_WORK and effort.units and duration > 0:
        scale = effort.duration / duration
        return Effort(duration, {r: u * scale for r, u in effort.units.items()})
    return Effort(duration, dict(effort.units))


def change_work(effort: Effort, task_type: TaskType, work: int) -> Effort:
    """Fixed duration: the units follow the work; otherwise the duration does."""
    total = effort.total_units
    if not effort.units or total <= 0:
        return effort
    if task_type == TaskType.FIXED_DURATION and effort.duration > 0:
        scale = work / (effort.duration * total)
        return Effort(effort.duration, {r: u * scale for r, u in effort.units.items()})
    return Effort(round(work / total), dict(effort.units))


def change_units(effort: Effort, task_type: TaskType, resource_id: int, units: float) -> Effort:
    """Fixed duration: the assignment's work follows its units; otherwise the task's work stays and
    the duration moves (one resource: its work / its new units, as MS Project). Every assignment
    here spans the whole task, so with several the total work is what is kept."""
    fresh = dict(effort.units)
    fresh[resource_id] = units
    if task_type == TaskType.FIXED_DURATION or units <= 0:
        return Effort(effort.duration, fresh)
    return _keep_work(effort.work, Effort(effort.duration, fresh), TaskType.FIXED_UNITS)


def add_resources(effort: Effort, task_type: TaskType, effort_driven: bool, added: Iterable[Share]) -> Effort:
    """Resources join the task: effort-driven, the work is kept and spread over everyone."""
    added = [s for s in added if s.resource_id not in effort.units]
    if not added:
        return effort
    fresh = dict(effort.units) | {s.resource_id: s.units for s in added}
    if not effort.units or not is_effort_driven(task_type, effort_driven):
        return Effort(effort.duration, fresh)
    return _keep_work(effort.work, Effort(effort.duration, fresh), task_type)


def remove_resources(effort: Effort, task_type: TaskType, effort_driven: bool, removed: Iterable[int]) -> Effort:
    """Resources leave the task: effort-driven, the others take over their work."""
    fresh = {r: u for r, u in effort.units.items() if r not in set(removed)}
    if not fresh or not is_effort_driven(task_type, effort_driven):
        return Effort(effort.duration, fresh)
    return _keep_work(effort.work, Effort(effort.duration, fresh), task_type)


def _keep_work(work: int, effort: Effort, task_type: TaskType) -> Effort:
    """The same total work on the new team: fixed duration changes units, the others the duration."""
    total = effort.total_units
    if total <= 0:
        return effort
    if task_type == TaskType.FIXED_DURATION and effort.duration > 0:
        scale = work / (effort.duration * total)
        return Effort(effort.duration, {r: u * scale for r, u in effort.units.items()})
    return Effort(round(work / total), effort.units)

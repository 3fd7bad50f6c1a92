"""Where a checklist stands, and the gates it holds up: what the Gantt and the dashboard warn about.

A checklist checks one deliverable or phase gate (its task, usually a milestone). Until
every item is passed or ruled not applicable the gate is not cleared: a gate with failed
or open items gets a warning ("Security audit: 1 failed, 3 open") on its row in the Gantt,
beside its diamond, and on the dashboard. One pass over the items gives every
checklist's counts, so the warnings cost little more than reading the items once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from planner.core.model.entities import Project
from planner.core.quality.entities import ChecklistItem, CheckResult


@dataclass(frozen=True)
class ChecklistProgress:
    """A checklist's items counted by result."""

    checklist_id: int
    open: int = 0
    passed: int = 0
    failed: int = 0
    not_applicable: int = 0

    @property
    def total(self) -> int:
        return self.open + self.passed + self.failed + self.not_applicable

    @property
    def applicable(self) -> int:
        """The items that count: all but those ruled not applicable."""
        return self.open + self.passed + self.failed

    @property
    def percent_passed(self) -> float | None:
        """Passed items as a % of the applicable ones; None when nothing applies (an empty checklist)."""
        return None if not self.applicable else 100.0 * self.passed / self.applicable

    @property
    def cleared(self) -> bool:
        """Every item passed or not applicable: the gate may be passed."""
        return self.open == 0 and self.failed == 0

    @property
    def summary(self) -> str:
        """ "1 failed, 3 open", or "all 12 passed" / "8 passed, 4 n.a." once cleared."""
        if not self.cleared:
            parts = [f"{self.failed} failed" if self.failed else "", f"{self.open} open" if self.open else ""]
            return ", ".join(p for p in parts if p)
        if not self.total:
            return "no items"
        if self.not_applicable:
            return f"{self.passed} passed, {self.not_applicable} n.a."
        return f"all {self.passed} passed"


@dataclass(frozen=True)
class GateWarning:
    """A gate (the checklist's task) with open or failed items on its checklist."""

    task_id: int
    checklist_id: int
    open: int
    failed: int
    text: str  # "Security audit: 1 failed, 3 open"


_SLOT = {CheckResult.OPEN: 0, CheckResult.PASS: 1, CheckResult.FAIL: 2, CheckResult.NOT_APPLICABLE: 3}


def count_results(checklist_id: int, items: Iterable[ChecklistItem]) -> ChecklistProgress:
    counts = [0, 0, 0, 0]
    for item in items:
        counts[_SLOT[item.result]] += 1
    return ChecklistProgress(checklist_id, *counts)


def progress_by_checklist(project: Project) -> dict[int, ChecklistProgress]:
    """Every checklist's counts, in one pass over the items (a checklist without items counts zeros).

    It runs after every edit while the Gantt shows gates, so it counts into plain lists."""
    tallies: dict[int, list[int]] = {checklist_id: [0, 0, 0, 0] for checklist_id in project.checklists}
    slot = _SLOT
    for item in project.checklist_items.values():
        tally = tallies.get(item.checklist_id)
        if tally is None:
            tally = tallies[item.checklist_id] = [0, 0, 0, 0]
        tally[slot[item.result]] += 1
    return {checklist_id: ChecklistProgress(checklist_id, *tally) for checklist_id, tally in tallies.items()}


def checklist_progress(project: Project, checklist_id: int) -> ChecklistProgress:
    items = (i for i in project.checklist_items.values() if i.checklist_id == checklist_id)
    return count_results(checklist_id, items)


def gate_warnings(project: Project) -> list[GateWarning]:
    """One warning per checklist on an existing task with open or failed items, in checklist order."""
    if not project.checklists:
        return []
    progress = progress_by_checklist(project)
    found = []
    for checklist_id in sorted(project.checklists):
        checklist = project.checklists[checklist_id]
        counts = progress[checklist_id]
        if checklist.task_id is None or checklist.task_id not in project.tasks or counts.cleared:
            continue
        text = f"{checklist.title}: {counts.summary}"
        found.append(GateWarning(checklist.task_id, checklist_id, counts.open, counts.failed, text))
    return found


def warnings_by_task(project: Project) -> dict[int, list[GateWarning]]:
    """The warnings of each gate task: what the Gantt's indicator column and chart look up per row."""
    by_task: dict[int, list[GateWarning]] = {}
    for warning in gate_warnings(project):
        by_task.setdefault(warning.task_id, []).append(warning)
    return by_task

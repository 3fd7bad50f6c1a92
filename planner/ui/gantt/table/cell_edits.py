"""A typed cell turned into a core edit, with MS Project's habits. Qt-free.

Each function takes the text as typed and returns the edit (None when nothing
changes) plus an optional notice for the status bar; a value that cannot be taken
raises InputError with a message fit to show beside the cell.
"""

from __future__ import annotations

from collections.abc import Callable

from planner.core.edits import finish_edits, link_edits, rules_edits, task_edits, tracking_edits
from planner.core.edits.edit import Edit
from planner.core.edits.project_edits import NO_DATE_WORDS
from planner.core.errors import InputError
from planner.core.model.entities import CONSTRAINT_LABELS, ConstraintType
from planner.ui.gantt.table.facts import TaskFacts
from planner.ui.gantt.table.formats import format_date, parse_date, parse_percent, parse_whole

Outcome = tuple[Edit | None, str | None]
CellEdit = Callable[[TaskFacts, int, str], Outcome]


def name(facts: TaskFacts, task_id: int, text: str) -> Outcome:
    return task_edits.rename(facts.project, task_id, text), None


def duration(facts: TaskFacts, task_id: int, text: str) -> Outcome:
    if facts.is_summary(task_id):
        raise InputError("a summary task lasts as long as its subtasks; change theirs")
    return task_edits.set_duration(facts.project, task_id, text), None


def start(facts: TaskFacts, task_id: int, text: str) -> Outcome:
    """A typed start becomes Start No Earlier Than, as in MS Project; the status bar says so."""
    when = parse_date(text, facts.day_bounds[0], "start")
    if facts.task(task_id).manual:  # a manually scheduled task starts where it is put, no constraint
        return rules_edits.set_manual_start(facts.schedule, task_id, when), None
    edit = task_edits.set_start(facts.project, task_id, when)
    notice = None
    if edit is not None:
        notice = (
            f"Task {facts.row_id(task_id)} now has the constraint Start No Earlier Than "
            f"{format_date(when, facts.day_bounds)}"
            " (Task information > Advanced to change it)"
        )
    return edit, notice


def finish(facts: TaskFacts, task_id: int, text: str) -> Outcome:
    """A typed finish changes the duration to the working time from the start (core's rule, as MS Project)."""
    return finish_edits.set_finish(facts.schedule, task_id, parse_date(text, facts.day_bounds[1], "finish")), None


def predecessors(facts: TaskFacts, task_id: int, text: str) -> Outcome:
    return link_edits.set_predecessors(facts.project, task_id, text, facts.outline), None


def percent_complete(facts: TaskFacts, task_id: int, text: str) -> Outcome:
    """A started task gets its scheduled start as actual start; 100% also its scheduled finish as actual finish."""
    return tracking_edits.set_percent(facts.schedule, task_id, parse_percent(text)), None


def constraint(facts: TaskFacts, task_id: int, text: str) -> Outcome:
    """`ASAP`, `SNET 2027-01-11`, `Must Start On 2027-01-11 10:00`: a kind, then a date if it needs one."""
    kind, rest = _constraint_kind(text)
    when = None
    if kind.needs_date:
        if not rest:
            raise InputError(f"{kind.label} needs a date, as in {kind.value} 2027-01-11")
        finish_kind = kind in (ConstraintType.FNET, ConstraintType.FNLT, ConstraintType.MFO)
        when = parse_date(rest, facts.day_bounds[1 if finish_kind else 0], "constraint date")
    return task_edits.set_constraint(facts.project, task_id, kind, when), None


def _constraint_kind(text: str) -> tuple[ConstraintType, str]:
    cleaned = " ".join((text or "").split())
    lowered = cleaned.lower()
    names = [(label.lower(), kind) for kind, label in CONSTRAINT_LABELS.items()]
    names += [(kind.value.lower(), kind) for kind in ConstraintType]
    for word, kind in sorted(names, key=lambda pair: -len(pair[0])):
        if lowered == word or lowered.startswith(word + " "):
            return kind, cleaned[len(word) :].strip()
    raise InputError(f"constraint {cleaned!r} is not understood; write e.g. ASAP, SNET 2027-01-11 or MFO 2027-02-26")


def deadline(facts: TaskFacts, task_id: int, text: str) -> Outcome:
    when = parse_date(text, facts.day_bounds[1], "deadline") if text.strip() else None
    return task_edits.set_deadline(facts.project, task_id, when), None


def priority(facts: TaskFacts, task_id: int, text: str) -> Outcome:
    return task_edits.set_priority(facts.project, task_id, parse_whole(text, "priority", 0, 1000)), None


def notes(facts: TaskFacts, task_id: int, text: str) -> Outcome:
    return task_edits.set_notes(facts.project, task_id, text), None


def actual_start(facts: TaskFacts, task_id: int, text: str) -> Outcome:
    """An actual start marks the task started; an empty cell or NA clears its progress."""
    when = None if _no_date(text) else parse_date(text, facts.day_bounds[0], "actual start")
    return tracking_edits.set_actual_start(facts.schedule, task_id, when), None


def actual_finish(facts: TaskFacts, task_id: int, text: str) -> Outcome:
    """An actual finish completes the task (its duration becomes actual finish less actual start)."""
    when = None if _no_date(text) else parse_date(text, facts.day_bounds[1], "actual finish")
    return tracking_edits.set_actual_finish(facts.schedule, task_id, when), None


def remaining_duration(facts: TaskFacts, task_id: int, text: str) -> Outcome:
    return tracking_edits.set_remaining_duration(facts.schedule, task_id, text), None


def _no_date(text: str) -> bool:
    return text.strip().lower() in NO_DATE_WORDS

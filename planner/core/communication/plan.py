"""The communication plan over time: when a line is next due, marking one done, and what is overdue.

A line's frequency moves its next due date on: weekly by 7 days, fortnightly by 14,
monthly to the same day of the next month and quarterly three months on (the day
clipped to the month's end: 31 January, monthly, falls due on 28 February, then 31
March again, as a calendar's recurring event does). Daily moves to the next weekday.
Lines at milestones or as needed have no rhythm: their next date is set by hand.
"""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date, timedelta

from planner.core.communication.entities import Communication, Frequency
from planner.core.communication.registers import COMMUNICATIONS
from planner.core.edits.edit import Edit, Put
from planner.core.model.entities import Project
from planner.core.records.edits import record_of, records

DUE_SOON_DAYS = 7
_MONTHS = {Frequency.MONTHLY: 1, Frequency.QUARTERLY: 3}
_DAYS = {Frequency.WEEKLY: 7, Frequency.FORTNIGHTLY: 14}


def add_months(day: date, months: int) -> date:
    """The same day `months` later, clipped to the end of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def _next_weekday(day: date) -> date:
    step = day + timedelta(days=1)
    while step.weekday() >= 5:
        step += timedelta(days=1)
    return step


def _occurrence(base: date, frequency: Frequency, count: int) -> date | None:
    """The `count`-th date after `base` in the frequency's rhythm (each counted from base, so no drift)."""
    if frequency in _DAYS:
        return base + timedelta(days=_DAYS[frequency] * count)
    if frequency in _MONTHS:
        return add_months(base, _MONTHS[frequency] * count)
    if frequency is Frequency.DAILY:
        day = base
        for _ in range(count):
            day = _next_weekday(day)
        return day
    return None


def next_due_after(day: date, frequency: Frequency | None) -> date | None:
    """The next date after `day` in the frequency's rhythm; None when it has none (at milestones, as needed)."""
    if frequency is None:
        return None
    return _occurrence(day, frequency, 1)


def advanced_due(due: date | None, frequency: Frequency | None, done_on: date) -> date | None:
    """The next due date once the line is done on `done_on`: from the old due date (or `done_on`),
    stepped by the frequency at least once and until it lies after `done_on`."""
    base = due if due is not None else done_on
    if frequency is Frequency.DAILY:
        return _next_weekday(max(base, done_on))
    if frequency not in _DAYS and frequency not in _MONTHS:
        return None
    count = 1
    while (when := _occurrence(base, frequency, count)) is not None and when <= done_on:
        count += 1
    return when


def mark_done(project: Project, communication_id: int, day: date) -> Edit:
    """Dates the line done on `day` and moves its next due date on by its frequency: one undo step.

    A line with no rhythm (at milestones, as needed) is left with no next due date,
    for the PM to set the next one.
    """
    line: Communication = record_of(project, COMMUNICATIONS, communication_id)
    after = replace(line, last_done=day, next_due=advanced_due(line.next_due, line.frequency, day))
    return Edit(f"Mark {COMMUNICATIONS.label(communication_id)} done", (Put(COMMUNICATIONS.table, line, after),))


def is_overdue(line: Communication, day: date) -> bool:
    return line.next_due is not None and line.next_due < day


def is_due_soon(line: Communication, day: date, days: int = DUE_SOON_DAYS) -> bool:
    """Due on `day` or within the `days` after it (not overdue)."""
    return line.next_due is not None and day <= line.next_due <= day + timedelta(days=days)


def _by_due(lines: list[Communication]) -> list[Communication]:
    return sorted(lines, key=lambda line: (line.next_due or date.max, line.id))


def overdue_communications(project: Project, day: date) -> list[Communication]:
    """The plan's lines whose next due date lies before `day`, most overdue first."""
    return _by_due([line for line in records(project, COMMUNICATIONS) if is_overdue(line, day)])


def due_soon(project: Project, day: date, days: int = DUE_SOON_DAYS) -> list[Communication]:
    """The lines due from `day` to `days` after it, soonest first."""
    return _by_due([line for line in records(project, COMMUNICATIONS) if is_due_soon(line, day, days)])


def mark_lines_done(project: Project, communication_ids: list[int], day: date) -> Edit:
    """Several lines marked done on `day` as one undo step (the selected rows of the plan)."""
    edits = [mark_done(project, line_id, day) for line_id in communication_ids]
    if len(edits) == 1:
        return edits[0]
    label = f"Mark {len(edits)} {COMMUNICATIONS.plural} done"
    return Edit(label, tuple(change for edit in edits for change in edit.changes))

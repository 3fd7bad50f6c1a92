"""The defect log's figures: open items by severity, found / closed / open as of a day, ageing.

The dashboard, the trends snapshots, the Defects page, `planner defects` and the
workbook read these, so they agree everywhere. They count **defects** (kind
"defect"): an issue is a project problem and a change request is asked-for scope,
neither a fault in what is built; `kinds` widens the count where a caller wants
the whole log (the Defects page's own counts of what it lists).

"Open" now is the status (new, triaged, in progress, reopened: someone's work to
do); open on a past day is read from the dates: found by then and neither fixed
nor closed by then. Reopening clears a defect's fixed and closed dates (see
defect_typing), so the two readings agree on the day the log is read. A defect
without a found date counts as found on any day asked (its age is 0): it exists,
only when is unknown. Every function is one pass over the log.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from planner.core.model.entities import Project
from planner.core.quality.entities import OPEN_DEFECT_STATUSES, Defect, DefectKind, DefectStatus, Severity

QUALITY_KINDS: tuple[DefectKind, ...] = (DefectKind.DEFECT,)
ALL_KINDS: tuple[DefectKind, ...] = tuple(DefectKind)

AGE_BUCKETS: tuple[tuple[str, int, int | None], ...] = (
    ("0-7", 0, 7),
    ("8-30", 8, 30),
    ("31-90", 31, 90),
    (">90", 91, None),
)  # label, first day, last day (None: no end), as "days since found"
AWAITING_STATUSES = (DefectStatus.FIXED, DefectStatus.VERIFIED)


def _of_kinds(project: Project, kinds: Collection[DefectKind]) -> Iterable[Defect]:
    return (d for d in project.defects.values() if d.kind in kinds)


def is_open(defect: Defect) -> bool:
    """Open now: someone's work to do (fixed and verified items await closing, nobody's task)."""
    return defect.status in OPEN_DEFECT_STATUSES


def resolved_on(defect: Defect) -> date | None:
    """The day a defect stopped being open: fixed, or closed without a fix (won't fix, duplicate)."""
    days = [d for d in (defect.fixed, defect.closed) if d is not None]
    return min(days) if days else None


def open_on(defect: Defect, day: date) -> bool:
    """Open on `day` by its dates; an open defect stays open whatever its (cleared) dates say."""
    if defect.found is not None and defect.found > day:
        return False
    if is_open(defect):
        return True
    resolved = resolved_on(defect)
    return resolved is not None and resolved > day


def _zero() -> dict[Severity, int]:
    return dict.fromkeys(Severity, 0)


def open_by_severity(project: Project, kinds: Collection[DefectKind] = QUALITY_KINDS) -> dict[Severity, int]:
    """The open defects now, by severity, worst first; every severity present, zero when none."""
    counts = _zero()
    for defect in _of_kinds(project, kinds):
        if is_open(defect):
            counts[defect.severity] += 1
    return counts


@dataclass(frozen=True)
class DefectCounts:
    """As of a day: defects found so far, closed so far (fixed, verified or closed), open (the gap)."""

    day: date
    found: int
    closed: int
    open: int


def defect_counts(project: Project, day: date, kinds: Collection[DefectKind] = QUALITY_KINDS) -> DefectCounts:
    """Found, closed and open as of the end of `day`, read from the dates (found = closed + open)."""
    found = still_open = 0
    for defect in _of_kinds(project, kinds):
        if defect.found is not None and defect.found > day:
            continue
        found += 1
        still_open += open_on(defect, day)
    return DefectCounts(day, found, found - still_open, still_open)


def age_bucket(age_days: int) -> str:
    """The label of the bucket an open defect `age_days` old falls in."""
    for label, _first, last in AGE_BUCKETS:
        if last is None or age_days <= last:
            return label
    raise AssertionError("the last bucket has no end")  # pragma: no cover


def ageing(
    project: Project, day: date, kinds: Collection[DefectKind] = QUALITY_KINDS
) -> dict[str, dict[Severity, int]]:
    """The defects open on `day`, by age bucket (days since found: 0-7, 8-30, 31-90, >90), then severity."""
    buckets = {label: _zero() for label, _first, _last in AGE_BUCKETS}
    for defect in _of_kinds(project, kinds):
        if open_on(defect, day):
            age = (day - defect.found).days if defect.found is not None else 0
            buckets[age_bucket(age)][defect.severity] += 1
    return buckets


@dataclass(frozen=True)
class QualityFigures:
    """The quality figures of the log on a day, as the dashboard, trends and `planner defects` show them."""

    day: date
    open_by_severity: dict[Severity, int]
    open: int  # open defects now (by status)
    open_critical: int
    open_major: int
    awaiting: int  # fixed or verified, not yet closed
    found: int  # found by the day
    closed: int  # no longer open by the day (fixed, verified or closed)
    oldest_open_days: int | None  # the age of the oldest open defect with a found date
    open_issues: int
    open_change_requests: int
    ageing: dict[str, dict[Severity, int]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        """JSON-ready, with stable keys (severities and buckets by their names)."""
        return {
            "day": self.day.isoformat(),
            "open": self.open,
            "open_critical": self.open_critical,
            "open_major": self.open_major,
            "open_by_severity": {s.value: n for s, n in self.open_by_severity.items()},
            "awaiting_close": self.awaiting,
            "found": self.found,
            "closed": self.closed,
            "oldest_open_days": self.oldest_open_days,
            "open_issues": self.open_issues,
            "open_change_requests": self.open_change_requests,
            "ageing": {b: {s.value: n for s, n in row.items()} for b, row in self.ageing.items()},
        }


def _open_count(project: Project, kind: DefectKind) -> int:
    return sum(1 for d in project.defects.values() if d.kind is kind and is_open(d))


def quality_figures(project: Project, day: date) -> QualityFigures:
    """Everything the dashboard and a status snapshot read about quality, on `day` (the status date)."""
    by_severity = open_by_severity(project)
    counts = defect_counts(project, day)
    ages = [
        (day - d.found).days
        for d in _of_kinds(project, QUALITY_KINDS)
        if is_open(d) and d.found is not None and d.found <= day
    ]
    return QualityFigures(
        day=day,
        open_by_severity=by_severity,
        open=sum(by_severity.values()),
        open_critical=by_severity[Severity.CRITICAL],
        open_major=by_severity[Severity.MAJOR],
        awaiting=sum(1 for d in _of_kinds(project, QUALITY_KINDS) if d.status in AWAITING_STATUSES),
        found=counts.found,
        closed=counts.closed,
        oldest_open_days=max(ages) if ages else None,
        open_issues=_open_count(project, DefectKind.ISSUE),
        open_change_requests=_open_count(project, DefectKind.CHANGE_REQUEST),
        ageing=ageing(project, day),
    )


def status_day(project: Project, today: date) -> date:
    """The day the log's figures are read on: the project's status date, or today without one."""
    return project.status_date.date() if project.status_date is not None else today


def weekly_counts(project: Project, until: date, kinds: Collection[DefectKind] = QUALITY_KINDS) -> list[DefectCounts]:
    """Found, closed and open at the end of each week (Sunday) from the first defect's week to `until`'s,
    the last point on `until` itself: the series of a created-vs-resolved chart. Empty with no dated defect.

    The same counts as defect_counts on each day, from one sort and a bisection per week: the Defects
    page redraws this after every edit of a log that may hold thousands of entries.
    """
    found_days: list[date] = []
    closed_days: list[date] = []  # the day each resolved defect counts as closed: resolved, not before found
    undated = 0
    for defect in _of_kinds(project, kinds):
        if defect.found is None:
            undated += 1
        elif defect.found <= until:
            found_days.append(defect.found)
        else:
            continue
        if not is_open(defect):
            known = [d for d in (resolved_on(defect), defect.found) if d is not None]
            closed_days.append(max(known) if known else date.min)
    if not found_days:
        return []
    found_days.sort()
    closed_days.sort()
    first = found_days[0]
    sunday = first + timedelta(days=6 - first.weekday())
    days = []
    while sunday < until:
        days.append(sunday)
        sunday += timedelta(days=7)
    days.append(until)
    points = []
    for day in days:
        found, closed = undated + bisect_right(found_days, day), bisect_right(closed_days, day)
        points.append(DefectCounts(day, found, closed, found - closed))
    return points

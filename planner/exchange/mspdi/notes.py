"""The import report: what the MS Project file holds that Planner does not carry, counted.

Nothing is dropped silently: every reader step that meets something it cannot carry
counts it here under a key, and the report is one line per key ("3 assignments have work
contours (not carried; flat work is used)"), in the order of NOTES.
"""

from __future__ import annotations

from collections import Counter

# key: (one, many, what happens instead); {n} is the count
NOTES: dict[str, tuple[str, str, str]] = {
    "estimated": (
        "{n} task has an estimated duration (3d?)",
        "{n} tasks have estimated durations (3d?)",
        "the question mark is not carried",
    ),
    "null_task": ("{n} blank row (null task)", "{n} blank rows (null tasks)", "left out"),
    "external_task": ("{n} external task", "{n} external tasks", "left out; their links too"),
    "cross_project_link": ("{n} link to another project", "{n} links to other projects", "left out"),
    "subproject": ("{n} inserted subproject", "{n} inserted subprojects", "imported as plain tasks"),
    "recurring": (
        "{n} task is a recurring task",
        "{n} tasks are recurring tasks",
        "imported as a summary with its occurrences",
    ),
    "schedule_from_finish": (
        "the project is scheduled from its finish",
        "the project is scheduled from its finish",
        "not carried; Planner schedules from the start",
    ),
    "ignore_resource_calendar": (
        "{n} task ignores its resources' calendars",
        "{n} tasks ignore their resources' calendars",
        "not carried; their resources' calendars are used",
    ),
    "elapsed_levelling_delay": (
        "{n} task has a levelling delay in elapsed time",
        "{n} tasks have levelling delays in elapsed time",
        "not carried; level again in Planner",
    ),
    "contour": (
        "{n} assignment has a work contour",
        "{n} assignments have work contours",
        "not carried; flat work is used",
    ),
    "rate_tables": (
        "{n} resource has cost rate tables B-E or dated rates",
        "{n} resources have cost rate tables B-E or dated rates",
        "not carried; table A's current rate is used",
    ),
    "availability": (
        "{n} resource has dated availability",
        "{n} resources have dated availability",
        "not carried; its max units hold throughout",
    ),
    "task_custom_fields": (
        "{n} custom field value on tasks",
        "{n} custom field values on tasks",
        "not carried",
    ),
    "resource_custom_fields": (
        "{n} custom field value on resources",
        "{n} custom field values on resources",
        "not carried",
    ),
    "assignment_custom_fields": (
        "{n} custom field value on assignments",
        "{n} custom field values on assignments",
        "not carried",
    ),
    "outline_codes": ("{n} outline code", "{n} outline codes", "not carried"),
    "budget_resource": ("{n} budget resource", "{n} budget resources", "imported as a cost resource"),
    "unknown_calendar": (
        "{n} reference to a calendar that the file does not have",
        "{n} references to calendars that the file does not have",
        "the project calendar is used",
    ),
    "work_weeks": (
        "{n} calendar has work weeks",
        "{n} calendars have work weeks",
        "carried as exceptions for each day that differs",
    ),
    "recurring_exception_unknown": (
        "{n} calendar exception recurs in a way Planner does not know",
        "{n} calendar exceptions recur in ways Planner does not know",
        "left out",
    ),
}


class ImportNotes:
    """The counts of what was not carried, turned into the report's lines."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.details: dict[str, str] = {}

    def add(self, key: str, count: int = 1, detail: str = "") -> None:
        if key not in NOTES:
            raise KeyError(key)
        if count > 0:
            self.counts[key] += count
            if detail:
                self.details[key] = detail

    def lines(self) -> list[str]:
        found = []
        for key, (one, many, instead) in NOTES.items():
            n = self.counts.get(key, 0)
            if n:
                subject = (one if n == 1 else many).format(n=n, detail=self.details.get(key, ""))
                found.append(f"{subject} ({instead})")
        return found

"""Quality records as plain data: defects and issues, checklists and their items, lessons learned.

People (a defect's owner, an auditor, a lesson's owner) are names, not resources:
a defect is often owned by someone outside the plan's team (the vendor's tester),
and deleting a resource must not touch the quality records. Tasks are referred to by
Unique ID, not as declared references: a defect found in a task that is later
deleted stays in the log (it still happened) and reads as "(deleted task)".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class DefectKind(StrEnum):
    DEFECT = "defect"
    ISSUE = "issue"
    CHANGE_REQUEST = "change request"


class Severity(StrEnum):
    """How bad it is, worst first (the order charts and counts use)."""

    CRITICAL = "critical"
    MAJOR = "major"
    MINOR = "minor"
    TRIVIAL = "trivial"


class Priority(StrEnum):
    """How soon it is to be dealt with, most urgent first."""

    URGENT = "urgent"
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class DefectStatus(StrEnum):
    """The workflow: new -> triaged -> in progress -> fixed -> verified -> closed; reopened goes back."""

    NEW = "new"
    TRIAGED = "triaged"
    IN_PROGRESS = "in progress"
    FIXED = "fixed"
    VERIFIED = "verified"
    CLOSED = "closed"
    REOPENED = "reopened"


OPEN_DEFECT_STATUSES = (
    DefectStatus.NEW,
    DefectStatus.TRIAGED,
    DefectStatus.IN_PROGRESS,
    DefectStatus.REOPENED,
)  # fixed and verified await closing but are no longer someone's work to do


@dataclass
class Defect:
    id: int
    title: str
    kind: DefectKind = DefectKind.DEFECT
    severity: Severity = Severity.MINOR
    priority: Priority = Priority.MEDIUM
    status: DefectStatus = DefectStatus.NEW
    task_id: int | None = None  # found in this task or deliverable (a Unique ID; see the module docstring)
    owner: str = ""
    found: date | None = None
    fixed: date | None = None
    closed: date | None = None
    resolution: str = ""
    notes: str = ""


class CheckResult(StrEnum):
    OPEN = "open"  # not checked yet
    PASS = "pass"
    FAIL = "fail"
    NOT_APPLICABLE = "n.a."


@dataclass
class Checklist:
    """A checklist or compliance audit of one deliverable or phase gate (a task, usually a milestone)."""

    id: int
    title: str
    task_id: int | None = None  # the gate or deliverable it checks
    standard: str = ""  # ISO/IEC 27001:2022, GDPR, the internal coding standard
    auditor: str = ""
    audit_date: date | None = None
    notes: str = ""


@dataclass
class ChecklistItem:
    id: int
    checklist_id: int
    requirement: str
    reference: str = ""  # the control or article: "A.8.24", "Art. 32"
    result: CheckResult = CheckResult.OPEN
    evidence: str = ""  # a link or path to the evidence
    auditor: str = ""
    checked: date | None = None
    notes: str = ""
    position: int = 0  # the item's place in its checklist


class LessonStatus(StrEnum):
    PROPOSED = "proposed"
    AGREED = "agreed"
    IN_PROGRESS = "in progress"
    DONE = "done"
    DROPPED = "dropped"


@dataclass
class Lesson:
    """A lesson learned and the process improvement it leads to."""

    id: int
    observation: str
    category: str = ""  # planning, requirements, testing, vendor, communication, ...: the PM's own words
    action: str = ""
    owner: str = ""
    status: LessonStatus = LessonStatus.PROPOSED
    raised: date | None = None
    notes: str = ""

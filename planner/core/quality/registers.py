"""The quality registers declared: the defect log, checklists, checklist items, lessons learned.

Column order is the order a PM reads the log in; fields not shown by default come
from the table header's menu. The registers' own rules (a defect closed before it
was found) are in `check_*`.
"""

from __future__ import annotations

from planner.core.errors import InputError
from planner.core.quality.checking import type_item_field
from planner.core.quality.defect_typing import type_defect_field
from planner.core.quality.entities import (
    Checklist,
    ChecklistItem,
    CheckResult,
    Defect,
    DefectKind,
    DefectStatus,
    Lesson,
    LessonStatus,
    Priority,
    Severity,
)
from planner.core.records.spec import Kind, RecordField, RecordSpec


def check_defect(defect: Defect) -> None:
    for later, name in ((defect.fixed, "fixed"), (defect.closed, "closed")):
        if later and defect.found and later < defect.found:
            raise InputError(f"{name} date {later} is before the {defect.kind.value} was found ({defect.found})")


DEFECTS = RecordSpec(
    "defects",
    Defect,
    "defect",
    "defects",
    "D",
    "title",
    (
        RecordField("title", "Title", required=True, width=34, tip="What is wrong, in a line"),
        RecordField("kind", "Kind", Kind.CHOICE, DefectKind, width=13, tip="defect, issue or change request"),
        RecordField("severity", "Severity", Kind.CHOICE, Severity, width=9, tip="critical, major, minor, trivial"),
        RecordField("priority", "Priority", Kind.CHOICE, Priority, width=8, tip="urgent, high, medium, low"),
        RecordField(
            "status",
            "Status",
            Kind.CHOICE,
            DefectStatus,
            width=11,
            tip="new, triaged, in progress, fixed, verified, closed; reopened",
        ),
        RecordField("task_id", "Found in", Kind.TASK, width=24, tip="The task or deliverable: its ID (12) or name"),
        RecordField("owner", "Owner", Kind.PERSON, width=14, tip="Who is fixing it"),
        RecordField("found", "Found", Kind.DATE, width=10, tip="The day it was found: 2027-03-01"),
        RecordField("fixed", "Fixed", Kind.DATE, width=10, shown=False),
        RecordField("closed", "Closed", Kind.DATE, width=10),
        RecordField("resolution", "Resolution", width=24, tip="How it was resolved"),
        RecordField("notes", "Notes", Kind.NOTE, width=24, shown=False),
    ),
    entered="found",
    check=check_defect,
    typed=type_defect_field,  # the workflow: a status dates the defect, a date moves its status
)

CHECKLISTS = RecordSpec(
    "checklists",
    Checklist,
    "checklist",
    "checklists",
    "C",
    "title",
    (
        RecordField("title", "Checklist", required=True, width=30, tip="Security audit, Go-live readiness"),
        RecordField("task_id", "Gate or deliverable", Kind.TASK, width=26, tip="The milestone or task it checks"),
        RecordField("standard", "Standard", width=18, tip="ISO/IEC 27001:2022, GDPR, the coding standard"),
        RecordField("auditor", "Auditor", Kind.PERSON, width=14),
        RecordField("audit_date", "Audit date", Kind.DATE, width=10),
        RecordField("notes", "Notes", Kind.NOTE, width=24, shown=False),
    ),
)

CHECKLIST_ITEMS = RecordSpec(
    "checklist_items",
    ChecklistItem,
    "checklist item",
    "checklist items",
    "CI",
    "requirement",
    (
        RecordField("checklist_id", "Checklist", Kind.RECORD, table="checklists", required=True, width=8),
        RecordField("reference", "Reference", width=10, tip="The control or article: A.8.24, Art. 32"),
        RecordField("requirement", "Requirement", required=True, width=40),
        RecordField("result", "Result", Kind.CHOICE, CheckResult, width=7, tip="open, pass, fail or n.a."),
        RecordField("evidence", "Evidence", Kind.LINK, width=24, tip="A link or path to the evidence"),
        RecordField("auditor", "Auditor", Kind.PERSON, width=14),
        RecordField("checked", "Checked", Kind.DATE, width=10),
        RecordField("notes", "Notes", Kind.NOTE, width=24, shown=False),
        RecordField("position", "#", Kind.NUMBER, width=4, shown=False, tip="The item's place in its checklist"),
    ),
    typed=type_item_field,  # a result dates the check; a moved item goes to the end (quality.checking)
)

LESSONS = RecordSpec(
    "lessons",
    Lesson,
    "lesson",
    "lessons",
    "L",
    "observation",
    (
        RecordField("observation", "Observation", required=True, width=40, tip="What happened, good or bad"),
        RecordField("category", "Category", width=14, tip="planning, requirements, testing, vendor, ..."),
        RecordField("action", "Improvement action", width=34, tip="What we change in how we work"),
        RecordField("owner", "Owner", Kind.PERSON, width=14),
        RecordField("status", "Status", Kind.CHOICE, LessonStatus, width=11),
        RecordField("raised", "Raised", Kind.DATE, width=10),
        RecordField("notes", "Notes", Kind.NOTE, width=24, shown=False),
    ),
    entered="raised",
)

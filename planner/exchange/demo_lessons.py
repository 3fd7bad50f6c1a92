"""The demo's lessons learned: what the first six weeks of the portal project taught, and what changes.

Each value is typed text, read as the Lessons learned page reads a cell
(core.records.values), so the demo shows what a PM would have typed. The dates lie
before the demo's status date (2027-02-15): lessons from kick-off, the interviews
and the first design weeks, two of their improvements done and one dropped.
"""

from __future__ import annotations

from planner.core.model.entities import Project
from planner.core.quality.entities import Lesson
from planner.core.quality.registers import LESSONS
from planner.core.records.edits import check_record
from planner.core.records.values import parse

DEMO_LESSONS: tuple[dict[str, str], ...] = (
    {
        "observation": "Finance was not at the kick-off; the licence budget questions came back at every meeting",
        "category": "communication",
        "action": "Invite the finance controller to every steering committee",
        "owner": "Anna Schmidt",
        "status": "done",
        "raised": "2027-01-08",
    },
    {
        "observation": "The stakeholder interviews took half again as long as planned (rooms, diaries)",
        "category": "planning",
        "action": "Book interviews two weeks ahead and plan them with a 30% buffer",
        "owner": "Markus Weber",
        "status": "agreed",
        "raised": "2027-01-22",
    },
    {
        "observation": "The requirements template had no data protection section; the DPIA found gaps late",
        "category": "requirements",
        "action": "Add GDPR questions (purpose, retention, processors) to the requirements template",
        "owner": "Dr. Claudia Richter",
        "status": "in progress",
        "raised": "2027-02-03",
    },
    {
        "observation": "The clickable prototype caught three misunderstandings of the order history before any build",
        "category": "design",
        "action": "Prototype every customer-facing flow before its sprint is planned",
        "owner": "Lena Koch",
        "status": "agreed",
        "raised": "2027-02-10",
    },
    {
        "observation": "The hosting provider needs six weeks' notice for a test environment",
        "category": "vendor",
        "action": "Order the environments at design approval, not at the start of the build",
        "owner": "Stefan Braun",
        "status": "proposed",
        "raised": "2027-02-12",
    },
    {
        "observation": "A weekly written status report duplicated the steering committee slides",
        "category": "communication",
        "action": "Replace the weekly report by the dashboard's status PDF",
        "owner": "Anna Schmidt",
        "status": "dropped",
        "raised": "2027-01-29",
        "notes": "The sponsor wants the weekly report kept until go-live.",
    },
)


def add_demo_lessons(project: Project) -> None:
    """Put the demo's lessons into the demo project (built fresh, so rows go straight into its table)."""
    for row in DEMO_LESSONS:
        values = {key: parse(project, LESSONS.field(key), text) for key, text in row.items()}
        lesson = Lesson(project.next_id("lessons"), **values)
        check_record(LESSONS, lesson)
        project.lessons[lesson.id] = lesson

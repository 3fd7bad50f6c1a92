"""The communication registers declared: stakeholders, the communication plan, meetings, decisions, actions."""

from __future__ import annotations

from planner.core.communication.action_typing import typed_action
from planner.core.communication.entities import (
    ActionItem,
    ActionStatus,
    Communication,
    Decision,
    Engagement,
    Frequency,
    Meeting,
    Stakeholder,
)
from planner.core.records.spec import Kind, RecordField, RecordSpec

ENGAGEMENT_TIP = "unaware, resistant, neutral, supportive or leading"
FREQUENCY_TIP = "daily, weekly, fortnightly, monthly, quarterly, at milestones, as needed"

STAKEHOLDERS = RecordSpec(
    "stakeholders",
    Stakeholder,
    "stakeholder",
    "stakeholders",
    "S",
    "name",
    (
        RecordField("name", "Name", Kind.PERSON, required=True, width=20, aliases=("Stakeholder",)),
        RecordField(
            "role", "Role", width=20, tip="Sponsor, product owner, head of support", aliases=("Job title", "Position")
        ),
        RecordField("organisation", "Organisation", width=16, aliases=("Organization", "Department", "Company")),
        RecordField("contact", "Contact", width=20, tip="E-mail or phone", aliases=("E-mail", "Email", "Phone")),
        RecordField("power", "Power", Kind.LEVEL, width=5, tip="1 (none) to 5 (decides)", aliases=("Influence",)),
        RecordField("interest", "Interest", Kind.LEVEL, width=5, tip="1 (none) to 5 (affected daily)"),
        RecordField(
            "engagement",
            "Engagement",
            Kind.CHOICE,
            Engagement,
            width=10,
            tip=ENGAGEMENT_TIP,
            aliases=("Current engagement", "Engagement now", "Current"),
        ),
        RecordField(
            "wanted",
            "Wanted",
            Kind.CHOICE,
            Engagement,
            width=10,
            tip="Where you want them: " + ENGAGEMENT_TIP,
            aliases=("Desired engagement", "Wanted engagement", "Target engagement", "Desired"),
        ),
        RecordField(
            "channel",
            "Channel",
            width=12,
            tip="e-mail, meeting, phone, chat, report",
            aliases=("Preferred channel", "Communication channel"),
        ),
        RecordField("frequency", "Frequency", Kind.CHOICE, Frequency, width=12, tip=FREQUENCY_TIP),
        RecordField("notes", "Notes", Kind.NOTE, width=24, shown=False),
    ),
)

COMMUNICATIONS = RecordSpec(
    "communications",
    Communication,
    "communication",
    "communications",
    "K",
    "what",
    (
        RecordField(
            "what",
            "Communication",
            required=True,
            width=24,
            tip="Status report, steering committee, demo",
            aliases=("What", "Item", "Deliverable"),
        ),
        RecordField("audience", "Audience", width=24, aliases=("To", "Recipients", "Stakeholders")),
        RecordField("channel", "Channel", width=12),
        RecordField("frequency", "Frequency", Kind.CHOICE, Frequency, width=12, tip=FREQUENCY_TIP),
        RecordField("owner", "Owner", Kind.PERSON, width=14, aliases=("Responsible", "Sender")),
        RecordField("next_due", "Next due", Kind.DATE, width=10, aliases=("Next", "Due", "Due date", "Next date")),
        RecordField("last_done", "Last done", Kind.DATE, width=10, aliases=("Last sent", "Last held", "Last")),
        RecordField("notes", "Notes", Kind.NOTE, width=24, shown=False),
    ),
)

MEETINGS = RecordSpec(
    "meetings",
    Meeting,
    "meeting",
    "meetings",
    "M",
    "title",
    (
        RecordField("title", "Meeting", required=True, width=26),
        RecordField("held", "Date", Kind.DATE, width=10),
        RecordField("attendees", "Attendees", width=34, tip="Names, separated by commas"),
        RecordField("communication_id", "Plan line", Kind.RECORD, table="communications", width=8, shown=False),
        RecordField("notes", "Notes", Kind.NOTE, width=34),
    ),
)

DECISIONS = RecordSpec(
    "decisions",
    Decision,
    "decision",
    "decisions",
    "DC",
    "decision",
    (
        RecordField("decision", "Decision", required=True, width=40),
        RecordField("meeting_id", "Meeting", Kind.RECORD, table="meetings", width=8),
        RecordField("made", "Date", Kind.DATE, width=10),
        RecordField("made_by", "Made by", Kind.PERSON, width=14),
        RecordField("notes", "Notes", Kind.NOTE, width=24, shown=False),
    ),
)

ACTIONS = RecordSpec(
    "action_items",
    ActionItem,
    "action item",
    "action items",
    "A",
    "title",
    (
        RecordField("title", "Action", required=True, width=34),
        RecordField("meeting_id", "Meeting", Kind.RECORD, table="meetings", width=8),
        RecordField("owner", "Owner", Kind.PERSON, width=14),
        RecordField("due", "Due", Kind.DATE, width=10),
        RecordField("status", "Status", Kind.CHOICE, ActionStatus, width=8, tip="open, done or dropped"),
        RecordField("task_id", "Task", Kind.TASK, width=24, tip="The task it became"),
        RecordField("done", "Done", Kind.DATE, width=10, shown=False),
        RecordField("notes", "Notes", Kind.NOTE, width=24, shown=False),
    ),
    typed=typed_action,
)

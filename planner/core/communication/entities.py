"""Stakeholder and communication records as plain data.

People are names (a stakeholder is rarely a resource of the plan). An action item
may become a task: the action keeps the task's Unique ID (`task_id`), which is how
the link is followed both ways; a task deleted later leaves the action standing,
reading "(deleted task)", as the meeting that agreed it still did.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Engagement(StrEnum):
    """The stakeholder engagement assessment matrix's levels (PMBOK), least engaged first."""

    UNAWARE = "unaware"
    RESISTANT = "resistant"
    NEUTRAL = "neutral"
    SUPPORTIVE = "supportive"
    LEADING = "leading"


class Frequency(StrEnum):
    DAILY = "daily"
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    AT_MILESTONES = "at milestones"
    AS_NEEDED = "as needed"


@dataclass
class Stakeholder:
    id: int
    name: str
    role: str = ""
    organisation: str = ""
    contact: str = ""  # e-mail or phone
    power: int = 3  # 1-5
    interest: int = 3  # 1-5
    engagement: Engagement = Engagement.NEUTRAL  # now
    wanted: Engagement = Engagement.SUPPORTIVE  # where the PM wants them
    channel: str = ""  # e-mail, meeting, phone, chat, report
    frequency: Frequency | None = None
    notes: str = ""


@dataclass
class Communication:
    """One line of the communication plan: what goes to whom, how and how often, and when it is next due."""

    id: int
    what: str  # status report, steering committee, sprint demo
    audience: str = ""
    channel: str = ""
    frequency: Frequency | None = None
    owner: str = ""
    next_due: date | None = None
    last_done: date | None = None
    notes: str = ""


@dataclass
class Meeting:
    id: int
    title: str
    held: date | None = None
    attendees: str = ""  # names, separated by commas or semicolons
    notes: str = ""
    communication_id: int | None = None  # the plan line it serves (the steering committee)


@dataclass
class Decision:
    id: int
    decision: str
    meeting_id: int | None = None
    made: date | None = None  # the meeting's date unless said
    made_by: str = ""
    notes: str = ""


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


@dataclass
class ActionItem:
    id: int
    title: str
    meeting_id: int | None = None
    owner: str = ""
    due: date | None = None
    status: ActionStatus = ActionStatus.OPEN
    task_id: int | None = None  # the task it became (see the module docstring)
    done: date | None = None
    notes: str = ""

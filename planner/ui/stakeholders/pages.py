"""The pages of the Stakeholders tab, in the order they are shown: a richer page replaces its entry here."""

from __future__ import annotations

from planner.ui.meetings.meetings_page import MeetingsPage
from planner.ui.stakeholders.plan_page import CommunicationPlanPage
from planner.ui.stakeholders.stakeholders_page import StakeholdersPage

PAGES: tuple[type, ...] = (StakeholdersPage, CommunicationPlanPage, MeetingsPage)

"""The pages of the Stakeholders tab, in the order they are shown: a richer page replaces its entry here."""

from __future__ import annotations

from planner.core.communication.registers import ACTIONS, DECISIONS, MEETINGS
from planner.ui.registers.master_detail import master_detail_page
from planner.ui.stakeholders.plan_page import CommunicationPlanPage
from planner.ui.stakeholders.stakeholders_page import StakeholdersPage

MeetingsPage = master_detail_page("&Meetings", MEETINGS, (DECISIONS, "meeting_id"), (ACTIONS, "meeting_id"))

PAGES: tuple[type, ...] = (StakeholdersPage, CommunicationPlanPage, MeetingsPage)

"""The pages of the Stakeholders tab, in the order they are shown: a richer page replaces its entry here."""

from __future__ import annotations

from planner.core.communication.registers import ACTIONS, COMMUNICATIONS, DECISIONS, MEETINGS, STAKEHOLDERS
from planner.ui.registers.master_detail import master_detail_page
from planner.ui.registers.register_page import plain_page

StakeholdersPage = plain_page(STAKEHOLDERS, "&Stakeholders")
CommunicationPlanPage = plain_page(COMMUNICATIONS, "&Communication plan")
MeetingsPage = master_detail_page("&Meetings", MEETINGS, (DECISIONS, "meeting_id"), (ACTIONS, "meeting_id"))

PAGES: tuple[type, ...] = (StakeholdersPage, CommunicationPlanPage, MeetingsPage)

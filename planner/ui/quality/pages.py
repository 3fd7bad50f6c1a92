"""The pages of the Quality tab, in the order they are shown: a richer page replaces its entry here."""

from __future__ import annotations

from planner.core.quality.registers import CHECKLIST_ITEMS, CHECKLISTS
from planner.ui.quality.defects_page import DefectsPage
from planner.ui.quality.lessons_page import LessonsPage
from planner.ui.registers.master_detail import master_detail_page

ChecklistsPage = master_detail_page("&Checklists", CHECKLISTS, (CHECKLIST_ITEMS, "checklist_id"))

PAGES: tuple[type, ...] = (DefectsPage, ChecklistsPage, LessonsPage)

"""The pages of the Quality tab, in the order they are shown: a richer page replaces its entry here."""

from __future__ import annotations

from planner.core.quality.registers import DEFECTS
from planner.ui.audits.checklists_page import ChecklistsPage
from planner.ui.quality.lessons_page import LessonsPage
from planner.ui.registers.register_page import plain_page

DefectsPage = plain_page(DEFECTS, "&Defects")

PAGES: tuple[type, ...] = (DefectsPage, ChecklistsPage, LessonsPage)

"""The pages of the Quality tab, in the order they are shown: a richer page replaces its entry here."""

from __future__ import annotations

from planner.ui.audits.checklists_page import ChecklistsPage
from planner.ui.quality.defects_page import DefectsPage
from planner.ui.quality.lessons_page import LessonsPage

PAGES: tuple[type, ...] = (DefectsPage, ChecklistsPage, LessonsPage)

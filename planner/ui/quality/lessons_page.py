"""The Lessons learned page: observations, their improvement actions, and which actions are still open.

"Open actions" (the improvements not yet done or dropped) is what a PM reviews at a
retrospective; the category column offers the categories already used, so the log
keeps one word per theme ("testing", not "Testing" and "tests"). A new lesson is
raised today.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget

from planner.core.model.entities import Project
from planner.core.quality.entities import LessonStatus
from planner.core.quality.lessons import is_open_action
from planner.core.quality.registers import LESSONS
from planner.ui.registers.record_filter import RecordFilter, by_value, everything
from planner.ui.registers.register_page import RegisterPage
from planner.ui.session import Session
from planner.ui.tabs import TabHost

OPEN_ACTIONS = RecordFilter("Open actions", is_open_action)


class LessonsPage(RegisterPage):
    title = "&Lessons learned"

    def __init__(self, session: Session, host: TabHost, parent: QWidget | None = None) -> None:
        filters = [everything(LESSONS), OPEN_ACTIONS, *(by_value("status", s) for s in LessonStatus)]
        super().__init__(LESSONS, session, host, parent, filters)
        self.table.delegate.suggest.add("category")

    def new_values(self, project: Project) -> dict[str, Any]:
        return {**super().new_values(project), "raised": date.today()}

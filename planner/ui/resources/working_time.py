"""Working Time of a resource: Change Working Time opened on the person's week and own exceptions.

The base calendar's holidays apply without being listed; the country is the base's. OK
gives the resource a calendar of its own the first time (core.team.resource_calendar_edits),
as one undoable edit, or shows why it cannot be taken.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from planner.core.edits.calendar_edits import TypedException
from planner.core.edits.edit import Edit
from planner.core.model.entities import Project
from planner.core.team.resource_calendar_edits import base_of, resource_working_time_edit, shown_calendar
from planner.ui.dialogs.working_time import WorkingTimeDialog
from planner.ui.session import Session


class ResourceWorkingTimeDialog(WorkingTimeDialog):
    def __init__(self, session: Session, resource_id: int, parent: QWidget | None = None) -> None:
        project = session.project
        resource = project.resources[resource_id]
        super().__init__(session, parent, shown_calendar(project, resource))
        self.resource_id = resource_id
        base = base_of(project, resource)
        self.setWindowTitle(f"Change Working Time for {resource.name}")
        self.country.hide()
        note = QLabel(
            f"Built on the base calendar '{base.name}': its holidays and exceptions apply too. "
            "Add this person's vacations and other days off as exceptions.",
            self,
        )
        note.setWordWrap(True)
        note.setObjectName("baseCalendarNote")
        layout = self.layout()
        layout.insertWidget(0, note)
        for index in range(layout.count()):  # the "Public holidays of" row belongs to the base
            item = layout.itemAt(index)
            if item.layout() is not None and item.layout().indexOf(self.country) >= 0:
                label = item.layout().labelForField(self.country)
                if label is not None:
                    label.hide()

    def build_edit(self, project: Project, week: list[str], rows: list[TypedException], country: str) -> Edit | None:
        return resource_working_time_edit(project, self.resource_id, week, rows)

"""The Resources tab's registration: its page, its Edit and Project entries, its status-bar summary.

Insert and Delete work on resources here (their shortcuts are scoped to this page, so a
Delete in the sheet never touches tasks); Resource Working Time opens Change Working Time
on the selected person; Skills List tidies the project's skills.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from planner.core.team import resource_edits
from planner.ui.resources import questions
from planner.ui.resources.page import ResourcesPage
from planner.ui.resources.sheet_columns import LAYOUT_KEY, sheet_column
from planner.ui.resources.skills_dialog import SkillsDialog
from planner.ui.resources.working_time import ResourceWorkingTimeDialog
from planner.ui.session import Session
from planner.ui.tabs import MenuEntries, Tab, TabHost


class ResourcesTabPlugin(Tab):
    key = "resources"
    title = "&Resources"

    def __init__(self, host: TabHost) -> None:
        super().__init__(host)
        window = host.window()
        self.insert = self._action(window, "&Insert Resource", self.insert_resource, Qt.Key.Key_Insert)
        self.delete = self._action(window, "&Delete Resource", self.delete_resources, QKeySequence.StandardKey.Delete)
        self.working_time = self._action(window, "Resource &Working Time…", self.edit_working_time)
        self.skills = self._action(window, "&Skills List…", self.edit_skills)
        self.find = self._action(window, "&Find Resource…", self.find_resource, QKeySequence.StandardKey.Find)
        self.level = self._action(window, "&Level Selected Resources…", self.level_selected)
        self.level.setStatusTip("Level Resources with the selected people ticked (the level part's dialog)")
        self.working_time.setStatusTip("Change the selected person's working week and days off (vacations)")
        self.skills.setStatusTip("Add, rename or delete the skills the project keeps")
        self.summary = QLabel()
        self.summary.setContentsMargins(8, 0, 8, 0)
        self.session: Session | None = None
        self.dialog: QDialog | None = None  # the dialog open, if any

    @staticmethod
    def _action(window: QWidget, text: str, slot: Callable[[], None], key=None) -> QAction:
        action = QAction(text, window)
        if key is not None:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    @property
    def resources_page(self) -> ResourcesPage | None:
        return self.page if isinstance(self.page, ResourcesPage) else None

    def open(self, session: Session) -> QWidget:
        self.session = session
        page = ResourcesPage(session)
        page.message.connect(lambda text, error: self.host.status(text, error))
        page.sheet.table.context_actions = [self.working_time, None, self.insert, self.delete]
        layout = self.host.settings.bytes(LAYOUT_KEY)  # the sheet's columns as the PM left them
        if layout is not None:
            page.sheet.table.horizontalHeader().restoreState(layout)
        session.changed.connect(self._update_summary)
        self._update_summary()
        return page

    def close(self) -> None:
        page = self.resources_page
        if page is not None:
            page.sheet.table.commit_open_editor()
            self.host.settings.set_bytes(LAYOUT_KEY, page.sheet.table.horizontalHeader().saveState())
        self.session = None
        self.summary.clear()

    def actions(self) -> list[QAction]:
        return [self.insert, self.delete, self.working_time, self.skills, self.find, self.level]

    def menu_entries(self) -> MenuEntries:
        return {
            "Edit": [self.insert, self.delete, None, self.find],
            "Project": [self.working_time, self.skills, self.level],
        }

    def status_widgets(self) -> list[QWidget]:
        return [self.summary]

    def printable(self) -> QWidget | None:
        return self.resources_page

    # -- what its actions do ----------------------------------------------------------
    def _update_summary(self, _changes=None) -> None:
        if self.session is None:
            return
        resources = self.session.project.resources.values()
        people = sum(1 for r in resources if r.kind == "work")
        count = len(self.session.project.resources)
        self.summary.setText(f"{count} resource{'s' * (count != 1)}   ·   {people} people")

    def insert_resource(self) -> None:
        page, session = self.resources_page, self.session
        if page is None or session is None:
            return
        table = page.sheet.table
        made = session.attempt(resource_edits.insert_resource, table.report)
        if made is not None:
            table.select_resource(made.changes[0].after.id, sheet_column("name"))
            table.setFocus()

    def delete_resources(self) -> None:
        page, session = self.resources_page, self.session
        if page is None or session is None:
            return
        table = page.sheet.table
        ids = table.selected_resource_ids()
        if not ids:
            return
        assigned = resource_edits.deleted_with(session.project, set(ids)).get("assignments", 0)
        if assigned:
            names = [session.project.resources[i].name for i in ids]
            if not questions.ask_delete_assigned(self.host.window(), questions.delete_assigned_text(names, assigned)):
                return
        made = session.attempt(lambda p: resource_edits.delete_resources(p, ids), table.report)
        if made is not None:
            self.host.status(f"{made.label} (Ctrl+Z brings it back)")

    def edit_working_time(self) -> None:
        page, session = self.resources_page, self.session
        if page is None or session is None:
            return
        resource_id = page.sheet.table.current_resource_id()
        if resource_id is None:
            self.host.status("Select a resource to change its working time", error=True)
            return
        self._show(ResourceWorkingTimeDialog(session, resource_id, self.host.window()))

    def level_selected(self) -> None:
        """Project > Level Resources… with the people selected in the sheet ticked."""
        page = self.resources_page
        if page is not None:
            self.host.window().level_actions.open_dialog(page.sheet.table.selected_resource_ids())

    def edit_skills(self) -> None:
        if self.session is not None:
            self._show(SkillsDialog(self.session, self.host.window()))

    def _show(self, dialog: QDialog) -> None:
        """Window-modal, as the Project menu's dialogs: `dialog` is the one open until it closes."""
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        dialog.deleteLater()
        if self.dialog is dialog:
            self.dialog = None

    def find_resource(self) -> None:
        if self.resources_page is not None:
            self.resources_page.sheet.focus_search()

"""The Risk tab's actions: insert, delete, information, response task, import, find; on the open register."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from planner.core.errors import PlannerError
from planner.core.risk.edits import add_risk, delete_risks, response_task
from planner.core.risk.register import review_day
from planner.core.risk.reserve import offered_reserve, set_contingency_from_register
from planner.ui.risks.risk_info import RiskInfoDialog
from planner.ui.risks.risk_tab_page import RiskTabPage
from planner.ui.risks.scales_dialog import RiskScalesDialog
from planner.ui.tabs import TabHost

SHOWN_PROBLEMS = 15


class RiskActions(QObject):
    def __init__(self, host: TabHost) -> None:
        super().__init__(host.window())
        self.host = host
        self.page: RiskTabPage | None = None
        self.last_message: QMessageBox | None = None  # the last import report shown (tests read it)
        key = Qt.Key
        self.insert = self._action("&Insert Risk", self.insert_risk, [QKeySequence(key.Key_Insert)])
        delete, shift = QKeySequence.StandardKey.Delete, Qt.KeyboardModifier.ShiftModifier
        self.delete = self._action("&Delete Risk", self.delete_selected, [QKeySequence(delete)])
        self.info = self._action("Risk &Information…", self.show_info, [QKeySequence(shift | key.Key_F2)])
        self.response = self._action("Create &Response Task", self.create_response_task, [])
        self.import_register = self._action("Import Risk &Register…", self.choose_register, [])
        self.contingency = self._action("Set Budget &Contingency from Register", self.set_contingency, [])
        self.contingency.setStatusTip("Set the budget's contingency reserve line to the open risks' EMV")
        self.scales = self._action("Risk &Scales…", self.show_scales, [])
        self.scales.setStatusTip("What each probability and impact level means in this project")
        self.find = self._action("&Find Risks…", self.focus_search, [QKeySequence(QKeySequence.StandardKey.Find)])
        self.response.setStatusTip("Add a task carrying out the current risk's response, linked back to the risk")
        self.import_register.setStatusTip("Add the risks of a CSV or Excel register (Title, Probability, Impact, ...)")

    def _action(self, text: str, slot: Callable[[], None], keys: list[QKeySequence]) -> QAction:
        action = QAction(text, self.host.window())
        action.setShortcuts(keys)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    @property
    def all(self) -> list[QAction]:
        return [
            self.insert,
            self.delete,
            self.info,
            self.response,
            self.import_register,
            self.contingency,
            self.scales,
            self.find,
        ]

    def menu_entries(self) -> list[QAction | None]:
        return [
            self.insert, self.delete, None, self.info, self.response, None,
            self.import_register, self.contingency, self.scales, self.find,
        ]  # fmt: skip

    def context_menu_actions(self) -> list[QAction | None]:
        return [self.info, self.response, None, self.insert, self.delete]

    def bind(self, page: RiskTabPage | None) -> None:
        self.page = page

    # -- what they do ----------------------------------------------------------------
    def _refused(self, text: str) -> None:
        if self.page is not None:
            self.page.register.table.report(text)

    def insert_risk(self) -> None:
        page = self.page
        if page is None:
            return
        session = page.session
        edit = session.attempt(lambda p: add_risk(p, review_day(p, date.today())), self._refused)
        if edit is not None:
            risk_id = edit.changes[0].after.id
            page.show_risk(risk_id)
            table = page.register.table
            table.edit(table.currentIndex())  # type the title at once, as Insert in the task table does
            self.host.status(f"Risk R{risk_id} added: type its title")

    def delete_selected(self) -> None:
        page = self.page
        if page is None:
            return
        chosen = page.register.table.selected_risk_ids()
        if chosen and page.session.attempt(lambda p: delete_risks(p, chosen), self._refused) is not None:
            self.host.status(f"Deleted {', '.join(f'R{r}' for r in chosen)} (Undo brings back)")

    def show_info(self, risk_id: int | None = None) -> None:
        page = self.page
        if page is None:
            return
        risk_id = risk_id if risk_id is not None else page.register.table.current_risk_id()
        if risk_id is None or risk_id not in page.session.project.risks:
            return
        RiskInfoDialog(page.session, risk_id, self.host.window()).exec()

    def create_response_task(self) -> None:
        page = self.page
        risk_id = page.register.table.current_risk_id() if page is not None else None
        if page is None or risk_id is None:
            return
        edit = page.session.attempt(lambda p: response_task(p, risk_id), self._refused)
        if edit is not None:
            task = edit.changes[0].after
            self.host.status(f"Task {task.name!r} added to the plan and linked to R{risk_id} (see the Gantt tab)")

    def show_scales(self) -> None:
        if self.page is not None:
            RiskScalesDialog(self.page.session, self.host.window()).exec()

    def set_contingency(self) -> None:
        """Offer the register's reserve to the Budget tab: its contingency line becomes the open risks' EMV."""
        page = self.page
        if page is None:
            return
        edit = page.session.attempt(set_contingency_from_register, self._refused)
        amount = f"{offered_reserve(page.session.project):,.0f} {page.session.project.currency}"
        if edit is None:
            self.host.status(f"The budget's contingency reserve is {amount} already")
        else:
            self.host.status(f"The budget's contingency reserve is now {amount}, the open risks' EMV (see Budget)")

    def focus_search(self) -> None:
        if self.page is not None:
            self.page.register.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.page.register.search.selectAll()

    def choose_register(self) -> None:
        if self.page is None:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self.host.window(), "Import Risk Register", "", "Risk registers (*.csv *.xlsx);;All files (*)"
        )
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> bool:
        """Add the register at `path` as one edit; any bad row: a report of every problem, nothing added."""
        from planner.exchange.risk_import import RegisterError, read_register

        page = self.page
        if page is None:
            return False
        project = page.session.project
        try:
            changes = page.session.run(read_register(path, project, review_day(project, date.today())))
        except RegisterError as error:
            shown = error.problems[:SHOWN_PROBLEMS]
            more = len(error.problems) - len(shown)
            text = "\n".join(shown) + (f"\n… and {more} more" if more > 0 else "")
            self._report(f"{path.name}: {error}", text, QMessageBox.Icon.Warning)
            return False
        except PlannerError as error:
            self._report(f"{path.name} was not imported", str(error), QMessageBox.Icon.Warning)
            return False
        count = 0 if changes is None else len(changes.risks)
        self.host.status(f"Imported {count} risk{'s' * (count != 1)} from {path.name} (Undo takes them back)")
        return True

    def _report(self, title: str, text: str, icon: QMessageBox.Icon) -> None:
        box = QMessageBox(icon, "Import Risk Register", title, parent=self.host.window())
        box.setInformativeText(text)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.last_message = box
        box.open()

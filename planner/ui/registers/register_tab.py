"""RegisterTab: a tab of register pages (Quality, Stakeholders), each page one entry of the tab's PAGES.

The tab shows its pages as tabs of their own (as the Risk tab does). Its actions,
Insert, Delete, Find and Import, act on the register the focus is in on the page
shown; their shortcuts work only inside the tab (planner.ui.tabs). Each page keeps
its tables' layout (widths, order, hidden columns) in the tab's settings group.
`reveal(table, record_id)` shows the page holding that register and selects the row.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from planner.ui.registers.register_page import RegisterPage
from planner.ui.session import Session
from planner.ui.tabs import MenuEntries, Tab, TabHost


class RegisterTabPage(QWidget):
    """The tab's page: its register pages as tabs, the first shown."""

    def __init__(self, pages: tuple[type, ...], session: Session, host: TabHost, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.pages: list[Any] = [page(session, host, self) for page in pages]
        for page in self.pages:
            self.tabs.addTab(page, page.title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def current(self) -> Any:
        return self.tabs.currentWidget()

    def page(self, kind: type) -> Any:
        return next(p for p in self.pages if isinstance(p, kind))

    def register(self, table: str) -> RegisterPage:
        """The RegisterPage of `table` on any page of the tab."""
        return next(r for p in self.pages for r in p.registers() if r.spec.table == table)

    def reveal(self, table: str, record_id: int) -> bool:
        for page in self.pages:
            if any(r.spec.table == table for r in page.registers()):
                self.tabs.setCurrentWidget(page)
                return page.reveal_record(table, record_id)
        return False


class RegisterTab(Tab):
    """Subclasses set `key`, `title` and `pages` (their PAGES tuple)."""

    pages: ClassVar[tuple[type, ...]]

    def __init__(self, host: TabHost) -> None:
        super().__init__(host)
        key = Qt.Key
        self.insert = self._action("&Insert Row", self._insert, [QKeySequence(key.Key_Insert)])
        self.delete = self._action("&Delete Rows", self._delete, [QKeySequence(QKeySequence.StandardKey.Delete)])
        self.find = self._action("&Find in Register…", self._find, [QKeySequence(QKeySequence.StandardKey.Find)])
        self.import_rows = self._action("I&mport into Register…", self._import, [])
        self.import_rows.setStatusTip("Add rows to the register shown from a CSV or Excel file, with a preview first")
        self.insert.setStatusTip("Add a row to the register shown (Insert)")
        self.delete.setStatusTip("Delete the selected rows of the register shown; Undo brings them back")
        self.find.setStatusTip("Find rows of the register shown by any text they show")

    def _action(self, text: str, slot, keys: list[QKeySequence]) -> QAction:
        action = QAction(text, self.host.window())
        action.setShortcuts(keys)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    @property
    def tab_page(self) -> RegisterTabPage | None:
        return self.page if isinstance(self.page, RegisterTabPage) else None

    def open(self, session: Session) -> QWidget:
        page = RegisterTabPage(self.pages, session, self.host)
        for register_page in page.pages:
            register_page.restore_settings(self.host.settings, self.key)
        page.tabs.currentChanged.connect(lambda _i: self._name_actions())
        self._name_actions(page)
        return page

    def close(self) -> None:
        page = self.tab_page
        if page is not None:
            for register_page in page.pages:
                register_page.close_page()
                register_page.save_settings(self.host.settings, self.key)

    def actions(self) -> list[QAction]:
        return [self.insert, self.delete, self.find, self.import_rows, *self.extra_actions()]

    def extra_actions(self) -> list[QAction]:
        """More actions of a tab (a subclass's); scoped and enabled like the rest, and in its Edit menu."""
        return []

    def menu_entries(self) -> MenuEntries:
        return {"Edit": [None, self.insert, self.delete, self.find, self.import_rows, *self.extra_actions()]}

    def reveal(self, table: str, record_id: int) -> bool:
        page = self.tab_page
        return page is not None and page.reveal(table, record_id)

    def printable(self) -> QWidget | None:
        """File > Print prints the register page shown, on one page (as the other tabs' views)."""
        page = self.tab_page
        return None if page is None else page.current()

    # -- what the actions do --------------------------------------------------------------
    def current_register(self) -> RegisterPage | None:
        page = self.tab_page
        return None if page is None else page.current().current_register()

    def _name_actions(self, page: RegisterTabPage | None = None) -> None:
        """The Edit menu names what Insert adds on the page shown: "Insert Defect"."""
        page = page or self.tab_page
        if page is None:
            return
        spec = page.current().registers()[0].spec
        self.insert.setText(f"&Insert {spec.singular.title()}")
        self.delete.setText(f"&Delete {spec.plural.title()}")
        self.find.setText(f"&Find {spec.plural.title()}…")
        self.import_rows.setText(f"I&mport {spec.plural.title()}…")

    def _insert(self) -> None:
        register = self.current_register()
        if register is not None:
            register.insert_record()

    def _delete(self) -> None:
        register = self.current_register()
        if register is not None:
            register.delete_selected()

    def _import(self) -> None:
        register = self.current_register()
        if register is not None:
            register.choose_import()

    def _find(self) -> None:
        register = self.current_register()
        if register is not None:
            register.focus_find()

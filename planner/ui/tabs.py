"""How a tab plugs into the main window: one registration per tab.

The main window knows a list of `Tab` subclasses (planner.ui.shell.tab_list.TABS),
never a tab by name. Each is created once per window, when its actions and menu
entries are made, so the menus look the same with or without a project open; each
time a project opens, `open` builds the tab's page for it. What a tab brings:

- its page (`open`), the widget shown under the tab's title;
- its actions (`actions`), whose shortcuts only work while the focus is in its page
  (so a Delete in a risk register never deletes tasks) and which are enabled only
  while the tab is current (`set_current`);
- its menu entries (`menu_entries`: menu title -> actions, None for a separator),
  placed by the window in its menus after the window's own entries;
- its part of the status bar (`status_widgets`), shown while the tab is current;
- its settings, kept under its `key` in QSettings: restored in `open`, written in
  `close`;
- what File > Print prints while it is current (`printable`);
- the rows it shows (`reveal`): the Dashboard opens the tab and row an item comes
  from through the window's `reveal(table, record_id)`, which asks each tab in order.

A Resources tab is then one class and one line in TABS:

    class ResourcesTab(Tab):
        key, title = "resources", "&Resources"

        def open(self, session):
            return ResourceSheet(session, self.host.settings)
"""

from __future__ import annotations

from typing import ClassVar, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from planner.ui.session import Session
from planner.ui.shell.settings import Settings

MenuEntries = dict[str, list[QAction | None]]


class TabHost(Protocol):
    """What the main window offers its tabs."""

    settings: Settings
    session: Session | None

    def status(self, text: str, error: bool = False, timeout: int = 10000) -> None:
        """A line in the status bar; `error` for a refusal."""

    def window(self) -> QWidget:
        """The window, as the parent of a tab's dialogs."""

    def reveal(self, table: str, record_id: int) -> bool:
        """Open the tab that shows row `record_id` of `table`, the row selected (see Tab.reveal)."""


class Tab(QObject):
    """Base class of a tab plugin; subclasses set `key` and `title` and implement `open`."""

    key: ClassVar[str]  # settings group and `planner --tab KEY`
    title: ClassVar[str]  # the tab's text, with its mnemonic

    def __init__(self, host: TabHost) -> None:
        super().__init__(host.window())
        self.host = host
        self.page: QWidget | None = None

    # -- what a tab implements ---------------------------------------------------
    def open(self, session: Session) -> QWidget:
        """The page for a project just opened; restore this tab's settings here."""
        raise NotImplementedError(f"{type(self).__name__} must build its page")

    def actions(self) -> list[QAction]:
        """Every action of the tab: scoped to its page, enabled while it is current."""
        return []

    def menu_entries(self) -> MenuEntries:
        return {}

    def status_widgets(self) -> list[QWidget]:
        return []

    def printable(self) -> QWidget | None:
        """What File > Print prints while this tab is current (None: nothing to print here)."""
        return None

    def close(self) -> None:
        """The project is closing: write this tab's settings. The window then deletes the page."""

    def reveal(self, table: str, record_id: int) -> bool:
        """Show row `record_id` of `table` ("tasks", "risks", "defects", ...) selected in this tab's page,
        clearing a filter that hides it; False when this tab does not show that table or has no such row.
        The window makes the tab current when it answers True."""
        return False

    # -- what the window calls -----------------------------------------------------
    def attach(self, session: Session) -> QWidget:
        """Build the page and scope the tab's shortcuts to it."""
        self.page = self.open(session)
        for action in self.actions():
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.page.addAction(action)
        return self.page

    def detach(self) -> QWidget | None:
        page = self.page
        if page is not None:
            self.close()
        self.page = None
        self.set_current(False)
        return page

    def set_current(self, current: bool) -> None:
        """Enable the actions and show the status bar part only while this tab is the one shown."""
        active = current and self.page is not None
        for action in self.actions():
            action.setEnabled(active)
        for widget in self.status_widgets():
            widget.setVisible(active)

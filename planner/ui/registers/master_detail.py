"""A master register above and its detail registers below: a checklist's items, a meeting's decisions and actions.

Each detail is a RegisterPage narrowed (`narrow_to`) to the master's current record
by its RECORD field: it lists that parent's rows only, and Insert there fills the
parent in. Several details share the space below as tabs named with their counts
("Action items (2)"): side by side they would not fit a small laptop's screen. The
page answers the tab's page protocol (planner.ui.registers): Insert, Delete and Find
go to the register the focus is in.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from planner.core.records.spec import RecordSpec
from planner.ui.registers.register_page import RegisterPage
from planner.ui.session import Session
from planner.ui.shell.settings import Settings
from planner.ui.tabs import TabHost

Detail = tuple[RecordSpec, str]  # the detail register, and its RECORD field naming the master's record


class MasterDetailPage(QWidget):
    """`master` above; each of `details` below, showing the master's current record's rows."""

    title = ""

    def __init__(
        self,
        master: RecordSpec | RegisterPage,
        details: Sequence[Detail | RegisterPage],
        session: Session,
        host: TabHost,
        parent: QWidget | None = None,
    ) -> None:
        """Pass specs for plain registers, or RegisterPages (built with parent None) for richer ones."""
        super().__init__(parent)
        self.session = session
        self.master = master if isinstance(master, RegisterPage) else RegisterPage(master, session, host, self)
        self.details: list[RegisterPage] = []
        self.detail_keys: list[str] = []
        for detail in details:
            if isinstance(detail, RegisterPage):
                page, key = detail, self._parent_field(detail.spec)
            else:
                spec, key = detail
                page = RegisterPage(spec, session, host, self)
            self.details.append(page)
            self.detail_keys.append(key)
        self._last: RegisterPage = self.master
        for page in self.registers():
            page.table.installEventFilter(_Focused(self, page))
        self._build()
        self.master.current_changed.connect(self._master_moved)
        self.master.model.dataChanged.connect(lambda *_: self._master_moved(self.master.current_id()))
        self._master_moved(self.master.current_id())

    def _parent_field(self, spec: RecordSpec) -> str:
        master_table = self.master.spec.table
        return next(f.key for f in spec.fields if f.table == master_table)

    def _build(self) -> None:
        self.detail_tabs: QTabWidget | None = None
        below: QWidget = self.details[0]
        if len(self.details) > 1:  # side by side they would make the window wider than a small laptop's
            self.detail_tabs = below = QTabWidget(self)
            self.detail_tabs.setDocumentMode(True)
            for page in self.details:
                self.detail_tabs.addTab(page, page.spec.plural.capitalize())
                page.proxy.counted.connect(lambda *_: self._name_detail_tabs())
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.master)
        self.splitter.addWidget(below)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([300, 420])  # the detail rows are the longer list
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def _master_moved(self, record_id: int | None) -> None:
        spec = self.master.spec
        exists = record_id is not None and record_id in self.master.model.row_of
        parent = record_id if exists else None
        for page, key in zip(self.details, self.detail_keys, strict=True):
            caption = ""
            if parent is not None:
                caption = f"<b>{page.spec.plural.capitalize()} of {spec.label(parent)}</b>"
            page.narrow_to(key, parent, caption or f"<b>{page.spec.plural.capitalize()}</b>")

    def _name_detail_tabs(self) -> None:
        """Each detail's tab says how many rows it holds for the master's record: "Action items (2)"."""
        if self.detail_tabs is None:
            return
        for index, page in enumerate(self.details):
            self.detail_tabs.setTabText(index, f"{page.spec.plural.capitalize()} ({page.proxy.total()})")

    def show_detail(self, page: RegisterPage) -> None:
        if self.detail_tabs is not None:
            self.detail_tabs.setCurrentWidget(page)

    # -- the tab's page protocol ----------------------------------------------------------
    def registers(self) -> list[RegisterPage]:
        return [self.master, *self.details]

    def current_register(self) -> RegisterPage:
        """The register the focus is in, or was in last."""
        return next((p for p in self.registers() if p.has_focus_inside()), self._last)

    def reveal_record(self, table: str, record_id: int) -> bool:
        if table == self.master.spec.table:
            return self.master.reveal(record_id)
        for page, key in zip(self.details, self.detail_keys, strict=True):
            if table == page.spec.table and record_id in page.model.row_of:
                parent = getattr(page.model.record(record_id), key)
                if parent is not None:
                    self.master.reveal(parent)
                self.show_detail(page)
                return page.reveal(record_id)
        return False

    def restore_settings(self, settings: Settings, group: str) -> None:
        for page in self.registers():
            page.restore_settings(settings, group)

    def save_settings(self, settings: Settings, group: str) -> None:
        for page in self.registers():
            page.save_settings(settings, group)

    def close_page(self) -> None:
        for page in self.registers():
            page.close_page()


class _Focused(QObject):
    """Remembers which register of the page the focus was in last (for the tab's Insert and Delete)."""

    def __init__(self, owner: MasterDetailPage, page: RegisterPage) -> None:
        super().__init__(page)
        self.owner, self.page = owner, page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self.owner._last = self.page
        return False


def master_detail_page(title: str, master: RecordSpec, *details: Detail) -> type[MasterDetailPage]:
    """A PAGES entry: the plain master/detail page of `master` and `details` under `title`."""

    class PlainMasterDetailPage(MasterDetailPage):
        def __init__(self, session: Session, host: TabHost, parent: QWidget | None = None) -> None:
            super().__init__(master, details, session, host, parent)

    PlainMasterDetailPage.title = title
    PlainMasterDetailPage.__name__ = PlainMasterDetailPage.__qualname__ = f"{master.plural.title()}Page"
    return PlainMasterDetailPage

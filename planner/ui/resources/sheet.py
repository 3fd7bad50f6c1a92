"""The Resource Sheet view: a filter strip over the table of resources, typed into as the task table is.

Insert adds a resource, Delete deletes the selected ones (asking first when they are
assigned: the question and the undo step say what goes with them), typing replaces a cell,
Enter commits and moves down, Tab moves right, a refusal shows beside the cell.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from planner.ui.gantt.table.delegate import TaskDelegate
from planner.ui.gantt.table.refusal_note import RefusalNote
from planner.ui.resources.sheet_columns import SHEET_COLUMNS, sheet_column
from planner.ui.resources.sheet_model import ResourceIdRole, ResourceModel
from planner.ui.resources.sheet_proxy import ALL_GROUPS, ResourceProxy
from planner.ui.session import Session
from planner.ui.typed_table import TypedTableView

HIDDEN = ("material_label", "accrue_at")  # shown from the header's menu


class ResourceTable(TypedTableView):
    message = Signal(str, bool)

    def __init__(self, proxy: ResourceProxy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proxy = proxy
        self.setObjectName("resourceSheet")
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setTabKeyNavigation(True)
        self.setWordWrap(False)
        self.delegate = TaskDelegate(self)
        self.delegate.entered.connect(self._move_down)
        self.setItemDelegate(self.delegate)
        self.refusal_note = RefusalNote(self.viewport())
        self.setModel(proxy)
        self._setup_header()
        model = proxy.resource_model
        model.refused.connect(self._refused)
        model.notice.connect(lambda text: self.message.emit(text, False))
        model.added.connect(lambda rid: self.select_resource(rid, sheet_column("name")))
        self.context_actions: list[QAction | None] = []  # set by the tab: Working Time, Insert, Delete
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)

    def _setup_header(self) -> None:
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        unit = self.fontMetrics().horizontalAdvance("0")
        for index, column in enumerate(SHEET_COLUMNS):
            header.resizeSection(index, column.width * unit + 12)
            header.setSectionHidden(index, column.key in HIDDEN)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)

    # -- resources and selection ------------------------------------------------------
    def current_resource_id(self) -> int | None:
        index = self.currentIndex()
        return index.data(ResourceIdRole) if index.isValid() else None

    def selected_resource_ids(self) -> list[int]:
        """The resources of the selected cells top to bottom, or the current one if none is selected."""
        rows = sorted({i.row() for i in self.selectionModel().selectedIndexes()})
        ids = [self.proxy.index(r, 0).data(ResourceIdRole) for r in rows]
        ids = [i for i in ids if i is not None]
        if ids:
            return ids
        current = self.current_resource_id()
        return [] if current is None else [current]

    def select_resource(self, resource_id: int, column: int | None = None) -> None:
        model = self.proxy.resource_model
        if resource_id not in model.ids:
            return
        col = self.currentIndex().column() if column is None else column
        index = self.proxy.mapFromSource(model.index(model.row_of(resource_id), max(col, 0)))
        if index.isValid():
            self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.scrollTo(index)

    # -- keys and feedback ------------------------------------------------------------
    def _refused(self, resource_id: int | None, column: int, text: str) -> None:
        model = self.proxy.resource_model
        row = len(model.ids) if resource_id is None or resource_id not in model.ids else model.row_of(resource_id)
        self.report(text, self.proxy.mapFromSource(model.index(row, column)))

    def _header_menu(self, position) -> None:
        header = self.horizontalHeader()
        menu = QMenu(self)
        for logical, column in enumerate(SHEET_COLUMNS):
            action = menu.addAction(column.title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(logical))
            action.setEnabled(column.key != "name")
            action.toggled.connect(lambda shown, i=logical: header.setSectionHidden(i, not shown))
        menu.exec(header.mapToGlobal(position))


class ResourceSheet(QWidget):
    """The filter strip (group, search) over the resource table."""

    title = "Sheet"
    message = Signal(str, bool)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = ResourceModel(session, self)
        self.proxy = ResourceProxy(self.model, self)
        self.table = ResourceTable(self.proxy, self)
        self.table.message.connect(self.message)
        self.group = QComboBox(self)
        self.group.currentIndexChanged.connect(lambda _i: self.proxy.set_filter(group=self.group.currentData()))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Find resources by name, initials, role or email  (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self.proxy.set_filter(text=text))
        label = QLabel("&Group:", self)
        label.setBuddy(self.group)
        strip = QHBoxLayout()
        strip.setContentsMargins(6, 4, 6, 4)
        strip.addWidget(label)
        strip.addWidget(self.group)
        strip.addSpacing(8)
        strip.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(strip)
        layout.addWidget(self.table, 1)
        self._fill_groups()
        session.changed.connect(lambda changes: changes.resources and self._fill_groups())

    def _fill_groups(self) -> None:
        current = self.group.currentData() or ALL_GROUPS
        groups = sorted({r.group for r in self.session.project.resources.values() if r.group}, key=str.casefold)
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItem("All groups", ALL_GROUPS)
        for group in groups:
            self.group.addItem(group, group)
        self.group.setCurrentIndex(max(0, self.group.findData(current)))
        self.group.blockSignals(False)
        if self.group.currentData() != current:
            self.proxy.set_filter(group=self.group.currentData())

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

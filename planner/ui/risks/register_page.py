"""The Register page: the table with its filter, the current risk's details, the heat maps and top risks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.core.edits.changes import Changes
from planner.core.risk.register import Cell, heat_map, register_lines, top_risks
from planner.ui.risks.heat_map import HeatMap
from planner.ui.risks.page_base import RiskPage
from planner.ui.risks.risk_detail import RiskDetail
from planner.ui.risks.risk_model import RiskModel
from planner.ui.risks.risk_proxy import RiskFilter, RiskProxy
from planner.ui.risks.risk_table import RiskTable
from planner.ui.risks.side_lists import TopRisks
from planner.ui.session import Session
from planner.ui.tabs import TabHost

SIDE_WIDTH = 380


class RegisterPage(RiskPage):
    title = "&Register"

    def __init__(self, session: Session, host: TabHost, parent: QWidget | None = None) -> None:
        super().__init__(session, host, parent)
        self.model = RiskModel(session)
        self.proxy = RiskProxy(self.model)
        self.table = RiskTable(self.proxy, self)
        self.table.message.connect(lambda text, error: host.status(text, error))
        self.detail = RiskDetail(self)
        self.inherent = HeatMap("Inherent", self)
        self.residual = HeatMap("Residual (after response)", self)
        self.inherent.clicked.connect(lambda cell: self.filter_cell(cell, residual=False))
        self.residual.clicked.connect(lambda cell: self.filter_cell(cell, residual=True))
        self.top = TopRisks(self)
        self.top.chosen.connect(self.show_risk)
        self._build(self._filter_bar())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        session.changed.connect(self._changed)
        self._refresh()
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 1))  # the first risk's title, its details below

    def _filter_bar(self) -> QWidget:
        bar = QWidget(self)
        self.kind = QComboBox(bar)
        for kind in RiskFilter:
            self.kind.addItem(kind.value, kind)
        self.kind.currentIndexChanged.connect(lambda _i: self.proxy.set_filter(kind=self.kind.currentData()))
        self.search = QLineEdit(bar)
        self.search.setPlaceholderText("Find risks by title, owner, category or ID")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self.proxy.set_filter(text=text))
        self.cell_note = QLabel(bar)
        self.clear_cell = QPushButton("Show all cells", bar)
        self.clear_cell.clicked.connect(lambda: self.filter_cell(None))
        self.cell_note.hide()
        self.clear_cell.hide()
        label = QLabel("&Show:", bar)
        label.setBuddy(self.kind)
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(6, 4, 6, 4)
        for widget in (label, self.kind):
            layout.addWidget(widget)
        layout.addSpacing(8)
        layout.addWidget(self.search, 1)
        layout.addWidget(self.cell_note)
        layout.addWidget(self.clear_cell)
        return bar

    def _build(self, bar: QWidget) -> None:
        left = QSplitter(Qt.Orientation.Vertical, self)
        left.addWidget(self.table)
        left.addWidget(self.detail)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 1)
        left.setSizes([500, 160])
        maps = QWidget(self)
        row = QHBoxLayout(maps)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.inherent)
        row.addWidget(self.residual)
        side = QSplitter(Qt.Orientation.Vertical, self)
        side.addWidget(maps)
        side.addWidget(self.top)
        side.setStretchFactor(0, 0)
        side.setStretchFactor(1, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([1000, SIDE_WIDTH])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self.splitter, 1)

    # -- what the page shows -------------------------------------------------------
    def filter_cell(self, cell: Cell | None, residual: bool = False) -> None:
        """Show only the open risks in one cell of a heat map (None: every cell again)."""
        self.proxy.set_cell(cell, residual)
        (self.residual if residual else self.inherent).select(cell)
        (self.inherent if residual else self.residual).select(None)
        shown = cell is not None
        if shown:
            which = "residual" if residual else "inherent"
            self.cell_note.setText(f"{which.capitalize()} cell: probability {cell[0]} × impact {cell[1]}")
        self.cell_note.setVisible(shown)
        self.clear_cell.setVisible(shown)

    def show_risk(self, risk_id: int) -> None:
        """Make the risk current in the table, clearing a filter that hides it."""
        if not self.table.select_risk(risk_id):
            self.filter_cell(None)
            self.search.clear()
            self.kind.setCurrentIndex(0)
            self.table.select_risk(risk_id)
        self.table.setFocus()

    def _show_current(self) -> None:
        self.detail.show_risk(self.session.project, self.table.current_risk_id())

    def _changed(self, _changes: Changes) -> None:
        self._refresh()

    def _refresh(self) -> None:
        lines = register_lines(self.session.project)
        self.inherent.set_counts(heat_map(lines))
        self.residual.set_counts(heat_map(lines, residual=True))
        self.top.show_lines(top_risks(lines))
        self._show_current()

    def close_page(self) -> None:
        self.table.commit_open_editor()

"""The Budget tab's earned-value charts on screen: the S-curve, the monthly cash flow and the burn
rate, drawn by planner.charts.evm_charts (the same functions the workbook and reports use)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from planner.core.evm.curves import burn_rate, curves, monthly_cash_flow
from planner.core.evm.earned_value import EarnedValue
from planner.ui.evm.snapshot import earned_value
from planner.ui.session import Session

CHARTS = ("S-curve", "Cash flow", "Burn rate")


class EvmChartsPane(QWidget):
    """One page per chart; only the page shown is drawn, again when it is shown after an edit."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self._holders: list[QWidget] = []
        for title in CHARTS:
            holder = QWidget(self.pages)
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.pages.addTab(holder, title)
            self._holders.append(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.value: EarnedValue | None = None
        self._drawn: set[int] = set()
        self.pages.currentChanged.connect(self._draw_current)
        session.changed.connect(lambda _changes: self.refresh())
        self.refresh()

    def refresh(self, value: EarnedValue | None = None) -> None:
        self.value = value or earned_value(self.session)
        self._drawn.clear()
        self._draw_current()

    def figure(self, index: int):
        from planner.charts import evm_charts

        value = self.value
        assert value is not None
        currency = self.session.project.currency
        if index == 0:
            return evm_charts.s_curve(curves(value), currency)
        if index == 1:
            return evm_charts.cash_flow(monthly_cash_flow(value), currency)
        return evm_charts.burn_rate(burn_rate(value), currency)

    def canvas(self, index: int):
        """The chart widget on page `index` (None until first drawn)."""
        layout = self._holders[index].layout()
        return layout.itemAt(0).widget() if layout.count() else None

    def _draw_current(self, _index: int = 0) -> None:
        index = self.pages.currentIndex()
        if index in self._drawn or index < 0:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        layout = self._holders[index].layout()
        old = self.canvas(index)
        if old is not None:
            layout.removeWidget(old)
            old.deleteLater()
        canvas = FigureCanvasQTAgg(self.figure(index))
        canvas.setMinimumHeight(220)
        layout.addWidget(canvas)
        self._drawn.add(index)

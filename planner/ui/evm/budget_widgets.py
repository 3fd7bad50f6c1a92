"""Earned value on the Budget tab's page: the KPI strip on top (page.add_top) and the S-curve,
cash-flow and burn-rate charts beside the budget table (page.add_chart).

The page works out the project's costs once per edit and emits them (`refreshed`); earned value
reuses them (taking out the expenses after the status date, task by task), so the whole tab
refreshes from one cost pass. While the tab is not shown nothing is worked out: the
strip notes it is out of date and catches up when it is shown (opening a file pays nothing).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QObject, SignalInstance
from PySide6.QtWidgets import QWidget

from planner.core.cost import ProjectCosts
from planner.core.evm.curves import burn_rate, curves, monthly_cash_flow
from planner.core.evm.earned_value import EarnedValue
from planner.ui.evm.kpi_strip import KpiStrip
from planner.ui.evm.lazy_chart import LazyChart
from planner.ui.evm.snapshot import status_of
from planner.ui.session import Session

CHART_TITLES = ("S-curve", "Cash flow", "Burn rate")


class BudgetPageLike(Protocol):
    session: Session
    refreshed: SignalInstance

    def add_top(self, widget: QWidget) -> None: ...

    def add_chart(self, title: str, widget: QWidget) -> None: ...


class EvmWidgets(QObject):
    def __init__(self, page: BudgetPageLike) -> None:
        super().__init__(page)  # type: ignore[arg-type]
        self.session = page.session
        self.value: EarnedValue | None = None
        self.strip = KpiStrip(self.session, follow=False)
        page.add_top(self.strip)
        self.charts = {
            "S-curve": LazyChart(self._s_curve),
            "Cash flow": LazyChart(self._cash_flow),
            "Burn rate": LazyChart(self._burn_rate),
        }
        for title in CHART_TITLES:
            page.add_chart(title, self.charts[title])
        self._stale = True
        self._costs: ProjectCosts | None = None
        self.strip.installEventFilter(self)
        page.refreshed.connect(self.refresh)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.strip and event.type() == QEvent.Type.Show and self._stale:
            self.refresh(self._costs, force=True)
        return False

    def refresh(self, costs: ProjectCosts | None = None, *, force: bool = False) -> None:
        """Earned value from the page's costs (after each edit); put off while the tab is hidden."""
        self._costs, self._stale = costs, True
        if not (force or self.strip.isVisible()):
            for chart in self.charts.values():
                chart.stale = True
            return
        self._stale = False
        status = status_of(self.session)
        self.value = EarnedValue(self.session.schedule, status, costs=costs)
        self.strip.refresh(self.value)
        for chart in self.charts.values():
            chart.mark_stale()

    def _current(self) -> EarnedValue:
        if self.value is None or self._stale:
            self.refresh(self._costs, force=True)
        assert self.value is not None
        return self.value

    def _s_curve(self):
        from planner.charts.evm_charts import s_curve

        return s_curve(curves(self._current()), self.session.project.currency)

    def _cash_flow(self):
        from planner.charts.evm_charts import cash_flow

        return cash_flow(monthly_cash_flow(self._current()), self.session.project.currency)

    def _burn_rate(self):
        from planner.charts.evm_charts import burn_rate as burn_figure

        return burn_figure(burn_rate(self._current()), self.session.project.currency)


def add_evm_widgets(page: BudgetPageLike) -> EvmWidgets:
    """Put the KPI strip and the earned-value charts on the Budget tab's page."""
    return EvmWidgets(page)

"""The Defects page: the defect and issue log with the workflow's filters, the severity colours, the open
defects by severity above the table and the two charts (open vs closed, ageing) beside it.

Typing goes through the register's workflow (core.quality.defect_typing: fixed dates
the defect, reopening clears its dates). A new defect is found on the status date (or
today without one), the day the log's figures and charts are read on. The figures
count defects (kind defect), as the dashboard does; the table lists the whole log.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from planner.charts.quality_charts import SEVERITY_COLOURS
from planner.core.edits.changes import Changes
from planner.core.model.entities import Project
from planner.core.quality.entities import OPEN_DEFECT_STATUSES, DefectKind, DefectStatus, Severity
from planner.core.quality.metrics import AWAITING_STATUSES, quality_figures, status_day
from planner.core.quality.registers import DEFECTS
from planner.ui.quality.defect_charts import DefectCharts
from planner.ui.quality.severity_delegate import SeverityDelegate
from planner.ui.registers.record_filter import RecordFilter, by_value, everything
from planner.ui.registers.register_page import RegisterPage
from planner.ui.session import Session
from planner.ui.tabs import TabHost

SERIOUS = (Severity.CRITICAL, Severity.MAJOR)
FILTERS = (
    RecordFilter("Open", lambda d: d.status in OPEN_DEFECT_STATUSES),
    RecordFilter("Critical and major open", lambda d: d.status in OPEN_DEFECT_STATUSES and d.severity in SERIOUS),
    RecordFilter("Fixed, awaiting close", lambda d: d.status in AWAITING_STATUSES),
    RecordFilter("Closed", lambda d: d.status is DefectStatus.CLOSED),
    RecordFilter("Defects", lambda d: d.kind is DefectKind.DEFECT),
    RecordFilter("Issues", lambda d: d.kind is DefectKind.ISSUE),
    RecordFilter("Change requests", lambda d: d.kind is DefectKind.CHANGE_REQUEST),
)


def defect_filters() -> list[RecordFilter]:
    """The Show entries: all, the workflow's views, then one per status."""
    return [everything(DEFECTS), *FILTERS, *(by_value("status", s) for s in DefectStatus)]


def summary_html(project: Project, today: date) -> str:
    """The line above the table: the open defects by severity, each in its colour, and what else is open."""
    figures = quality_figures(project, status_day(project, today))
    chips = " ".join(
        f'<span style="background:{SEVERITY_COLOURS[s]};color:{"white" if s in SERIOUS else "black"}">'
        f"&nbsp;{n} {s.value}&nbsp;</span>"
        for s, n in figures.open_by_severity.items()
    )
    rest = (
        f"{figures.awaiting} fixed, awaiting close &nbsp;·&nbsp; {figures.open_issues} open issue"
        f"{'s' * (figures.open_issues != 1)} &nbsp;·&nbsp; {figures.open_change_requests} open change request"
        f"{'s' * (figures.open_change_requests != 1)}"
    )
    return f"<b>Open defects: {figures.open}</b> &nbsp;{chips} &nbsp;&nbsp; {rest} &nbsp;(as of {figures.day})"


class DefectsPage(RegisterPage):
    title = "&Defects"

    def __init__(self, session: Session, host: TabHost, parent: QWidget | None = None) -> None:
        super().__init__(DEFECTS, session, host, parent, defect_filters())
        self._colour_severity()
        self.summary = QLabel(self)
        self.summary.setContentsMargins(8, 2, 8, 4)
        self.summary.setWordWrap(True)  # a narrow window wraps the counts rather than widening the window
        self.summary.setToolTip(
            "Open: new, triaged, in progress or reopened; of kind defect (issues and change requests are "
            "counted beside). As of the status date, or today without one."
        )
        self.layout().insertWidget(1, self.summary)
        self.charts = DefectCharts(session, self)
        self.add_pane(self.charts, size=440)
        session.changed.connect(self._changed)
        self._show_summary()

    def _colour_severity(self) -> None:
        delegate = SeverityDelegate(self.model, self.table)
        delegate.entered.connect(self.table.delegate.entered)  # Enter moves down as in every other column
        delegate.suggest = self.table.delegate.suggest
        self.table.setItemDelegateForColumn(self.model.column_of("severity"), delegate)
        self.severity_delegate = delegate

    def _changed(self, changes: Changes) -> None:
        if changes.project or changes.of("defects"):
            self._show_summary()

    def _show_summary(self) -> None:
        self.summary.setText(summary_html(self.session.project, date.today()))

    def new_values(self, project: Project) -> dict[str, Any]:
        """A new defect is found on the day the log is read on: the status date, or today."""
        return {**super().new_values(project), "found": status_day(project, date.today())}

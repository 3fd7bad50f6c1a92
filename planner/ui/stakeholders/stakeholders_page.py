"""The Stakeholders page: the register and the power/interest grid side by side.

Clicking a quadrant of the grid shows only its stakeholders (the Show combo says so;
clicking it again, or "All stakeholders" in the combo, shows everyone). The current
row's stakeholder is ringed on the grid, and Engagement cells are filled by how far
they are from Wanted: green on target, amber one level short, red two or more.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from planner.core.communication.entities import Stakeholder
from planner.core.communication.grid import Quadrant, engagement_gap, gap_band, quadrant
from planner.core.communication.registers import STAKEHOLDERS
from planner.core.edits.changes import Changes
from planner.core.records.edits import records
from planner.core.records.spec import RecordField
from planner.ui.registers.record_filter import RecordFilter, everything
from planner.ui.registers.register_page import RegisterPage
from planner.ui.session import Session
from planner.ui.stakeholders.colours import GAP_FILLS, fill
from planner.ui.stakeholders.grid_pane import GridPane
from planner.ui.tabs import TabHost

GRID_WIDTH = 430  # px the grid starts with beside the table
HIDDEN_AT_FIRST = ("contact",)  # room for Engagement and Wanted; the header's menu shows it


def quadrant_filter(which: Quadrant) -> RecordFilter:
    return RecordFilter(f"Quadrant: {which.value}", lambda s: quadrant(s) is which)


SHORT_OF_WANTED = RecordFilter("Short of wanted engagement", lambda s: engagement_gap(s) > 0)


class StakeholdersPage(RegisterPage):
    title = "&Stakeholders"

    def __init__(self, session: Session, host: TabHost, parent: QWidget | None = None) -> None:
        self.quadrant_filters = {q: quadrant_filter(q) for q in Quadrant}
        filters = [everything(STAKEHOLDERS), *self.quadrant_filters.values(), SHORT_OF_WANTED]
        super().__init__(STAKEHOLDERS, session, host, parent, filters=filters)
        self.model.cell_colour = engagement_fill
        for key in HIDDEN_AT_FIRST:
            self.table.set_column_shown(key, False)
        self.grid = GridPane(self)
        self.grid.quadrant_clicked.connect(self.quadrant_clicked)
        self.add_pane(self.grid, size=GRID_WIDTH)
        self.show_combo.currentIndexChanged.connect(lambda _i: self.refresh_grid())
        self.current_changed.connect(lambda _id: self.refresh_grid())
        session.changed.connect(self._changed)
        self.refresh_grid()

    def chosen_quadrant(self) -> Quadrant | None:
        """The quadrant the Show combo filters by, if it does."""
        name = self.show_combo.currentText()
        return next((q for q, f in self.quadrant_filters.items() if f.name == name), None)

    def quadrant_clicked(self, which: Quadrant) -> None:
        """A click in the grid: show that quadrant's stakeholders, or everyone when it is shown already."""
        chosen = everything(STAKEHOLDERS) if which is self.chosen_quadrant() else self.quadrant_filters[which]
        self.choose_filter(chosen.name)
        self.host.status(f"Showing {self.proxy.rowCount()} of {self.proxy.total()} stakeholders: {chosen.name}")

    def _changed(self, changes: Changes) -> None:
        if changes.of(STAKEHOLDERS.table) or changes.project:
            self.refresh_grid()

    def refresh_grid(self) -> None:
        people: list[Stakeholder] = records(self.session.project, STAKEHOLDERS)
        self.grid.show_grid(people, self.chosen_quadrant(), self.current_id())


def engagement_fill(record: Any, field: RecordField | None) -> QColor | None:
    """Engagement cells filled by the gap to Wanted; no other cell is filled."""
    if field is None or field.key != "engagement":
        return None
    return fill(GAP_FILLS[gap_band(engagement_gap(record))])

"""The KPI strip at the top of the Budget tab: BAC, actual to date, EAC, VAC, CPI, SPI.

Each tile shows its figure and a red/amber/green dot; its tooltip states the rule behind the
dot (planner.core.evm.health) and, when a figure has no value yet, why. The strip says
which baseline and status date it measures at, and that there are no exchange rates.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from planner.core.evm.earned_value import EarnedValue
from planner.core.evm.health import Kpi, Sign, kpis
from planner.core.model.baselines import baseline_label
from planner.core.model.dates import format_date
from planner.ui.budget.money import money
from planner.ui.evm.snapshot import earned_value
from planner.ui.session import Session

SIGN_COLORS = {Sign.GREEN: "#2e7d32", Sign.AMBER: "#f0a202", Sign.RED: "#c62828"}
SIGN_WORDS = {Sign.GREEN: "on track", Sign.AMBER: "watch", Sign.RED: "act", Sign.NONE: ""}


class KpiTile(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self)
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        self.title.setStyleSheet(f"color: {muted.name()};")
        self.value = QLabel(self)
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.value.setFont(font)
        self.dot = QLabel(self)
        self.dot.setFixedSize(12, 12)
        self.word = QLabel(self)
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.dot)
        top.addWidget(self.title, 1)
        top.addWidget(self.word)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.value)
        self.sign = Sign.NONE
        # The tiles share the window's width; they never widen it (the tab sits in a laptop's window).
        for label in (self.title, self.value, self.word):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(96)

    def show_kpi(self, kpi: Kpi, currency: str) -> None:
        self.sign = kpi.sign
        self.title.setText(kpi.label)
        if kpi.value is not None and kpi.key not in ("cpi", "spi"):
            self.value.setText(money(kpi.value, currency))  # as the Budget tab writes money
        else:
            self.value.setText(kpi.text(currency))
        color = SIGN_COLORS.get(kpi.sign)
        if color is None:
            self.dot.setStyleSheet("border: 1px solid palette(mid); border-radius: 6px;")
        else:
            self.dot.setStyleSheet(f"background-color: {color}; border-radius: 6px;")
        self.word.setText(SIGN_WORDS[kpi.sign])
        if color is not None:
            self.word.setStyleSheet(f"color: {QColor(color).name()};")
        self.setToolTip(kpi.rule)


class KpiStrip(QWidget):
    """Six tiles and a line saying what they measure against; `refresh` after each edit."""

    def __init__(self, session: Session, parent: QWidget | None = None, *, follow: bool = True) -> None:
        """`follow`: refresh after each edit by itself (False: whoever placed it calls `refresh`)."""
        super().__init__(parent)
        self.session = session
        self.tiles: dict[str, KpiTile] = {}
        row = QHBoxLayout()
        row.setSpacing(8)
        for key in ("bac", "ac", "eac", "vac", "cpi", "spi"):
            tile = self.tiles[key] = KpiTile(self)
            row.addWidget(tile, 1)
        self.basis = QLabel(self)
        self.basis.setWordWrap(True)
        self.basis.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.basis.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 4)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.basis)
        self.value: EarnedValue | None = None
        if follow:
            session.changed.connect(lambda _changes: self.refresh())
            self.refresh()

    def refresh(self, value: EarnedValue | None = None) -> None:
        self.value = value or earned_value(self.session)
        project = self.session.project
        for kpi in kpis(self.value.total()):
            self.tiles[kpi.key].show_kpi(kpi, project.currency)
        self.basis.setText(self._basis())

    def _basis(self) -> str:
        value = self.value
        assert value is not None
        project = self.session.project
        when = format_date(value.status)
        dated = "status date" if project.status_date is not None else "today (no status date set)"
        currency = f"All amounts in {project.currency}; Planner keeps one currency and no exchange rates."
        if value.baseline is None:
            return f"No baseline saved: BAC, PV and EV are 0 until one is (Project > Set Baseline). {currency}"
        return f"Measured at the {dated}, {when}, against {baseline_label(value.baseline.number)}. {currency}"

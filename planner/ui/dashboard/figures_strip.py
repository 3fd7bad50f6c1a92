"""The key figures in one row: % complete, forecast against baseline finish, slip, BAC/EAC,
SPI/CPI, open risks with their EMV, open defects. A missing figure says why in its tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from planner.core.quality.entities import Severity
from planner.core.status.assess import ProjectStatus
from planner.ui.dashboard.colours import LATE, MUTED, card_style

CAPTIONS = ("Complete", "Forecast finish", "Slip", "BAC / EAC", "SPI / CPI", "Open risks", "Open defects")


def day(moment) -> str:
    return "—" if moment is None else f"{moment:%a %d %b %Y}"


def money(amount: float | None) -> str:
    return "—" if amount is None else f"{amount:,.0f}"


def index(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def slip_text(days: float | None) -> str:
    if days is None:
        return "—"
    return "on time" if days == 0 else f"{days:+g} wd"


class FiguresStrip(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figures")
        self.setStyleSheet(card_style("figures"))
        layout = QGridLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setHorizontalSpacing(18)
        layout.setVerticalSpacing(2)
        self.values: dict[str, QLabel] = {}
        self.notes: dict[str, QLabel] = {}
        for column, caption in enumerate(CAPTIONS):
            head = QLabel(caption, self)
            head.setStyleSheet(f"color: {MUTED}; font-size: 8pt;")
            value = QLabel("—", self)
            value.setStyleSheet("font-size: 13pt; font-weight: 600;")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            note = QLabel("", self)
            note.setStyleSheet(f"color: {MUTED}; font-size: 8pt;")
            layout.addWidget(head, 0, column)
            layout.addWidget(value, 1, column)
            layout.addWidget(note, 2, column)
            layout.setColumnStretch(column, 1)
            self.values[caption], self.notes[caption] = value, note

    def put(self, caption: str, value: str, note: str = "", late: bool = False, tip: str = "") -> None:
        self.values[caption].setText(value)
        self.values[caption].setStyleSheet(f"font-size: 13pt; font-weight: 600;{f' color: {LATE};' if late else ''}")
        self.notes[caption].setText(note)
        for label in (self.values[caption], self.notes[caption]):
            label.setToolTip(tip)

    def show_status(self, status: ProjectStatus, currency: str) -> None:
        f = status.figures
        no_costs = "No baseline with costs yet: Project > Set Baseline"
        self.put("Complete", f"{f.percent_complete:g}%", "by duration")
        self.put("Forecast finish", day(f.forecast_finish),
                 f"baseline {day(f.baseline_finish)}" if f.baseline_finish else "no baseline yet",
                 tip="" if f.baseline_finish else "No baseline yet: Project > Set Baseline")  # fmt: skip
        late = f.slip_days is not None and f.slip_days > 0
        self.put("Slip", slip_text(f.slip_days), "working days" if f.slip_days is not None else "no baseline yet",
                 late=late, tip="The forecast finish less the baseline finish, in working days")  # fmt: skip
        self.put("BAC / EAC", f"{money(f.bac)} / {money(f.eac)}", currency, tip="" if f.bac else no_costs)
        self.put("SPI / CPI", f"{index(f.spi)} / {index(f.cpi)}", "EV / PV, EV / AC", tip="" if f.bac else no_costs)
        self.put("Open risks", str(f.open_risks), f"EMV {money(f.risk_emv)} {currency}")
        counts = status.open_defects
        self.put("Open defects", str(f.open_defects),
                 f"{counts[Severity.CRITICAL]} critical, {counts[Severity.MAJOR]} major",
                 late=bool(counts[Severity.CRITICAL]))  # fmt: skip

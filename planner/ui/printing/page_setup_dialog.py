"""File > Page Setup…: paper, orientation, margins, dates, pages wide, columns, with a live preview.

Every change is tried on the plan at once: the dialog says how many pages it makes and
at what size, shows page 1, and when the request cannot be printed readably it says
why in one line and OK waits for a setup that can.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

from planner.core.errors import PlannerError
from planner.core.model.page_setup import MAX_MARGIN_MM, MAX_PAGES_WIDE, PAPERS, PageSetup, check_page_setup
from planner.ui.dialogs.date_field import DateField
from planner.ui.gantt.table.columns import COLUMNS
from planner.ui.printing.layout import PRINT_TITLES, PrintLayout
from planner.ui.printing.plan import Plan
from planner.ui.printing.thumbnail import first_page

THUMB_WIDTH = 300
MIDNIGHT = time(0, 0)


def column_title(key: str) -> str:
    column = next(c for c in COLUMNS if c.key == key)
    return PRINT_TITLES.get(key, column.title)


class PageSetupDialog(QDialog):
    """Edits a copy of `setup`; `result_setup()` is the accepted one. `plan` is what the preview prints."""

    def __init__(self, setup: PageSetup, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Page Setup — Gantt")
        self.plan, self.setup = plan, setup
        self._accepted: PageSetup | None = None
        self._build(setup)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.refresh)
        self.refresh()

    # -- the form ------------------------------------------------------------------------
    def _build(self, setup: PageSetup) -> None:
        self.paper = QComboBox(self)
        self.paper.addItems(list(PAPERS))
        self.paper.setCurrentText(setup.paper)
        self.landscape, self.portrait = QRadioButton("&Landscape", self), QRadioButton("&Portrait", self)
        (self.landscape if setup.landscape else self.portrait).setChecked(True)
        turn = QHBoxLayout()
        turn.addWidget(self.landscape)
        turn.addWidget(self.portrait)
        turn.addStretch(1)
        self.margin = QDoubleSpinBox(self, suffix=" mm", decimals=1, maximum=MAX_MARGIN_MM, singleStep=1.0)
        self.margin.setValue(setup.margin_mm)
        self.pages_wide = QSpinBox(self, minimum=0, maximum=MAX_PAGES_WIDE)
        self.pages_wide.setSpecialValueText("As many as needed")
        self.pages_wide.setSuffix(" pages wide")
        self.pages_wide.setValue(setup.pages_wide)
        last = setup.date_to - timedelta(days=1) if setup.date_to else None
        self.date_from = DateField(setup.date_from, "first day", MIDNIGHT, parent=self)
        self.date_to = DateField(last, "last day", MIDNIGHT, parent=self)
        for field in (self.date_from, self.date_to):
            field.line.setPlaceholderText("the project's")
        self.baseline = QCheckBox("&Baseline bars under the tasks (Tracking Gantt)", self)
        self.baseline.setChecked(setup.baseline)
        self.columns = self._column_list(setup.columns)
        form = QFormLayout()
        form.addRow("Pape&r:", self.paper)
        form.addRow("Orientation:", turn)
        form.addRow("&Margins:", self.margin)
        form.addRow("&From:", self.date_from)
        form.addRow("&To:", self.date_to)
        form.addRow("F&it to:", self.pages_wide)
        form.addRow("", self.baseline)
        form.addRow("&Columns:", self.columns)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.preview = QLabel(self)
        self.preview.setMinimumWidth(THUMB_WIDTH)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.summary)
        body = QHBoxLayout()
        body.addLayout(form, 1)
        body.addLayout(right)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.buttons)
        for signal in (self.paper.currentIndexChanged, self.landscape.toggled, self.margin.valueChanged,
                       self.pages_wide.valueChanged, self.baseline.toggled, self.columns.itemChanged,
                       self.date_from.edited, self.date_to.edited):  # fmt: skip
            signal.connect(lambda *_: self._timer.start())
        self.columns.model().rowsMoved.connect(lambda *_: self._timer.start())

    def _column_list(self, chosen: tuple[str, ...]) -> QListWidget:
        """Every column, the chosen ones first in their printed order, checked; drag to reorder."""
        widget = QListWidget(self)
        widget.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        keys = list(chosen) + [c.key for c in COLUMNS if c.key not in chosen and c.title]
        for key in keys:
            item = QListWidgetItem(column_title(key), widget)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked)
        widget.setMinimumHeight(160)
        return widget

    # -- reading it back -------------------------------------------------------------------
    def chosen(self) -> PageSetup:
        """The setup the form shows; PlannerError (InputError) when it cannot be printed."""
        keys = []
        for row in range(self.columns.count()):
            item = self.columns.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                keys.append(item.data(Qt.ItemDataRole.UserRole))
        setup = replace(
            self.setup,
            paper=self.paper.currentText(),
            landscape=self.landscape.isChecked(),
            margin_mm=self.margin.value(),
            date_from=self._day(self.date_from),
            date_to=self._day(self.date_to, after=True),
            pages_wide=self.pages_wide.value(),
            columns=tuple(keys),
            baseline=self.baseline.isChecked(),
        )
        return check_page_setup(setup)

    @staticmethod
    def _day(field: DateField, after: bool = False) -> datetime | None:
        """Empty: the project's own; a day's start, or (`after`) the midnight that ends it."""
        if not field.line.text().strip():
            return None
        day = datetime.combine(field.moment().date(), MIDNIGHT)
        return day + timedelta(days=1) if after else day

    def refresh(self) -> PrintLayout | None:
        """Try the form on the plan: page count and page 1, or the one line saying why it cannot print."""
        try:
            layout = PrintLayout(self.plan, self.chosen())
        except PlannerError as error:
            self.summary.setText(f"<span style='color:#c62828'>{_escape(str(error))}</span>")
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return None
        pages = len(layout.pages)
        self.summary.setText(
            f"{pages} page{'s' * (pages != 1)}: {layout.fit.pages_wide} across × {layout.page_rows} down, "
            f"text at {layout.points:.1f} pt"
        )
        self.preview.setPixmap(first_page(layout, THUMB_WIDTH))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        return layout

    def accept(self) -> None:
        self._timer.stop()
        if self.refresh() is None:
            return
        self._accepted = self.chosen()
        super().accept()

    def result_setup(self) -> PageSetup | None:
        return self._accepted


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

"""A date field for dialogs that reads what the task table reads, with a calendar to pick from.

Qt's QDateEdit takes only its own display format, a section at a time: typing
`2027-03-01` into it did nothing, and `Mon 2027-03-01` became Fri 2027-12-03 without a
word. This field is a line edit read by core's one date parser (ISO, `Mon 2027-03-01`,
MS Project's US `3/15/27 8:00 AM`, ...); a value it cannot read raises InputError, which
the dialog shows and stays open. The arrow beside it opens a month calendar.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QMenu, QToolButton, QWidget, QWidgetAction

from planner.core.errors import InputError
from planner.core.model.dates import DATE_HINT, WORKING_DAY, format_date, parse_date


class DateField(QWidget):
    """`what` names the field in messages; a date typed without a time gets `default_time`."""

    edited = Signal()

    def __init__(
        self,
        value: datetime | date | None,
        what: str,
        default_time: time = WORKING_DAY[0],
        bounds: tuple[time, time] = WORKING_DAY,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.what, self.default_time, self.bounds = what, default_time, bounds
        self.line = QLineEdit(self)
        self.line.setToolTip(DATE_HINT[0].upper() + DATE_HINT[1:])
        self.line.setPlaceholderText("e.g. 2027-03-01 or 3/1/27")
        self.line.textEdited.connect(lambda _text: self.edited.emit())
        self.pick = QToolButton(self)
        self.pick.setArrowType(Qt.ArrowType.DownArrow)
        self.pick.setToolTip("Pick a day on a calendar")
        self.pick.clicked.connect(self._show_calendar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.pick)
        self.setFocusProxy(self.line)
        self.set_moment(value)

    def set_moment(self, value: datetime | date | None) -> None:
        if value is not None and not isinstance(value, datetime):
            value = datetime.combine(value, self.default_time)
        self.line.setText(format_date(value, self.bounds))

    def moment(self) -> datetime:
        """The typed date and time; raises InputError saying how to write a date."""
        return parse_date(self.line.text(), self.default_time, self.what)

    def _show_calendar(self) -> None:
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        calendar.setGridVisible(True)
        calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        try:
            calendar.setSelectedDate(QDate(self.moment().date()))
        except InputError:  # an unreadable text opens the calendar on today
            calendar.setSelectedDate(QDate.currentDate())
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(calendar)
        menu.addAction(holder)
        calendar.clicked.connect(lambda day: (self._picked(day.toPython()), menu.close()))
        menu.exec(self.line.mapToGlobal(self.line.rect().bottomLeft()))

    def _picked(self, day: date) -> None:
        try:
            clock = self.moment().time()
        except InputError:  # no readable time yet: the field's default
            clock = self.default_time
        self.set_moment(datetime.combine(day, clock))
        self.edited.emit()

"""The project's own elements: name, start and finish, currency, calendar, hours per day and week."""

from __future__ import annotations

from xml.etree.ElementTree import Element

from planner.core.schedule.result import Schedule
from planner.exchange.mspdi_export.elements import add_fields
from planner.exchange.mspdi_export.values import ACCRUAL_CODES, FORMAT_DAYS, SAVE_VERSION, clock, flag, moment

CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "CHF": "CHF", "INR": "₹"}
WORK_FORMAT_HOURS = 2


def write_header(root: Element, schedule: Schedule, file_name: str) -> None:
    """The settings before the calendars, in the schema's order."""
    project = schedule.project
    units = project.units
    start, finish = (t.hour * 60 + t.minute for t in (project.default_start_time, project.default_finish_time))
    baseline = next((b.number for b in project.baselines.values() if b.for_variance), None)
    add_fields(
        root,
        (
            ("SaveVersion", SAVE_VERSION),
            ("Name", file_name),
            ("Title", project.name),
            ("ScheduleFromStart", flag(True)),
            ("StartDate", moment(project.start)),
            ("FinishDate", moment(schedule.project_finish)),
            ("CurrencyDigits", 2),
            ("CurrencySymbol", CURRENCY_SYMBOLS.get(project.currency, project.currency)),
            ("CurrencyCode", project.currency),
            ("CalendarUID", project.calendar_id),
            ("DefaultStartTime", clock(start)),
            ("DefaultFinishTime", clock(finish)),
            ("MinutesPerDay", units.minutes_per_day),
            ("MinutesPerWeek", units.minutes_per_week),
            ("DaysPerMonth", round(units.minutes_per_month / units.minutes_per_day)),
            ("DefaultTaskType", 0),
            ("DefaultFixedCostAccrual", ACCRUAL_CODES["prorated"]),
            ("DurationFormat", FORMAT_DAYS),
            ("WorkFormat", WORK_FORMAT_HOURS),
            ("HonorConstraints", flag(project.honour_constraints)),
            ("NewTasksEffortDriven", flag(False)),
            ("WeekStartDay", 1),  # Monday
            ("BaselineForEarnedValue", baseline),
            ("StatusDate", moment(project.status_date) if project.status_date else None),
            ("NewTasksAreManual", flag(False)),
        ),
    )

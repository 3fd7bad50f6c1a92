"""Small hand-written MSPDI files: a project header, the standard calendar, and tasks as a test gives them."""

from __future__ import annotations

from pathlib import Path

from planner.exchange.mspdi.reader import read_mspdi
from planner.exchange.project_formats import ProjectImport

_DAY = (
    "<WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime>"
    "<WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes>"
)
STANDARD_WEEK = "".join(
    f"<WeekDay><DayType>{d}</DayType><DayWorking>{int(d not in (1, 7))}</DayWorking>{_DAY if d not in (1, 7) else ''}"
    "</WeekDay>"
    for d in range(1, 8)
)
STANDARD = (
    "<Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar>"
    f"<BaseCalendarUID>-1</BaseCalendarUID><WeekDays>{STANDARD_WEEK}</WeekDays></Calendar>"
)
HEADER = (
    "<Name>plan.xml</Name><Title>Portal relaunch</Title><StartDate>2027-01-04T08:00:00</StartDate>"
    "<CalendarUID>1</CalendarUID><MinutesPerDay>480</MinutesPerDay><MinutesPerWeek>2400</MinutesPerWeek>"
    "<DaysPerMonth>20</DaysPerMonth><CurrencyCode>EUR</CurrencyCode>"
)
SUMMARY = "<Task><UID>0</UID><ID>0</ID><Name>Portal</Name><OutlineLevel>0</OutlineLevel><Summary>1</Summary></Task>"


def task(
    uid: int, name: str = "", level: int = 1, duration: str = "PT8H0M0S", extra: str = "", row: int | None = None
) -> str:
    """One <Task>; its ID (row number) is its UID unless `row` is given."""
    return (
        f"<Task><UID>{uid}</UID><ID>{uid if row is None else row}</ID><Name>{name or f'Task {uid}'}</Name>"
        f"<OutlineLevel>{level}</OutlineLevel><Duration>{duration}</Duration>"
        f"<DurationFormat>7</DurationFormat>{extra}</Task>"
    )


def link(predecessor: int, kind: int = 1, lag: int = 0, lag_format: int = 7) -> str:
    return (
        f"<PredecessorLink><PredecessorUID>{predecessor}</PredecessorUID><Type>{kind}</Type>"
        f"<LinkLag>{lag}</LinkLag><LagFormat>{lag_format}</LagFormat></PredecessorLink>"
    )


def project_xml(
    tasks: str = "",
    *,
    header: str = HEADER,
    calendars: str = STANDARD,
    resources: str = "",
    assignments: str = "",
    namespace: bool = True,
) -> str:
    xmlns = ' xmlns="http://schemas.microsoft.com/project"' if namespace else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Project{xmlns}>{header}'
        f"<Calendars>{calendars}</Calendars><Tasks>{SUMMARY}{tasks}</Tasks>"
        f"<Resources>{resources}</Resources><Assignments>{assignments}</Assignments></Project>\n"
    )


def read(tmp_path: Path, xml: str, name: str = "plan.xml") -> ProjectImport:
    path = tmp_path / name
    path.write_text(xml, encoding="utf-8")
    return read_mspdi(path)

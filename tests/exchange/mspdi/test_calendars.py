"""MSPDI calendars: the week, derived calendars on a base, 2003 and 2007 exceptions, recurrences, work weeks."""

from __future__ import annotations

from datetime import date

import pytest

from planner.core.model.entities import STANDARD_DAY
from tests.exchange.mspdi.snippets import STANDARD, project_xml, read, task

_NIGHT = (
    "<WorkingTimes><WorkingTime><FromTime>22:00:00</FromTime><ToTime>00:00:00</ToTime></WorkingTime></WorkingTimes>"
)


def _exception(name: str, start: str, finish: str, working: bool = False, rest: str = "") -> str:
    hours = (
        "<WorkingTimes><WorkingTime><FromTime>09:00:00</FromTime><ToTime>13:00:00</ToTime></WorkingTime></WorkingTimes>"
        if working
        else ""
    )
    return (
        f"<Exception><TimePeriod><FromDate>{start}T00:00:00</FromDate><ToDate>{finish}T23:59:00</ToDate>"
        f"</TimePeriod><Name>{name}</Name>{rest}<DayWorking>{int(working)}</DayWorking>{hours}</Exception>"
    )


def _calendars(project):
    return {c.name: c for c in project.calendars.values()}


def test_a_base_calendar_keeps_its_week_monday_first_and_midnight_as_the_end(tmp_path) -> None:
    night = STANDARD.replace("<UID>1</UID><Name>Standard", "<UID>2</UID><Name>Night")
    night = night.replace(
        "<WeekDay><DayType>1</DayType><DayWorking>0</DayWorking>",
        f"<WeekDay><DayType>1</DayType><DayWorking>1</DayWorking>{_NIGHT}",
    )
    project = read(tmp_path, project_xml(task(1), calendars=STANDARD + night)).project
    standard, nights = _calendars(project)["Standard"], _calendars(project)["Night"]
    assert standard.week == (STANDARD_DAY,) * 5 + ((), ())
    assert nights.week[6] == ((22 * 60, 1440),)  # Sunday is DayType 1, Planner's last day
    assert project.calendar_id == standard.id


def test_a_resource_calendar_inherits_the_days_it_does_not_list_from_its_base(tmp_path) -> None:
    inherit = (
        "<Calendar><UID>3</UID><Name>Ana</Name><IsBaseCalendar>0</IsBaseCalendar>"
        "<BaseCalendarUID>1</BaseCalendarUID></Calendar>"
    )
    friday_off = (
        "<Calendar><UID>4</UID><Name>Bo</Name><IsBaseCalendar>0</IsBaseCalendar><BaseCalendarUID>1</BaseCalendarUID>"
        "<WeekDays><WeekDay><DayType>6</DayType><DayWorking>0</DayWorking></WeekDay></WeekDays></Calendar>"
    )
    project = read(tmp_path, project_xml(task(1), calendars=STANDARD + inherit + friday_off)).project
    ana, bo = _calendars(project)["Ana"], _calendars(project)["Bo"]
    assert (ana.base_id, ana.inherits_week) == (1, True)
    assert (bo.base_id, bo.inherits_week) == (1, False)
    assert bo.week == (STANDARD_DAY,) * 4 + ((), (), ())


def test_exceptions_of_2003_style_dated_week_days(tmp_path) -> None:
    days = (
        "<WeekDay><DayType>0</DayType><DayWorking>0</DayWorking><TimePeriod><FromDate>2027-12-24T00:00:00</FromDate>"
        "<ToDate>2027-12-26T23:59:00</ToDate></TimePeriod></WeekDay>"
    )
    calendar = STANDARD.replace("</WeekDays>", days + "</WeekDays>")
    (holiday,) = read(tmp_path, project_xml(task(1), calendars=calendar)).project.calendar.exceptions
    assert (holiday.start, holiday.finish, holiday.hours) == (date(2027, 12, 24), date(2027, 12, 26), ())


def test_exceptions_of_2007_with_their_names_and_hours(tmp_path) -> None:
    exceptions = _exception("Christmas", "2027-12-24", "2027-12-26") + _exception(
        "Stocktake", "2027-03-06", "2027-03-06", working=True
    )
    calendar = STANDARD.replace("</Calendar>", f"<Exceptions>{exceptions}</Exceptions></Calendar>")
    found = read(tmp_path, project_xml(task(1), calendars=calendar)).project.calendar.exceptions
    assert [(e.name, e.start, e.finish, e.hours) for e in found] == [
        ("Christmas", date(2027, 12, 24), date(2027, 12, 26), ()),
        ("Stocktake", date(2027, 3, 6), date(2027, 3, 6), ((540, 780),)),
    ]


@pytest.mark.parametrize(
    ("rest", "start", "finish", "days"),
    [
        (
            "<Type>7</Type><Period>3</Period>",
            "2000-02-01",
            "2000-02-10",
            ["2000-02-01", "2000-02-04", "2000-02-07", "2000-02-10"],
        ),
        (
            "<Type>6</Type><Period>2</Period><DaysOfWeek>4</DaysOfWeek>",
            "2001-01-01",
            "2001-02-13",
            ["2001-01-02", "2001-01-16", "2001-01-30", "2001-02-13"],
        ),  # every second Tuesday
        (
            "<Type>4</Type><Period>2</Period><MonthDay>1</MonthDay>",
            "2003-01-01",
            "2003-05-01",
            ["2003-01-01", "2003-03-01", "2003-05-01"],
        ),
        (
            "<Type>5</Type><Period>3</Period><MonthItem>5</MonthItem><MonthPosition>1</MonthPosition>",
            "2002-01-01",
            "2002-10-08",
            ["2002-01-08", "2002-04-09", "2002-07-09", "2002-10-08"],
        ),  # 2nd Tuesday
        (
            "<Type>5</Type><Period>1</Period><MonthItem>8</MonthItem><MonthPosition>4</MonthPosition>",
            "2027-01-01",
            "2027-02-28",
            ["2027-01-29", "2027-02-26"],
        ),  # the last Friday
        (
            "<Type>2</Type><Month>1</Month><MonthDay>1</MonthDay>",
            "2005-01-01",
            "2007-02-01",
            ["2005-02-01", "2006-02-01", "2007-02-01"],
        ),  # 1 February (months from 0)
        (
            "<Type>3</Type><Month>2</Month><MonthItem>5</MonthItem><MonthPosition>0</MonthPosition>",
            "2004-01-01",
            "2007-03-06",
            ["2004-03-02", "2005-03-01", "2006-03-07", "2007-03-06"],
        ),  # 1st Tue of March
    ],
)
def test_recurring_exceptions_become_their_days(tmp_path, rest, start, finish, days) -> None:
    calendar = STANDARD.replace(
        "</Calendar>", f"<Exceptions>{_exception('Recurring', start, finish, rest=rest)}</Exceptions></Calendar>"
    )
    found = read(tmp_path, project_xml(task(1), calendars=calendar)).project.calendar.exceptions
    assert [e.start.isoformat() for e in found] == days
    assert all(e.start == e.finish and e.name == "Recurring" for e in found)


def test_a_work_week_becomes_exceptions_for_the_days_it_changes(tmp_path) -> None:
    week = (
        "<WorkWeeks><WorkWeek><TimePeriod><FromDate>2027-07-05T00:00:00</FromDate><ToDate>2027-07-16T23:59:00</ToDate>"
        "</TimePeriod><Name>Summer</Name><WeekDays><WeekDay><DayType>6</DayType><DayWorking>0</DayWorking></WeekDay>"
        "<WeekDay><DayType>2</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime>"
        "<ToTime>12:00:00</ToTime></WorkingTime><WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime>"
        "</WorkingTime></WorkingTimes></WeekDay></WeekDays></WorkWeek></WorkWeeks>"
    )
    calendar = STANDARD.replace("</Calendar>", week + "</Calendar>")
    found = read(tmp_path, project_xml(task(1), calendars=calendar))
    exceptions = found.project.calendar.exceptions
    assert [(e.name, e.start, e.hours) for e in exceptions] == [
        ("Summer", date(2027, 7, 9), ()),  # the two Fridays; Mondays are as the week has them
        ("Summer", date(2027, 7, 16), ()),
    ]
    assert "1 calendar has work weeks (carried as exceptions for each day that differs)" in found.not_carried


def test_a_task_calendar_the_file_does_not_have_falls_back_to_the_project_calendar(tmp_path) -> None:
    found = read(tmp_path, project_xml(task(1, extra="<CalendarUID>9</CalendarUID>")))
    assert found.project.tasks[1].calendar_id is None
    assert "1 reference to a calendar that the file does not have (the project calendar is used)" in found.not_carried

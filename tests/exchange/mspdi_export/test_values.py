"""What the MSPDI export writes for each thing a PM planned, read back from the XML."""

from __future__ import annotations

from datetime import date

from planner.core.model.entities import CalendarException
from planner.exchange.mspdi_export.values import moment

from .projects import NS, exported, sampler, scheduled, task_element, value


def test_tasks_keep_their_unique_ids_outline_and_wbs_in_table_order() -> None:
    root, _ = exported(sampler())
    rows = [
        (value(t, "UID"), value(t, "ID"), value(t, "OutlineLevel"), value(t, "WBS"), value(t, "Summary"))
        for t in root.iterfind("p:Tasks/p:Task", NS)
    ]
    assert rows == [
        ("0", "0", "0", "0", "1"),  # MS Project's project summary task
        ("1", "1", "1", "1", "1"),
        ("2", "2", "2", "1.1", "0"),
        ("3", "3", "2", "1.2", "0"),
        ("4", "4", "2", "B-3", "0"),  # MS Project's own WBS code, kept from an import
        ("5", "5", "2", "1.4", "0"),
        ("6", "6", "1", "2", "0"),
    ]


def test_durations_are_hours_with_the_unit_a_pm_typed() -> None:
    root, _ = exported(sampler())
    design, cure, code = (task_element(root, uid) for uid in (2, 3, 4))
    assert (value(design, "Duration"), value(design, "DurationFormat")) == ("PT24H0M0S", "7")  # 3d
    assert (value(cure, "Duration"), value(cure, "DurationFormat")) == ("PT48H0M0S", "8")  # 2ed
    assert (value(code, "Duration"), value(code, "DurationFormat")) == ("PT44H0M0S", "7")  # 5.5d


def test_links_carry_type_and_lag_in_tenths_of_minutes_or_percent() -> None:
    root, _ = exported(sampler())
    links = {
        (value(t, "UID"), value(k, "PredecessorUID")): (value(k, "Type"), value(k, "LinkLag"), value(k, "LagFormat"))
        for t in root.iterfind("p:Tasks/p:Task", NS)
        for k in t.iterfind("p:PredecessorLink", NS)
    }
    assert links == {
        ("3", "2"): ("1", "-4800", "7"),  # FS-1d
        ("4", "2"): ("3", "50", "19"),  # SS+50%
        ("5", "3"): ("0", "2400", "6"),  # FF+4eh
        ("6", "4"): ("1", "9600", "7"),  # FS+2d
        ("6", "5"): ("2", "0", "7"),  # SF
    }


def test_constraint_deadline_priority_notes_progress_and_calendar() -> None:
    root, _ = exported(sampler())
    design, code, night, live = (task_element(root, uid) for uid in (2, 4, 5, 6))
    assert (value(code, "ConstraintType"), value(code, "ConstraintDate")) == ("4", "2027-03-04T08:00:00")
    assert value(code, "Deadline") == "2027-03-19T17:00:00"
    assert (value(code, "FixedCost"), value(code, "FixedCostAccrual")) == ("150000", "2")  # cents; at the end
    assert (value(design, "Priority"), value(design, "Notes")) == ("800", "Sketch first.\nThen draw.")
    assert (value(design, "PercentComplete"), value(design, "ActualStart")) == ("50", "2027-03-01T08:00:00")
    assert (value(design, "ActualDuration"), value(design, "RemainingDuration")) == ("PT12H0M0S", "PT12H0M0S")
    assert (value(night, "CalendarUID"), value(code, "CalendarUID")) == ("2", "-1")
    assert (value(live, "Milestone"), value(live, "Duration")) == ("1", "PT0H0M0S")
    assert [value(code, f) for f in ("WBS", "OutlineNumber", "GUID", "Hyperlink", "HyperlinkAddress")] == [
        "B-3",  # MS Project's own WBS code, kept from an import
        "1.3",
        "5E7C1A2B-0000-4000-8000-000000000004",
        "Spec",
        "https://example.com/spec",
    ]


def test_dates_are_the_schedule_s() -> None:
    project = sampler()
    schedule = scheduled(project)
    root, _ = exported(project)
    for task_id in project.tasks:
        element, dates = task_element(root, task_id), schedule.dates(task_id)
        written = [value(element, f) for f in ("Start", "Finish", "EarlyStart", "LateFinish")]
        assert written == [moment(d) for d in (dates.start, dates.finish, dates.early_start, dates.late_finish)]
        assert value(element, "TotalSlack") == str(dates.total_float_minutes * 10)
    cure = task_element(root, 3)  # 2ed from Thursday 12:00 runs through the nights and Saturday
    assert (value(cure, "Start"), value(cure, "Finish")) == ("2027-03-04T12:00:00", "2027-03-06T12:00:00")
    assert (
        value(root.find("p:Tasks/p:Task", NS), "Finish") == value(root, "FinishDate") == moment(schedule.project_finish)
    )


def test_baselines_go_on_their_task() -> None:
    root, _ = exported(sampler())
    baseline = task_element(root, 2).find("p:Baseline", NS)
    assert [(child.tag.split("}")[1], child.text) for child in baseline] == [
        ("Number", "0"),
        ("Start", "2027-03-01T08:00:00"),
        ("Finish", "2027-03-03T17:00:00"),
        ("Duration", "PT24H0M0S"),
        ("DurationFormat", "7"),
        ("Work", "PT24H0M0S"),
        ("Cost", "144000"),
    ]
    assert value(root, "BaselineForEarnedValue") == "0"


def test_resources_and_assignments() -> None:
    root, _ = exported(sampler())
    ana, bo, travel = root.iterfind("p:Resources/p:Resource", NS)
    assert [value(ana, f) for f in ("UID", "Name", "Type", "MaxUnits", "StandardRate", "StandardRateFormat")] == [
        "1",
        "Ana Lima",
        "1",
        "0.5",
        "60",
        "3",
    ]
    assert [value(ana, f) for f in ("CalendarUID", "Group", "EmailAddress", "Initials")] == [
        "3",
        "Development",
        "ana@example.com",
        "AL",
    ]
    assert (value(bo, "CostPerUse"), value(bo, "CalendarUID")) == ("2500", None)
    assert (value(travel, "Type"), value(travel, "IsCostResource")) == ("0", "1")
    rows = [
        [value(a, f) for f in ("TaskUID", "ResourceUID", "Units", "Work", "ActualWork", "RemainingWork", "Cost")]
        for a in root.iterfind("p:Assignments/p:Assignment", NS)
    ]
    assert value(root.find("p:Assignments/p:Assignment", NS), "Delay") == "2400"
    assert rows == [
        ["4", "1", "0.5", "PT22H0M0S", None, "PT22H0M0S", None],  # starts 4h late: Delay 2400
        ["2", "2", "1", "PT24H0M0S", "PT10H0M0S", "PT14H0M0S", None],  # 10h recorded as done
        ["2", "3", "1", "PT0H0M0S", None, "PT0H0M0S", "30000"],  # a cost resource's amount, in cents
    ]


def _calendar(root, name):
    return next(c for c in root.iterfind("p:Calendars/p:Calendar", NS) if value(c, "Name") == name)


def test_a_resource_calendar_is_built_on_its_base_with_its_own_week_and_exceptions() -> None:
    root, _ = exported(sampler())
    ana = _calendar(root, "Ana")
    assert (value(ana, "IsBaseCalendar"), value(ana, "BaseCalendarUID")) == ("0", "1")
    days = {value(d, "DayType"): value(d, "DayWorking") for d in ana.iterfind("p:WeekDays/p:WeekDay", NS)}
    assert days == {"1": "0", "2": "1", "3": "1", "4": "1", "5": "1", "6": "0", "7": "0"}
    vacation = ana.find("p:Exceptions/p:Exception", NS)
    assert (value(vacation, "TimePeriod/FromDate"), value(vacation, "TimePeriod/ToDate")) == (
        "2027-03-15T00:00:00",
        "2027-03-19T23:59:00",
    )
    assert (value(vacation, "Name"), value(vacation, "DayWorking")) == ("Vacation", "0")


def test_a_night_shift_ends_at_midnight() -> None:
    root, _ = exported(sampler())
    monday = _calendar(root, "Night shift").find("p:WeekDays/p:WeekDay[p:DayType='2']", NS)
    assert (value(monday, "WorkingTimes/WorkingTime/FromTime"), value(monday, "WorkingTimes/WorkingTime/ToTime")) == (
        "22:00:00",
        "00:00:00",
    )


def test_public_holidays_become_dated_exceptions_and_the_report_says_so() -> None:
    project = sampler()
    project.calendar.country = "DE"
    project.calendar.exceptions.append(CalendarException(date(2027, 5, 1), date(2027, 5, 1), "Open day", ((480, 720),)))
    root, report = exported(project)
    exceptions = {
        value(e, "TimePeriod/FromDate")[:10]: (value(e, "Name"), value(e, "DayWorking"))
        for e in _calendar(root, "Standard").iterfind("p:Exceptions/p:Exception", NS)
    }
    assert exceptions["2027-12-25"][1] == "0" and exceptions["2027-12-25"][0]  # a named holiday
    assert exceptions["2027-05-01"] == ("Open day", "1")  # Labour Day, but the calendar's own exception wins
    assert exceptions["2027-03-12"] == ("Team day", "0")
    assert any("public holidays are written as" in line and "2026-2038" in line for line in report)


def test_overlapping_exceptions_are_written_as_ranges_that_do_not_overlap() -> None:
    project = sampler()
    project.calendar.exceptions[:] = [
        CalendarException(date(2027, 8, 2), date(2027, 8, 13), "Summer shutdown"),
        CalendarException(date(2027, 8, 9), date(2027, 8, 9), "Release", ((480, 720),)),
    ]
    root, _ = exported(project)
    spans = [
        (value(e, "TimePeriod/FromDate")[:10], value(e, "TimePeriod/ToDate")[:10], value(e, "Name"))
        for e in _calendar(root, "Standard").iterfind("p:Exceptions/p:Exception", NS)
    ]
    assert spans == [
        ("2027-08-02", "2027-08-08", "Summer shutdown"),
        ("2027-08-09", "2027-08-09", "Release"),
        ("2027-08-10", "2027-08-13", "Summer shutdown"),
    ]


def test_the_report_names_what_the_file_cannot_hold() -> None:
    project = sampler()
    project.resources[1].role = "Developer"
    project.tasks[2].percent_complete = 33.3
    _, report = exported(project)
    assert "the roles of 1 resource: MS Project XML has no role field" in report
    assert any("% complete of 1 task rounded" in line for line in report)
    assert len(report) == 2
    project = sampler()
    project.links[2].predecessor_id = 1  # the SS+50% link now follows the summary "Build"
    project.links[2].successor_id = 6
    _, report = exported(project)
    assert report == [
        "1 link with a % lag after a summary task: Planner takes the % of the summary's own Duration field, "
        "MS Project of the summary's rolled-up duration, which the file holds"
    ]
    _, clean = exported(sampler())
    assert clean == []

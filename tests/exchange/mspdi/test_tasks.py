"""MSPDI tasks as a PM who knows MS Project expects them after import: outline, durations, dates, money."""

from __future__ import annotations

from datetime import datetime, time

import pytest

from planner.core.errors import InputError
from planner.core.model.costs import Accrual
from planner.core.model.duration import Duration
from planner.core.model.entities import ConstraintType, TaskType
from planner.core.model.wbs import Outline
from tests.exchange.mspdi.snippets import HEADER, project_xml, read, task


def test_the_outline_follows_outline_levels_in_id_order_without_the_project_summary(tmp_path) -> None:
    xml = project_xml(
        task(1, "Phase", 1)
        + task(2, "Design", 2)
        + task(3, "Build", 2)
        + task(5, "Detail", 3, row=4)
        + task(4, "Launch", 1, row=5)
        + "<Task><UID>6</UID><ID>6</ID><IsNull>1</IsNull></Task>"
    )
    found = read(tmp_path, xml)
    tasks = found.project.tasks
    assert sorted(tasks) == [1, 2, 3, 4, 5]  # MS Project's Unique IDs kept; UID 0 and the blank row left out
    assert [(tasks[t].parent_id, tasks[t].position) for t in (1, 2, 3, 5, 4)] == [
        (None, 0),
        (1, 0),
        (1, 1),
        (3, 0),
        (None, 1),
    ]
    outline = Outline.of(found.project)
    assert [tasks[t].name for t in outline.rows()] == ["Phase", "Design", "Build", "Detail", "Launch"]
    assert outline.codes()[5] == "1.2.1"
    assert "1 blank row (null task) (left out)" in found.not_carried


def test_rows_are_read_in_id_order_whatever_the_file_order(tmp_path) -> None:
    xml = project_xml(task(1, "Second", row=2) + task(2, "First", row=1))
    project = read(tmp_path, xml).project
    assert [t.name for t in sorted(project.tasks.values(), key=lambda t: t.position)] == ["First", "Second"]


@pytest.mark.parametrize(
    ("duration", "code", "expected"),
    [
        ("PT8H0M0S", 7, Duration(480)),
        ("PT4H30M0S", 5, Duration(270)),
        ("PT0H0M0S", 7, Duration(0)),
        ("PT1H0M40S", 3, Duration(61)),  # seconds rounded to the minute
        ("PT72H0M0S", 8, Duration(4320, elapsed=True)),  # 3 elapsed days
        ("PT120H0M0S", 40, Duration(7200, elapsed=True)),  # 5ed? (estimated elapsed)
        ("PT2400H0M0S", 11, Duration(144000)),  # 15 months of 20 days
        ("P1DT2H0M0S", 7, Duration(1560)),
    ],
)
def test_durations_in_every_unit_and_format(tmp_path, duration, code, expected) -> None:
    xml = project_xml(task(1, duration=duration).replace("<DurationFormat>7<", f"<DurationFormat>{code}<"))
    assert read(tmp_path, xml).project.tasks[1].duration == expected


def test_manual_tasks_keep_their_typed_start_and_estimated_durations_are_named(tmp_path) -> None:
    manual = "<Manual>1</Manual><Start>2027-01-06T13:00:00</Start>"
    xml = project_xml(
        task(1, extra="<Estimated>1</Estimated>")
        + task(2, extra="<Estimated>1</Estimated>" + manual)
        + task(3, extra="<Start>2027-01-04T08:00:00</Start>")
    )
    found = read(tmp_path, xml)
    tasks = found.project.tasks
    assert [(tasks[t].manual, tasks[t].manual_start) for t in (1, 2, 3)] == [
        (False, None),
        (True, datetime(2027, 1, 6, 13, 0)),
        (False, None),
    ]
    assert found.not_carried == ["2 tasks have estimated durations (3d?) (the question mark is not carried)"]


@pytest.mark.parametrize(
    ("code", "kind"),
    [(0, "ASAP"), (1, "ALAP"), (2, "MSO"), (3, "MFO"), (4, "SNET"), (5, "SNLT"), (6, "FNET"), (7, "FNLT")],
)
def test_constraints_of_every_type(tmp_path, code, kind) -> None:
    extra = f"<ConstraintType>{code}</ConstraintType><ConstraintDate>2027-01-11T08:00:00</ConstraintDate>"
    found = read(tmp_path, project_xml(task(1, extra=extra))).project.tasks[1]
    assert found.constraint_type is ConstraintType(kind)
    assert found.constraint_date == (None if kind in ("ASAP", "ALAP") else datetime(2027, 1, 11, 8, 0))


def test_deadline_priority_notes_type_milestone_and_calendar(tmp_path) -> None:
    extra = (
        "<Deadline>2027-02-26T17:00:00</Deadline><Priority>900</Priority><Notes>Ask legal first</Notes>"
        "<Type>2</Type><EffortDriven>1</EffortDriven><Milestone>1</Milestone><CalendarUID>1</CalendarUID>"
    )
    found = read(tmp_path, project_xml(task(1, "Go live", duration="PT0H0M0S", extra=extra))).project.tasks[1]
    assert found.deadline == datetime(2027, 2, 26, 17, 0)
    assert (found.priority, found.notes, found.milestone) == (900, "Ask legal first", True)
    assert (found.task_type, found.effort_driven, found.calendar_id) == (TaskType.FIXED_WORK, True, 1)


def test_progress_actuals_and_fixed_cost(tmp_path) -> None:
    extra = (
        "<PercentComplete>100</PercentComplete><ActualStart>2027-01-04T08:00:00</ActualStart>"
        "<ActualFinish>2027-01-05T17:00:00</ActualFinish><FixedCost>150000</FixedCost>"
        "<FixedCostAccrual>1</FixedCostAccrual>"
    )
    halfway = "<PercentComplete>40</PercentComplete><ActualStart>2027-01-06T08:00:00</ActualStart>"
    project = read(tmp_path, project_xml(task(1, extra=extra) + task(2, extra=halfway))).project
    done, going = project.tasks[1], project.tasks[2]
    assert (done.percent_complete, done.actual_start, done.actual_finish) == (
        100.0,
        datetime(2027, 1, 4, 8, 0),
        datetime(2027, 1, 5, 17, 0),
    )
    assert (going.percent_complete, going.actual_start, going.actual_finish) == (40.0, datetime(2027, 1, 6, 8), None)
    (cost,) = project.task_costs.values()
    assert (cost.task_id, cost.fixed_cost, cost.fixed_cost_accrual) == (1, 1500.0, Accrual.START)  # cents in MSPDI


def test_baselines_0_to_10_with_their_dates_work_and_cost(tmp_path) -> None:
    baseline = (
        "<Baseline><Number>{n}</Number><Start>2027-01-0{d}T08:00:00</Start><Finish>2027-01-0{d}T17:00:00</Finish>"
        "<Duration>PT8H0M0S</Duration><Work>PT16H0M0S</Work><Cost>80000</Cost></Baseline>"
    )
    extra = baseline.format(n=0, d=4) + baseline.format(n=10, d=5)
    project = read(tmp_path, project_xml(task(1, extra=extra))).project
    numbers = {b.id: b.number for b in project.baselines.values()}
    rows = sorted((numbers[r.baseline_id], r.start, r.work_minutes, r.cost) for r in project.task_baselines.values())
    assert rows == [(0, datetime(2027, 1, 4, 8), 960, 800.0), (10, datetime(2027, 1, 5, 8), 960, 800.0)]
    assert [b.number for b in project.baselines.values() if b.for_variance] == [0]


def test_a_duration_planner_cannot_hold_is_refused_naming_the_task(tmp_path) -> None:
    with pytest.raises(InputError, match=r'plan\.xml: task 1 "Forever" lasts PT99999999H0M0S, longer than Planner'):
        read(tmp_path, project_xml(task(1, "Forever", duration="PT99999999H0M0S")))


def test_a_duration_that_is_not_one_is_refused(tmp_path) -> None:
    with pytest.raises(InputError, match=r"plan\.xml: 'eight hours' is not a duration"):
        read(tmp_path, project_xml(task(1, duration="eight hours")))


def test_project_settings(tmp_path) -> None:
    header = HEADER.replace("<MinutesPerDay>480", "<MinutesPerDay>450").replace(
        "<MinutesPerWeek>2400", "<MinutesPerWeek>2250"
    )
    header = header.replace("<DaysPerMonth>20", "<DaysPerMonth>21").replace("EUR", "GBP")
    header += "<StatusDate>2027-01-15T17:00:00</StatusDate><HonorConstraints>0</HonorConstraints>"
    header += "<DefaultStartTime>09:00:00</DefaultStartTime><DefaultFinishTime>18:00:00</DefaultFinishTime>"
    project = read(tmp_path, project_xml(task(1), header=header)).project
    assert (project.name, project.start, project.status_date, project.currency) == (
        "Portal relaunch",
        datetime(2027, 1, 4, 8, 0),
        datetime(2027, 1, 15, 17, 0),
        "GBP",
    )
    assert (project.units.minutes_per_day, project.units.minutes_per_week, project.units.minutes_per_month) == (
        450,
        2250,
        21 * 450,
    )
    assert (project.honour_constraints, project.default_start_time, project.default_finish_time) == (
        False,
        time(9, 0),
        time(18, 0),
    )


def test_a_project_scheduled_from_its_finish_is_named(tmp_path) -> None:
    header = HEADER + "<ScheduleFromStart>0</ScheduleFromStart>"
    notes = read(tmp_path, project_xml(task(1), header=header)).not_carried
    assert "the project is scheduled from its finish (not carried; Planner schedules from the start)" in notes


def test_a_file_without_the_namespace_is_read_the_same(tmp_path) -> None:
    with_ns = read(tmp_path, project_xml(task(1, "A") + task(2, "B")), "a.xml").project
    without = read(tmp_path, project_xml(task(1, "A") + task(2, "B"), namespace=False), "b.xml").project
    assert with_ns == without


def test_wbs_codes_guids_and_hyperlinks_are_kept_and_survive_a_reopen(tmp_path) -> None:
    from planner.store.projectfile import ProjectFile

    coded = (
        "<WBS>PRJ-1</WBS><OutlineNumber>1</OutlineNumber><GUID>4E3F0C2A-1B2C-4D5E-8F90-A1B2C3D4E5F6</GUID>"
        "<Hyperlink>Spec</Hyperlink><HyperlinkAddress>https://wiki.example.com/spec</HyperlinkAddress>"
    )
    plain = "<WBS>2</WBS><OutlineNumber>2</OutlineNumber>"
    project = read(tmp_path, project_xml(task(1, extra=coded) + task(2, extra=plain))).project
    assert list(project.msp_tasks) == [1]  # a WBS code that is just the outline number needs no row
    row = project.msp_tasks[1]
    assert (row.task_id, row.wbs, row.guid, row.hyperlink, row.hyperlink_address) == (
        1,
        "PRJ-1",
        "4E3F0C2A-1B2C-4D5E-8F90-A1B2C3D4E5F6",
        "Spec",
        "https://wiki.example.com/spec",
    )
    ProjectFile.create(tmp_path / "coded.plandb", project).close()
    with ProjectFile.open(tmp_path / "coded.plandb", writable=False) as file:
        assert file.load().msp_tasks == project.msp_tasks


def test_a_levelling_delay_in_working_time_is_carried_and_an_elapsed_one_named(tmp_path) -> None:
    working = "<LevelingDelay>9600</LevelingDelay><LevelingDelayFormat>7</LevelingDelayFormat>"
    elapsed = "<LevelingDelay>14400</LevelingDelay><LevelingDelayFormat>8</LevelingDelayFormat>"
    found = read(tmp_path, project_xml(task(1, extra=working) + task(2, extra=elapsed)))
    (delay,) = found.project.levelling_delays.values()
    assert (delay.task_id, delay.delay_minutes) == (1, 960)  # 2 days of 8 hours
    assert found.not_carried == ["1 task has a levelling delay in elapsed time (not carried; level again in Planner)"]


def test_a_recurring_task_is_named_once_not_once_per_occurrence(tmp_path) -> None:
    recurring = "<Recurring>1</Recurring>"
    xml = project_xml(
        task(1, "Weekly status", extra=recurring + "<Summary>1</Summary>")
        + task(2, "Weekly status 1", 2, extra=recurring)
        + task(3, "Weekly status 2", 2, extra=recurring)
    )
    found = read(tmp_path, xml)
    assert [t.parent_id for t in found.project.tasks.values()] == [None, 1, 1]
    assert found.not_carried == ["1 task is a recurring task (imported as a summary with its occurrences)"]

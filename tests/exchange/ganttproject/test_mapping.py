"""Each thing a .gan file says, as Planner holds it: small files written for one mapping each."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from planner.core.model.duration import Lag
from planner.core.model.entities import STANDARD_DAY, ConstraintType, LinkType
from planner.exchange.foreign.fidelity import moved_tasks
from planner.exchange.foreign.plan import PINNED
from planner.exchange.ganttproject.reader import read_plan

from .gan_files import gan, task, write


def _by_name(plan):
    return {t.name: t for t in plan.project.tasks.values()}


def test_dependencies_keep_their_type_and_lag_in_working_days(tmp_path) -> None:
    tasks = task(
        0,
        "Design",
        "2024-01-08",
        3,
        '<depend id="1" type="1" difference="1"/><depend id="2" type="2" difference="2" hardness="Rubber"/>'
        '<depend id="3" type="3" difference="-1"/><depend id="4" type="4" difference="0"/>',
    )
    tasks += "".join(task(n, f"T{n}", "2024-01-08", 1) for n in range(1, 5))
    plan = read_plan(write(tmp_path, gan(tasks)))
    ids = {t.id: t.name for t in plan.project.tasks.values()}
    links = {ids[k.successor_id]: (ids[k.predecessor_id], k.type, k.lag) for k in plan.project.links.values()}
    assert links == {
        "T1": ("Design", LinkType.SS, Lag(480)),
        "T2": ("Design", LinkType.FS, Lag(960)),
        "T3": ("Design", LinkType.FF, Lag(-480)),
        "T4": ("Design", LinkType.SF, Lag(0)),
    }


def test_outline_milestones_progress_notes_and_priorities(tmp_path) -> None:
    inner = task(1, "Pour", "2024-01-08", 2, complete="40", priority="2")
    inner += task(2, "Poured", "2024-01-10", 0, meeting="true")
    notes = "<notes><![CDATA[\n        Ask the site manager\n        before pouring\n    ]]></notes>"
    tasks = task(0, "Foundations", "2024-01-08", 3, inner + notes, priority="4")
    tasks += task(3, "Lowest", "2024-01-08", 1, priority="3") + task(4, "Normal", "2024-01-08", 1)
    plan = read_plan(write(tmp_path, gan(tasks)))
    named = _by_name(plan)
    assert named["Pour"].parent_id == named["Foundations"].id == 1
    assert [named[n].position for n in ("Pour", "Poured")] == [0, 1]
    assert named["Pour"].duration.minutes == 2 * 480 and named["Pour"].percent_complete == 40
    assert named["Pour"].actual_start == datetime(2024, 1, 8, 8, 0)  # started, as MS Project records it
    assert named["Poured"].milestone and named["Poured"].duration.minutes == 0
    assert named["Foundations"].notes == "Ask the site manager\nbefore pouring"
    priorities = {name: named[name].priority for name in ("Foundations", "Pour", "Lowest", "Normal")}
    assert priorities == {"Foundations": 900, "Pour": 700, "Lowest": 100, "Normal": 500}


def test_an_earliest_start_is_a_start_no_earlier_than(tmp_path) -> None:
    tasks = task(0, "Kick-off", "2024-01-08", 1) + task(
        1, "Build", "2024-01-15", 2, thirdDate="2024-01-15", thirdDate_constraint="1"
    )
    plan = read_plan(write(tmp_path, gan(tasks)))
    build = _by_name(plan)["Build"]
    assert (build.constraint_type, build.constraint_date) == (ConstraintType.SNET, datetime(2024, 1, 15, 8, 0))
    assert moved_tasks(plan) == []


def test_a_task_placed_later_than_its_link_allows_keeps_its_start(tmp_path) -> None:
    tasks = task(0, "Order", "2024-01-08", 1, '<depend id="1" type="2" difference="0" hardness="Rubber"/>')
    tasks += task(1, "Deliver", "2024-01-12", 1)  # a Friday: three days after the link lets it start
    plan = read_plan(write(tmp_path, gan(tasks)))
    deliver = _by_name(plan)["Deliver"]
    assert (deliver.constraint_type, deliver.constraint_date) == (ConstraintType.SNET, datetime(2024, 1, 12, 8, 0))
    assert plan.schedule().span(deliver.id) == (datetime(2024, 1, 12, 8, 0), datetime(2024, 1, 12, 17, 0))
    assert _by_name(plan)["Order"].constraint_type is ConstraintType.ASAP
    assert f"{PINNED} (1): Deliver" in plan.report.lines()


def test_holidays_working_days_and_the_weekend(tmp_path) -> None:
    dates = (
        '<date year="2024" month="1" date="9" type="HOLIDAY"><![CDATA[Site closed]]></date>'
        '<date year="2024" month="1" date="13" type="WORKING_DAY"/>'
        '<date year="" month="12" date="25" type="HOLIDAY"><![CDATA[Christmas]]></date>'
    )
    plan = read_plan(write(tmp_path, gan(task(0, "Build", "2024-01-08", 3), calendar=dates)))
    calendar = plan.project.calendar
    assert calendar.week == (STANDARD_DAY,) * 5 + ((), ())
    by_day = {e.start: (e.name, e.hours) for e in calendar.exceptions}
    assert by_day[date(2024, 1, 9)] == ("Site closed", ())
    assert by_day[date(2024, 1, 13)] == ("", STANDARD_DAY)
    assert by_day[date(2025, 12, 25)] == ("Christmas", ())
    assert plan.schedule().span(1)[1] == datetime(2024, 1, 11, 17, 0)  # Mon, (Tue off), Wed, Thu
    assert any(
        line.startswith("yearly holidays written out for 2023-2035 (1): Christmas") for line in plan.report.lines()
    )


def test_tasks_run_on_weekends_when_the_weekend_is_only_shown(tmp_path) -> None:
    plan = read_plan(write(tmp_path, gan(task(0, "Build", "2024-01-05", 3), weekends_work=True)))
    assert plan.project.calendar.week == (STANDARD_DAY,) * 7
    assert plan.schedule().span(1)[1] == datetime(2024, 1, 7, 17, 0)  # Fri, Sat, Sun


def test_resources_roles_rates_vacations_and_allocations(tmp_path) -> None:
    resources = (
        '<resource id="0" name="Ana" function="1" contacts="ana@example.test" phone="555 0100">'
        '<rate name="standard" value="400"/></resource>'
        '<resource id="1" name="Bo" function="Default:1" contacts="" phone=""/>'
    )
    allocations = (
        '<allocation task-id="0" resource-id="0" function="1" responsible="true" load="50.0"/>'
        '<allocation task-id="0" resource-id="1" function="Default:1" responsible="false" load="100.0"/>'
    )
    extra = '<vacations><vacation start="2024-01-10" end="2024-01-12" resourceid="1"/></vacations>'
    text = gan(task(0, "Build", "2024-01-08", 4), resources=resources, allocations=allocations, extra=extra)
    text = text.replace('<roles roleset-name="Default"/>', '<roles><role id="1" name="Engineer"/></roles>')
    text = text.replace("<vacations/>", "")
    plan = read_plan(write(tmp_path, text))
    project = plan.project
    ana, bo = project.resources[1], project.resources[2]
    assert (ana.name, ana.role, ana.email, ana.notes) == ("Ana", "Engineer", "ana@example.test", "Phone: 555 0100")
    assert (ana.standard_rate, ana.standard_rate_unit) == (50.0, "d")  # 400 a day, 50 an hour
    assert bo.role == "Project Manager"
    vacation = project.calendars[bo.calendar_id]
    assert vacation.base_id == project.calendar_id and vacation.inherits_week
    assert [(e.start, e.finish) for e in vacation.exceptions] == [(date(2024, 1, 10), date(2024, 1, 12))]
    work = {project.resources[a.resource_id].name: (a.units, a.work_minutes) for a in project.assignments.values()}
    assert work == {"Ana": (0.5, 2 * 480), "Bo": (1.0, 4 * 480)}
    assert "task coordinators (GanttProject's responsible flag) (1): Ana on Build" in plan.report.lines()


def test_a_typed_cost_is_the_fixed_cost_and_baselines_are_kept(tmp_path) -> None:
    tasks = task(0, "Build", "2024-01-08", 2, cost_manual_value="640.5", cost_calculated="false")
    extra = (
        '<previous><previous-tasks name="Signed off">'
        '<previous-task id="0" start="2024-01-01" duration="3" meeting="false" super="false"/>'
        "</previous-tasks></previous>"
    )
    text = gan(tasks, extra=extra).replace("<previous/>", "")
    project = read_plan(write(tmp_path, text)).project
    assert [(c.task_id, c.fixed_cost) for c in project.task_costs.values()] == [(1, 640.5)]
    (baseline,) = project.baselines.values()
    assert (baseline.number, baseline.name, baseline.for_variance) == (0, "Signed off", True)
    (row,) = project.task_baselines.values()
    assert (row.start, row.finish, row.duration_minutes) == (
        datetime(2024, 1, 1, 8, 0),
        datetime(2024, 1, 3, 17, 0),
        3 * 480,
    )


@pytest.mark.parametrize(
    ("attributes", "line"),
    [
        ({"color": "#ff0000"}, "task bar colours (1): Build"),
        ({"shape": "8,8,0,0"}, "task bar patterns (1): Build"),
        ({"webLink": "https://example.test"}, "task web links (1): Build"),
    ],
)
def test_what_planner_does_not_keep_is_named_in_the_report(attributes, line, tmp_path) -> None:
    plan = read_plan(write(tmp_path, gan(task(0, "Build", "2024-01-08", 2, **attributes))))
    assert line in plan.report.lines()


def test_an_unnamed_project_is_named_after_its_file(tmp_path) -> None:
    plan = read_plan(write(tmp_path, gan(task(0, "Build", "2024-01-08", 2), name=""), "Office move.gan"))
    assert plan.project.name == "Office move"

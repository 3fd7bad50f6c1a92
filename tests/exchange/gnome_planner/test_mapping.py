"""Each thing a .planner file says, as Planner holds it: small files written for one mapping each."""

from __future__ import annotations

from datetime import date, datetime

from planner.core.model.duration import Lag
from planner.core.model.entities import STANDARD_DAY, ConstraintType, LinkType
from planner.exchange.gnome_planner.reader import read_plan

from .planner_files import planner_file, task, write

PEOPLE = (
    '<resource id="1" name="Ana" short-name="AN" type="1" group="1" units="0" email="ana@example.test" '
    'note="Lead" std-rate="60" ovt-rate="90"/>'
    '<resource id="2" name="Bo" short-name="" type="1" units="0" email="" note="" std-rate="0"/>'
    '<resource id="3" name="Cement" short-name="" type="2" units="0" email="" note="" std-rate="0"/>'
)
PART_TIME = """<calendar id="2" name="Ana's week">
  <default-week mon="2" tue="2" wed="2" thu="2" fri="1" sat="2" sun="2"/>
  <overridden-day-types/>
  <days><day date="20270106" type="day-type" id="1"/></days>
</calendar>"""


def _by_name(plan):
    return {t.name: t for t in plan.project.tasks.values()}


def test_work_shared_among_allocations_is_the_duration(tmp_path) -> None:
    tasks = task(1, "Pair", work_hours=32) + task(2, "Alone", work_hours=12) + task(3, "Nobody", work_hours=4)
    allocations = (
        '<allocation task-id="1" resource-id="1" units="100"/><allocation task-id="1" resource-id="2" units="100"/>'
        '<allocation task-id="2" resource-id="2" units="50"/><allocation task-id="2" resource-id="3" units="300"/>'
    )
    plan = read_plan(write(tmp_path, planner_file(tasks, resources=PEOPLE, allocations=allocations)))
    named = _by_name(plan)
    assert named["Pair"].duration.minutes == 16 * 60  # 32 hours by two people
    assert named["Alone"].duration.minutes == 24 * 60  # 12 hours at 50%; the cement is no one's effort
    assert named["Nobody"].duration.minutes == 4 * 60
    project = plan.project
    work = {
        (project.tasks[a.task_id].name, project.resources[a.resource_id].name): (a.units, a.work_minutes)
        for a in project.assignments.values()
    }
    assert work == {
        ("Pair", "Ana"): (1.0, 16 * 60),
        ("Pair", "Bo"): (1.0, 16 * 60),
        ("Alone", "Bo"): (0.5, 12 * 60),
        ("Alone", "Cement"): (3.0, 0),
    }


def test_fixed_durations_milestones_progress_notes_and_priorities(tmp_path) -> None:
    tasks = task(1, "Cure", work_hours=0, scheduling="fixed-duration", duration=str(16 * 3600), priority="7000")
    tasks += task(2, "Cured", work_hours=0, type="milestone", end="20270104T080000Z", note="Call the inspector")
    tasks += task(3, "Started", percent_complete="30")
    plan = read_plan(write(tmp_path, planner_file(tasks)))
    named = _by_name(plan)
    assert named["Cure"].duration.minutes == 16 * 60 and named["Cure"].priority == 700
    assert named["Cured"].milestone and named["Cured"].notes == "Call the inspector"
    assert named["Cured"].priority == 500  # GNOME Planner's default 0 is MS Project's normal
    assert named["Started"].percent_complete == 30
    assert named["Started"].actual_start == datetime(2027, 1, 4, 8, 0)


def test_predecessors_keep_their_type_and_an_elapsed_lag(tmp_path) -> None:
    def after(predecessor: int, kind: str, lag: int = 0) -> str:
        return (
            f'<predecessors><predecessor id="1" predecessor-id="{predecessor}" type="{kind}" lag="{lag}"/>'
            "</predecessors>"
        )

    tasks = task(1, "Dig") + task(2, "Pour", inner=after(1, "FS", 40 * 3600)) + task(3, "Level", inner=after(1, "SS"))
    tasks += task(4, "Clean", inner=after(1, "FF")) + task(5, "Guard", inner=after(1, "SF"))
    plan = read_plan(write(tmp_path, planner_file(tasks)))
    names = {t.id: t.name for t in plan.project.tasks.values()}
    links = {names[k.successor_id]: (names[k.predecessor_id], k.type, k.lag) for k in plan.project.links.values()}
    assert links == {
        "Pour": ("Dig", LinkType.FS, Lag(40 * 60, "em")),  # Monday 17:00 + 40 hours is Wednesday 09:00
        "Level": ("Dig", LinkType.SS, Lag()),
        "Clean": ("Dig", LinkType.FF, Lag()),
        "Guard": ("Dig", LinkType.SF, Lag()),
    }
    assert plan.schedule().span(2)[0] == datetime(2027, 1, 6, 9, 0)


def test_constraints_and_the_project_start_land_on_working_moments(tmp_path) -> None:
    mso = task(1, "Inspect", inner='<constraint type="must-start-on" time="20270110T000000Z"/>')
    snet = task(2, "Paint", inner='<constraint type="start-no-earlier-than" time="20270107T000000Z"/>')
    fnlt = task(3, "Hand over", inner='<constraint type="finish-no-later-than" time="20270115T170000Z"/>')
    alap = task(4, "Tidy up", inner='<constraint type="alap" time="20270104T000000Z"/>')
    plan = read_plan(write(tmp_path, planner_file(mso + snet + fnlt + alap)))
    named = _by_name(plan)
    assert (named["Hand over"].constraint_type, named["Hand over"].constraint_date) == (
        ConstraintType.FNLT,
        datetime(2027, 1, 15, 17, 0),
    )
    assert (named["Tidy up"].constraint_type, named["Tidy up"].constraint_date) == (ConstraintType.ALAP, None)
    assert plan.project.start == datetime(2027, 1, 4, 8, 0)
    assert (named["Inspect"].constraint_type, named["Inspect"].constraint_date) == (
        ConstraintType.MSO,
        datetime(2027, 1, 11, 8, 0),  # the file's Sunday midnight is Monday's first work
    )
    assert (named["Paint"].constraint_type, named["Paint"].constraint_date) == (
        ConstraintType.SNET,
        datetime(2027, 1, 7, 8, 0),
    )


def test_calendars_day_types_and_overridden_days(tmp_path) -> None:
    days = '<day date="20270105" type="day-type" id="1"/><day date="20270106" type="day-type" id="3"/>'
    short = '<overridden-day-type id="3"><interval start="0900" end="1300"/></overridden-day-type>'
    people = PEOPLE.replace('ovt-rate="90"', 'ovt-rate="90" calendar="2"')
    text = planner_file(task(1, "Build", work_hours=16), calendars=PART_TIME, resources=people, days=days)
    text = text.replace(
        "</overridden-day-type>\n      </overridden-day-types>",
        f"</overridden-day-type>{short}\n      </overridden-day-types>",
    )
    plan = read_plan(write(tmp_path, text))
    project = plan.project
    standard = project.calendar
    assert standard.week == (STANDARD_DAY,) * 5 + ((), ())
    assert [(e.start, e.hours) for e in standard.exceptions] == [
        (date(2027, 1, 5), ()),
        (date(2027, 1, 6), ((540, 780),)),
    ]
    ana = next(r for r in project.resources.values() if r.name == "Ana")
    own = project.calendars[ana.calendar_id]
    assert own.base_id == standard.id and not own.inherits_week  # Fridays off, the rest from the base
    assert own.week == (STANDARD_DAY,) * 4 + ((), (), ())
    assert [(e.start, e.hours) for e in own.exceptions] == [(date(2027, 1, 6), ())]


def test_resources_keep_kind_group_initials_rates_and_notes(tmp_path) -> None:
    allocations = '<allocation task-id="1" resource-id="3" units="100"/>'
    plan = read_plan(write(tmp_path, planner_file(task(1, "Pour"), resources=PEOPLE, allocations=allocations)))
    people = {r.name: r for r in plan.project.resources.values()}
    ana = people["Ana"]
    assert (ana.kind, ana.group, ana.initials, ana.email, ana.notes) == (
        "work",
        "Builders",
        "AN",
        "ana@example.test",
        "Lead",
    )
    assert (ana.standard_rate, ana.overtime_rate) == (60, 90)
    assert people["Cement"].kind == "material"

"""MPXJ, the reader ProjectLibre, GanttProject and most other tools use, reads our export back.

A test-only tool: MPXJ runs in a throwaway venv holding PyPI's `mpxj` and `jpype1` (.ci/run
makes it in .venv-mpxj; PLANNER_MPXJ_PYTHON names another interpreter), on Java. Without
either the test is skipped. It exports the demo and the sampler, reads both with MPXJ's
UniversalProjectReader (tests/exchange/mspdi_export/mpxj_read.py prints what it found as
JSON) and checks that MPXJ sees the same tasks, dates, links, lags, constraints, calendars,
resources, assignments and baselines as Planner.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from planner.core.model.entities import Project
from planner.core.progress import JobSteps
from planner.core.schedule.result import Schedule
from planner.exchange.demo import demo_project
from planner.exchange.mspdi_export.writer import write_mspdi

from .projects import sampler, scheduled

ROOT = Path(__file__).resolve().parents[3]
READER = Path(__file__).with_name("mpxj_read.py")
LINK_TYPES = {"FINISH_START": "FS", "START_START": "SS", "FINISH_FINISH": "FF", "START_FINISH": "SF"}
CONSTRAINTS = {
    "AS_SOON_AS_POSSIBLE": "ASAP",
    "AS_LATE_AS_POSSIBLE": "ALAP",
    "MUST_START_ON": "MSO",
    "MUST_FINISH_ON": "MFO",
    "START_NO_EARLIER_THAN": "SNET",
    "START_NO_LATER_THAN": "SNLT",
    "FINISH_NO_EARLIER_THAN": "FNET",
    "FINISH_NO_LATER_THAN": "FNLT",
}


def mpxj_python() -> str:
    if shutil.which("java") is None:
        pytest.skip("no Java here: MPXJ cannot run")
    candidates = [
        os.environ.get("PLANNER_MPXJ_PYTHON", ""),
        ROOT / ".venv-mpxj/bin/python",
        "/tmp/mpxj-venv/bin/python",
    ]
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return str(candidate)
    pytest.skip("no MPXJ venv here (.ci/run makes .venv-mpxj; PLANNER_MPXJ_PYTHON names one)")


@pytest.fixture(scope="module")
def read_back(tmp_path_factory) -> dict[str, tuple[Schedule, dict]]:
    python = mpxj_python()
    folder = tmp_path_factory.mktemp("mpxj")
    schedules = {"demo": scheduled(demo_project()), "sampler": scheduled(sampler())}
    paths = []
    for name, schedule in schedules.items():
        path = folder / f"{name}.xml"
        write_mspdi(schedule, path, JobSteps())
        paths.append(str(path))
    done = subprocess.run([python, str(READER), *paths], capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    found = json.loads(done.stdout)
    return {name: (schedules[name], found[i]) for i, name in enumerate(schedules)}


CASES = ["demo", "sampler"]


def _minutes(value: list | None, project: Project) -> float | None:
    """MPXJ's (amount, unit) as minutes: working ones on the project's hours per day and week."""
    if value is None:
        return None
    amount, unit = value
    units = project.units
    scale = {
        "MINUTES": 1,
        "HOURS": 60,
        "DAYS": units.minutes_per_day,
        "WEEKS": units.minutes_per_week,
        "MONTHS": units.minutes_per_month,
        "ELAPSED_MINUTES": 1,
        "ELAPSED_HOURS": 60,
        "ELAPSED_DAYS": 1440,
        "ELAPSED_WEEKS": 10080,
    }[unit]
    return round(amount * scale, 3)


def _when(value: datetime | None) -> str | None:
    return value.strftime("%Y-%m-%dT%H:%M") if value else None


@pytest.mark.parametrize("case", CASES)
def test_mpxj_sees_the_same_tasks_and_dates(read_back, case) -> None:
    schedule, found = read_back[case]
    project = schedule.project
    tasks = {t["uid"]: t for t in found["tasks"]}
    assert set(tasks) == set(project.tasks) | {0}
    assert tasks[0]["summary"] and _when(schedule.project_finish) == tasks[0]["finish"]
    codes = schedule.outline.codes() | {m.task_id: m.wbs for m in project.msp_tasks.values() if m.wbs}
    for row, task_id in enumerate(schedule.outline.rows(), start=1):
        task, seen, dates = project.tasks[task_id], tasks[task_id], schedule.dates(task_id)
        assert (seen["id"], seen["name"], seen["wbs"]) == (row, task.name, codes[task_id])
        assert seen["outline_level"] == schedule.outline.level(task_id)
        assert (seen["start"], seen["finish"]) == (_when(dates.start), _when(dates.finish)), task.name
        assert _minutes(seen["duration"], project) == dates.duration_minutes, task.name
        assert (seen["milestone"], seen["summary"]) == (task.milestone, dates.summary)
        assert CONSTRAINTS[seen["constraint"]] == task.constraint_type
        if task.constraint_type.needs_date:
            assert seen["constraint_date"] == _when(task.constraint_date)
        assert seen["deadline"] == _when(task.deadline)
        assert (seen["priority"], seen["notes"] or "") == (task.priority, task.notes)
        assert seen["percent_complete"] == round(dates.percent_complete)
        assert (seen["actual_start"], seen["actual_finish"]) == (_when(task.actual_start), _when(task.actual_finish))
        assert seen["calendar"] == task.calendar_id


@pytest.mark.parametrize("case", CASES)
def test_mpxj_sees_the_same_links_and_lags(read_back, case) -> None:
    schedule, found = read_back[case]
    project = schedule.project
    seen = {
        (link["predecessor"], task["uid"], LINK_TYPES[link["type"]], _lag(link["lag"], project))
        for task in found["tasks"]
        for link in task["links"]
    }
    assert seen == {(k.predecessor_id, k.successor_id, k.type.value, _planner_lag(k)) for k in project.links.values()}


def _lag(value: list, project: Project) -> tuple[float, str]:
    if value[1] in ("PERCENT", "ELAPSED_PERCENT"):
        return value[0], "%"
    return _minutes(value, project), "em" if value[1].startswith("ELAPSED") else "m"


def _planner_lag(link) -> tuple[float, str]:
    return float(link.lag.amount), link.lag.unit if link.lag.amount else "m"


@pytest.mark.parametrize("case", CASES)
def test_mpxj_sees_the_same_resources_and_assignments(read_back, case) -> None:
    schedule, found = read_back[case]
    project = schedule.project
    resources = {r["uid"]: r for r in found["resources"]}
    assert set(resources) == set(project.resources)
    for resource in project.resources.values():
        seen = resources[resource.id]
        assert (seen["name"], seen["type"]) == (resource.name, resource.kind.upper())
        assert (seen["group"] or "", seen["email"] or "", seen["initials"] or "") == (
            resource.group,
            resource.email,
            resource.initials,
        )
        if resource.kind == "work":
            assert seen["max_units"] == pytest.approx(resource.max_units * 100)
            assert _per_hour(seen["standard_rate"], project) == pytest.approx(resource.standard_rate)
            assert _per_hour(seen["overtime_rate"], project) == pytest.approx(resource.overtime_rate)
            assert seen["standard_rate"][1] == _RATE_UNITS[resource.standard_rate_unit]
        assert seen["cost_per_use"] == pytest.approx(resource.cost_per_use)
        if resource.calendar_id is not None:
            assert seen["calendar"] == resource.calendar_id
    assignments = {(a["task"], a["resource"]): a for a in found["assignments"]}
    assert set(assignments) == {(a.task_id, a.resource_id) for a in project.assignments.values()}
    for assignment in project.assignments.values():
        seen = assignments[assignment.task_id, assignment.resource_id]
        assert seen["units"] == pytest.approx(assignment.units * 100)
        assert (_minutes(seen["work"], project) or 0) == assignment.work_minutes
        if assignment.actual_work_minutes is not None:
            assert _minutes(seen["actual_work"], project) == assignment.actual_work_minutes
        if project.resources[assignment.resource_id].kind == "cost":
            assert seen["cost"] == pytest.approx(assignment.cost)


_RATE_UNITS = {"m": "MINUTES", "h": "HOURS", "d": "DAYS", "w": "WEEKS", "mo": "MONTHS", "y": "YEARS"}


def _per_hour(rate: list, project: Project) -> float:
    amount, unit = rate
    hours = {"MINUTES": 1 / 60, "HOURS": 1, "DAYS": project.units.minutes_per_day / 60}
    hours |= {"WEEKS": project.units.minutes_per_week / 60, "MONTHS": project.units.minutes_per_month / 60}
    return amount / hours[unit]


@pytest.mark.parametrize("case", CASES)
def test_mpxj_sees_the_same_calendars(read_back, case) -> None:
    schedule, found = read_back[case]
    project = schedule.project
    assert found["calendar"] == project.calendar_id
    calendars = {c["uid"]: c for c in found["calendars"]}
    assert set(calendars) == set(project.calendars)
    days = ("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")
    for calendar in project.calendars.values():
        seen = calendars[calendar.id]
        assert (seen["name"], seen["base"]) == (calendar.name, calendar.base_id)
        if calendar.base_id is not None and calendar.inherits_week:
            assert {d["type"] for d in seen["week"].values()} == {"DEFAULT"}
            continue
        for name, hours in zip(days, calendar.week, strict=True):
            assert [_span(r) for r in seen["week"][name]["hours"] or []] == list(hours), (calendar.name, name)
        covered = {day for e in seen["exceptions"] for day in _days(e)}
        own = {e.start + timedelta(days=n) for e in calendar.exceptions for n in range((e.finish - e.start).days + 1)}
        assert own <= covered


def _span(pair: list[str]) -> tuple[int, int]:
    start, end = (int(t[:2]) * 60 + int(t[3:5]) for t in pair)
    return start, end or 1440


def _days(exception: dict) -> list[date]:
    first, last = date.fromisoformat(exception["from"][:10]), date.fromisoformat(exception["to"][:10])
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


@pytest.mark.parametrize("case", CASES)
def test_mpxj_sees_the_same_baselines_and_fixed_costs(read_back, case) -> None:
    schedule, found = read_back[case]
    project = schedule.project
    tasks = {t["uid"]: t for t in found["tasks"]}
    numbers = {b.id: b.number for b in project.baselines.values()}
    assert project.task_baselines
    for row in project.task_baselines.values():
        seen = tasks[row.task_id]["baselines"][str(numbers[row.baseline_id])]
        assert (seen["start"], seen["finish"]) == (_when(row.start), _when(row.finish))
        assert seen["cost"] == pytest.approx(row.cost)
        assert _minutes(seen["work"], project) == row.work_minutes
        assert _minutes(seen["duration"], project) == row.duration_minutes
    for cost in project.task_costs.values():
        assert tasks[cost.task_id]["fixed_cost"] == pytest.approx(cost.fixed_cost)

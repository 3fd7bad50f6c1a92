"""The worked example of issue 11, small enough to compute by hand.

Three tasks in a row on the standard calendar, baselined at kick-off (Mon 4 Jan 2027):

- Design 10d (4-15 Jan), 80h at 125/h: baseline cost 10,000. Complete, actual cost 12,000 (over budget).
- Build 10d (18-29 Jan), 80h at 100/h: 8,000. Half-way through its baseline at the status date
  (Fri 22 Jan 17:00), 40% complete, actual cost 3,000.
- Test 5d (1-5 Feb), 40h at 100/h: 4,000. Not started.
"""

from __future__ import annotations

from datetime import datetime

from planner.core.edits.baseline_edits import save_baseline
from planner.core.edits.edit import apply_edit
from planner.core.model.duration import Duration
from planner.core.model.entities import Assignment, Link, Resource, Task
from planner.core.model.factory import new_project
from planner.core.schedule.engine import schedule

DAY = 480
STATUS = datetime(2027, 1, 22, 17, 0)
KICK_OFF = datetime(2027, 1, 4, 8, 0)
DESIGN, BUILD, TEST = 1, 2, 3
ACTUALS = {DESIGN: 12_000.0, BUILD: 3_000.0, TEST: 0.0}


def planned_project():
    project = new_project("Worked example", KICK_OFF)
    project.tasks = {
        DESIGN: Task(DESIGN, "Design", position=1, duration=Duration(10 * DAY)),
        BUILD: Task(BUILD, "Build", position=2, duration=Duration(10 * DAY)),
        TEST: Task(TEST, "Test", position=3, duration=Duration(5 * DAY)),
    }
    project.links = {1: Link(1, DESIGN, BUILD), 2: Link(2, BUILD, TEST)}
    project.resources = {1: Resource(1, "Ana", standard_rate=125.0), 2: Resource(2, "Bo", standard_rate=100.0)}
    project.assignments = {
        1: Assignment(1, DESIGN, 1, work_minutes=80 * 60),
        2: Assignment(2, BUILD, 2, work_minutes=80 * 60),
        3: Assignment(3, TEST, 2, work_minutes=40 * 60),
    }
    return project


def baselined_with_progress():
    """The project baselined at kick-off, then progress recorded up to the status date."""
    project = planned_project()
    apply_edit(project, save_baseline(schedule(project), 0, KICK_OFF, name="Kick-off"))
    design, build = project.tasks[DESIGN], project.tasks[BUILD]
    design.actual_start, design.actual_finish, design.percent_complete = KICK_OFF, datetime(2027, 1, 15, 17), 100.0
    build.actual_start, build.percent_complete = datetime(2027, 1, 18, 8), 40.0
    project.status_date = STATUS
    return project

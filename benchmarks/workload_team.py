"""A team for generated projects (generate.py has tasks and links only): people, a part-timer
calendar and one or two assignments per leaf task, for the workload benchmarks."""

from __future__ import annotations

import random

from planner.core.model.entities import STANDARD_DAY, Assignment, Calendar, Project, Resource
from planner.core.model.wbs import Outline


def add_team(project: Project, people: int, seed: int = 1) -> Project:
    """Give `project` `people` work resources (every tenth on Mon-Thu) and assign each leaf task to
    one person, a third of them to a second one at 50%."""
    rng = random.Random(seed)
    part_time = max(project.calendars) + 1
    project.calendars[part_time] = Calendar(part_time, "Mon-Thu", week=(STANDARD_DAY,) * 4 + ((), (), ()))
    for rid in range(1, people + 1):
        project.resources[rid] = Resource(
            rid,
            f"Person {rid}",
            initials=f"P{rid}",
            max_units=rng.choice((1.0, 1.0, 1.0, 0.5)),
            standard_rate=rng.choice((60.0, 80.0, 95.0)),
            calendar_id=part_time if rid % 10 == 0 else None,
        )
    outline = Outline.of(project)
    aid = 0
    for task in project.tasks.values():
        if outline.is_summary(task.id) or task.milestone or not task.duration.minutes:
            continue
        first = rng.randint(1, people)
        aid += 1
        project.assignments[aid] = Assignment(aid, task.id, first, 1.0, task.duration.minutes)
        if rng.random() < 1 / 3:
            second = rng.randint(1, people)
            if second != first:
                aid += 1
                project.assignments[aid] = Assignment(aid, task.id, second, 0.5, task.duration.minutes // 2)
    return project

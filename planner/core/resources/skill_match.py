"""Who should do a task: people ranked by skill fit, then by free capacity in the task's window.

A person fits when they hold every skill the task needs (table task_skills) at its
minimum level or above (resource_skills). People who fit come first, then those who
miss the fewest requirements by the fewest levels; among equals the one with the most room in the task's
window, then the one with the most skill to spare. The free capacity leaves out the
task itself, so a person already on it is judged on the rest of their work.

Each candidate carries its reason in words, e.g. "React 4 >= 3; 60% free in weeks 12-14".
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from planner.core.resources.loads import WORK_KIND
from planner.core.resources.periods import instant_day
from planner.core.resources.profile import LoadProfile
from planner.core.resources.usage import Usage
from planner.core.schedule.worktime import to_abs


@dataclass(frozen=True)
class Candidate:
    resource_id: int
    name: str
    fits: bool  # holds every required skill at its minimum level
    missing: int  # requirements not met
    short: int  # levels missing below the minimums (a missing skill is short by its whole minimum)
    surplus: int  # levels above the minimums, summed over the skills met
    free: float  # share of the person's capacity left in the task's window, 0..1
    assigned: bool  # already assigned to the task
    reason: str


def candidates(usage: Usage, task_id: int) -> list[Candidate]:
    """Every work resource, best first, for `task_id`."""
    project = usage.project
    needs = sorted(
        (
            (project.skills[n.skill_id].name, n.skill_id, n.min_level)
            for n in project.task_skills.values()
            if n.task_id == task_id and n.skill_id in project.skills
        ),
        key=lambda need: need[0].lower(),
    )
    levels: dict[tuple[int, int], int] = {
        (r.resource_id, r.skill_id): r.level for r in project.resource_skills.values()
    }
    start, finish = usage.schedule.span(task_id)
    window = (to_abs(start), to_abs(finish))
    on_task = {a.resource_id for a in project.assignments.values() if a.task_id == task_id}
    found = []
    for rid, resource in project.resources.items():
        if resource.kind != WORK_KIND:
            continue
        words, missing, short, surplus = _skill_words(needs, levels, rid)
        free = free_share(usage, rid, window, task_id)
        words.append(f"{free:.0%} free in {window_words(*window)}")
        found.append(
            Candidate(rid, resource.name, not missing, missing, short, surplus, free, rid in on_task, "; ".join(words))
        )
    return sorted(found, key=lambda c: (c.missing, c.short, -round(c.free, 2), -c.surplus, c.name.lower()))


def _skill_words(needs: list[tuple[str, int, int]], levels: dict[tuple[int, int], int], rid: int):
    """The words for each requirement, how many are missed, by how many levels, and the levels to spare."""
    words: list[str] = []
    missing = short = surplus = 0
    for name, skill_id, minimum in needs:
        level = levels.get((rid, skill_id))
        if level is None:
            words.append(f"no {name} (needs {minimum})")
            missing += 1
            short += minimum
        elif level < minimum:
            words.append(f"{name} {level} < {minimum}")
            missing += 1
            short += minimum - level
        else:
            words.append(f"{name} {level} >= {minimum}")
            surplus += level - minimum
    if not needs:
        words.append("no skills required")
    return words, missing, short, surplus


def free_share(usage: Usage, resource_id: int, window: tuple[int, int], task_id: int | None = None) -> float:
    """The share of the person's capacity (max units x working time) left free over instants
    [start, finish), not counting their work on `task_id`."""
    start, finish = window
    calendar = usage.calendars[resource_id]
    low, high = calendar.work_at(start), calendar.work_at(finish)
    capacity = usage.resource(resource_id).max_units * (high - low)
    if capacity <= 0:
        return 0.0
    others = [x for x in usage.by_resource.get(resource_id, []) if x.task_id != task_id]
    profile = LoadProfile(others)
    done = profile.work_at(np.array([low, high]))
    busy = float(done[1] - done[0])
    if profile.off:
        off = profile.off_work(np.array([start, finish], dtype=np.float64))
        busy += float(off[1] - off[0])
    return max(0.0, min(1.0, 1 - busy / capacity))


def window_words(start: int, finish: int) -> str:
    """The task's window in ISO weeks: "week 12", "weeks 12-14" (with the year when it changes)."""
    first = instant_day(start)
    last = instant_day(max(start, finish - 1))
    (y1, w1, _), (y2, w2, _) = first.isocalendar(), last.isocalendar()
    if (y1, w1) == (y2, w2):
        return f"week {w1}"
    if y1 == y2:
        return f"weeks {w1}-{w2}"
    return f"weeks {w1}/{y1}-{w2}/{y2}"

"""`planner level` output (a table or `--json`), and the levelling keys of `planner schedule --json`.

JSON keys: `moved: [{id, uid, name, delay_hours, start_before, start, finish, reason}]`,
`unresolved: [{id, uid, name, why}]` (tasks left over-allocated: do not level, started, pinned
by a date, beyond their slack with --within-slack, ...), `finish_before`, `finish_after`, `written`.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import TextIO

from planner.core.level.report import LevellingReport
from planner.core.model.dates import when
from planner.core.model.duration import format_minutes
from planner.core.model.entities import Project
from planner.core.model.wbs import Outline


def _iso(moment: datetime) -> str:
    return f"{moment:%Y-%m-%dT%H:%M}"


def level_dict(project: Project, report: LevellingReport, written: bool) -> dict:
    ids = Outline.of(project).ids
    return {
        "moved": [
            {
                "id": ids.id_of(m.task_id),
                "uid": m.task_id,
                "name": m.name,
                "delay_hours": m.delay_minutes / 60,
                "start_before": _iso(m.start_before),
                "start": _iso(m.start),
                "finish": _iso(m.finish),
                "reason": m.reason,
            }
            for m in report.moved
        ],
        "unresolved": [
            {"id": ids.id_of(t), "uid": t, "name": project.tasks[t].name, "why": why} for t, why in report.unresolved
        ],
        "finish_before": _iso(report.finish_before),
        "finish_after": _iso(report.finish_after),
        "written": written,
    }


def write_level_json(
    project: Project, report: LevellingReport, written: bool, out: TextIO, dry_run: bool = False
) -> None:
    json.dump(level_dict(project, report, written), out, indent=2)
    out.write("\n")


def write_level_table(
    project: Project, report: LevellingReport, written: bool, out: TextIO, dry_run: bool = False
) -> None:
    """What moves, by how much and why, then the finish before and after."""
    ids = Outline.of(project).ids
    count = len(report.moved)
    out.write(f"Level Resources: {count} task{'s' * (count != 1)} move{'s' * (count == 1)}\n")
    for m in report.moved:
        delay = format_minutes(m.delay_minutes, units=project.units)
        out.write(f"  #{ids.id_of(m.task_id)} {m.name}: +{delay}, starts {when(m.start)}; {m.reason}\n")
    for t, why in report.unresolved:
        out.write(f"  #{ids.id_of(t)} {project.tasks[t].name}: still over-allocated ({why})\n")
    out.write(f"finish {when(report.finish_before)} -> {when(report.finish_after)}\n")
    if written:
        out.write("written as one edit\n")
    elif dry_run:
        out.write("nothing written (--dry-run)\n")
    else:
        out.write("nothing to change: the file holds this levelling already\n" if count else "")


def levelling_delay_hours(project: Project) -> dict[int, float]:
    """The `planner schedule --json` key `levelling_delay_hours`: per task with a levelling delay,
    the delay in working hours (a task missing from it has 0)."""
    hours: dict[int, float] = {}
    for d in project.levelling_delays.values():
        hours[d.task_id] = hours.get(d.task_id, 0.0) + d.delay_minutes / 60
    return hours

"""The schedule as the command line prints it: a table for people, JSON for programs."""

from __future__ import annotations

import json
from datetime import datetime

from planner.core.model.dates import when
from planner.core.model.duration import format_minutes
from planner.core.schedule.result import Schedule


def _iso(moment: datetime | None) -> str | None:
    return moment.strftime("%Y-%m-%dT%H:%M") if moment else None


def schedule_dict(schedule: Schedule) -> dict:
    """The `planner schedule --json` document: project header and one entry per task in WBS order."""
    project, outline = schedule.project, schedule.outline
    codes = outline.codes()
    tasks = []
    for task_id in outline.rows():
        task = project.tasks[task_id]
        dates = schedule.dates(task_id)
        tasks.append(
            {
                "id": task_id,
                "wbs": codes[task_id],
                "name": task.name,
                "outline_level": outline.level(task_id),
                "summary": dates.summary,
                "milestone": dates.milestone,
                "duration_hours": dates.duration_minutes / 60,
                "start": _iso(dates.start),
                "finish": _iso(dates.finish),
                "early_start": _iso(dates.early_start),
                "early_finish": _iso(dates.early_finish),
                "late_start": _iso(dates.late_start),
                "late_finish": _iso(dates.late_finish),
                "total_float_hours": dates.total_float_minutes / 60,
                "free_float_hours": dates.free_float_minutes / 60,
                "critical": dates.critical,
                "percent_complete": dates.percent_complete,
                "deadline": _iso(task.deadline),
                "late_against_deadline": dates.late_against_deadline,
            }
        )
    header = {
        "name": project.name,
        "start": _iso(project.start),
        "finish": _iso(schedule.project_finish),
        "status_date": _iso(project.status_date),
    }
    return {"project": header, "tasks": tasks}


def schedule_json(schedule: Schedule) -> str:
    return json.dumps(schedule_dict(schedule), indent=2)


def schedule_table(schedule: Schedule, width: int = 40) -> str:
    """A fixed-width table: critical tasks marked `*`, late ones `!`, names indented by level."""
    project, outline = schedule.project, schedule.outline
    codes = outline.codes()
    units = project.units
    header = f"{'ID':>5}  {'WBS':<9} {'Name':<{width}} {'Duration':>8}  {'Start':<20} {'Finish':<20} {'Float':>6}"
    lines = [
        f"{project.name}: {when(project.start)} to {when(schedule.project_finish)}",
        header,
        "-" * len(header),
    ]
    for task_id in outline.rows():
        task = project.tasks[task_id]
        dates = schedule.dates(task_id)
        name = "  " * (outline.level(task_id) - 1) + task.name
        if len(name) > width:
            name = name[: width - 1] + "…"
        marks = ("*" if dates.critical else " ") + ("!" if dates.late_against_deadline else " ")
        duration = format_minutes(dates.duration_minutes, task.duration.elapsed and not dates.summary, units)
        total = (
            format_minutes(dates.total_float_minutes, units=units)
            if dates.total_float_minutes >= 0
            else ("-" + format_minutes(-dates.total_float_minutes, units=units))
        )
        lines.append(
            f"{task_id:>5}{marks}{codes[task_id]:<9} {name:<{width}} {duration:>8}  "
            f"{when(dates.start):<20} {when(dates.finish):<20} {total:>6}"
        )
    lines.append("* critical   ! finishes after its deadline")
    return "\n".join(lines)

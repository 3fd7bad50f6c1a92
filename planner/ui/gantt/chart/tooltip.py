"""A bar's tooltip: its dates, duration, floats and what drives its start, as a PM reads them."""

from __future__ import annotations

from html import escape

from planner.core.model.dates import when
from planner.core.model.duration import format_duration, format_minutes
from planner.core.model.entities import ConstraintType, Project
from planner.core.schedule.explain import driver_brief
from planner.core.schedule.result import Schedule, StartDriver, TaskDates


def driver_text(schedule: Schedule, task_id: int, driver: StartDriver) -> str:
    """Why the task starts when it does, in the words `planner why` uses."""
    return driver_brief(schedule, task_id, driver)


def tooltip_html(project: Project, schedule: Schedule, dates: TaskDates) -> str:
    """Rich text for QToolTip; a summary's % complete is rolled up from its subtasks (core's rule)."""
    task = project.tasks[dates.task_id]
    units = project.units
    lines = [f"<b>{schedule.outline.ids.id_of(dates.task_id)} {escape(task.name)}</b>"]
    kind = "Summary" if dates.summary else "Milestone" if dates.milestone else ""
    if kind:
        lines.append(f"<i>{kind}</i>")
    lines.append(f"Start: {when(dates.start)}")
    if not dates.milestone:
        lines.append(f"Finish: {when(dates.finish)}")
        duration = (
            format_duration(task.duration, units)
            if not dates.summary
            else format_minutes(dates.duration_minutes, units=units)
        )
        lines.append(f"Duration: {duration} &nbsp; Complete: {dates.percent_complete:.0f}%")
    floats = f"Total float: {format_minutes(dates.total_float_minutes, units=units)}"
    lines.append(f"{floats} &nbsp; Free float: {format_minutes(dates.free_float_minutes, units=units)}")
    lines.append(
        f"Start driven by: {escape(driver_text(schedule, dates.task_id, schedule.start_driver(dates.task_id)))}"
    )
    if task.constraint_type != ConstraintType.ASAP:
        on = f" {when(task.constraint_date)}" if task.constraint_date else ""
        lines.append(f"Constraint: {task.constraint_type.label}{on}")
    if task.deadline is not None:
        late = " <b>(missed)</b>" if dates.late_against_deadline else ""
        lines.append(f"Deadline: {when(task.deadline)}{late}")
    if dates.critical:
        lines.append("<b>Critical</b>")
    return "<br>".join(lines)

"""Why a task is where it is, in words a PM can act on (`planner why`, the Gantt tooltip).

Functions take Unique IDs (`Task.id`) and name tasks by their row ID, as the table shows them.
"""

from __future__ import annotations

from planner.core.model.dates import when
from planner.core.model.duration import format_lag, format_minutes
from planner.core.model.entities import Link, Project
from planner.core.schedule.result import Schedule, StartDriver


def task_name(schedule: Schedule, task_id: int) -> str:
    """`task 7 'Design'`: the row ID and the name."""
    return f"task {schedule.outline.ids.id_of(task_id)} '{schedule.project.tasks[task_id].name}'"


def link_text(project: Project, link: Link) -> str:
    lag = format_lag(link.lag, project.units)
    return f"{link.type.value}{lag}"


def driver_text(schedule: Schedule, task_id: int) -> str:
    """One sentence: what sets the task's early start."""
    project = schedule.project
    driver: StartDriver = schedule.start_driver(task_id)
    task = project.tasks[task_id]
    if driver.kind == "link":
        link = project.links[driver.link_id]
        pred = schedule.dates(link.predecessor_id)
        point = "finishes" if link.type.value[0] == "F" else "starts"
        moment = pred.finish if point == "finishes" else pred.start
        return (
            f"the link from {task_name(schedule, link.predecessor_id)} ({link_text(project, link)}): "
            f"it {point} {when(moment)}"
        )
    if driver.kind == "summary":
        return f"its summary {task_name(schedule, driver.summary_id)}, which is driven by {_next(schedule, driver)}"
    if driver.kind == "subtask":
        child = task_name(schedule, driver.subtask_id).removeprefix("task ")
        return f"its subtask {child}, which is driven by {_next(schedule, driver)}"
    if driver.kind == "constraint":
        return f"its constraint {task.constraint_type.label} {when(task.constraint_date)}"
    if driver.kind == "progress":
        return f"its actual start {when(task.actual_start)}"
    if driver.kind == "status date":
        return f"the status date {when(project.status_date)}: work not yet started cannot start in the past"
    if driver.kind == "manual":
        return f"its manual start {when(task.manual_start)}: a manually scheduled task stays where it is put"
    return f"the project start {when(project.start)}"


def driver_brief(schedule: Schedule, task_id: int, driver: StartDriver) -> str:
    """A short phrase for tooltips and dialogs: `the link from task 3 'Design' (FS+2d)`."""
    project = schedule.project
    task = project.tasks[task_id]
    if driver.kind == "link" and driver.link_id in project.links:
        link = project.links[driver.link_id]
        return f"the link from {task_name(schedule, link.predecessor_id)} ({link_text(project, link)})"
    if driver.kind == "summary" and driver.summary_id in project.tasks:
        return f"its summary {task_name(schedule, driver.summary_id)}"
    if driver.kind == "subtask" and driver.subtask_id in project.tasks:
        return f"its subtask {task_name(schedule, driver.subtask_id).removeprefix('task ')}"
    if driver.kind == "constraint":
        return f"its constraint {task.constraint_type.label} {when(task.constraint_date)}".rstrip()
    if driver.kind == "progress":
        return f"its actual start {when(task.actual_start)}".rstrip()
    if driver.kind == "status date":
        return "the status date (not started yet)"
    if driver.kind == "manual":
        return f"its manual start {when(task.manual_start)}".rstrip()
    return "the project start"


def _next(schedule: Schedule, driver: StartDriver) -> str:
    """What drives the summary or subtask a driver points to (each step moves one level, up or
    down the outline, and a subtask never points back up, so the chain ends)."""
    return driver_text(schedule, driver.summary_id if driver.kind == "summary" else driver.subtask_id)


def successor_links(schedule: Schedule, task_id: int) -> list[tuple[Link, bool]]:
    """Links out of the task, in their successors' ID order, each with whether it sets the successor's start."""
    found = []
    for link in schedule.project.links.values():
        if link.predecessor_id == task_id:
            driver = schedule.start_driver(link.successor_id)
            found.append((link, driver.kind == "link" and driver.link_id == link.id))
    ids = schedule.outline.ids
    return sorted(found, key=lambda pair: ids.id_of(pair[0].successor_id))


def driven_links(schedule: Schedule, task_id: int) -> list[Link]:
    """Links out of the task that set their successor's start."""
    return [link for link, drives in successor_links(schedule, task_id) if drives]


def successors_text(schedule: Schedule, task_id: int) -> str:
    """Which successors the task drives, and what drives the others (MS Project's Task Path, in words)."""
    project = schedule.project
    links = successor_links(schedule, task_id)
    if not links:
        return "It has no successors."

    def named(link: Link) -> str:
        return f"{task_name(schedule, link.successor_id)} ({link_text(project, link)})"

    driven = [named(link) for link, drives in links if drives]
    others = [
        f"{named(link)}, whose start is driven by "
        + driver_brief(schedule, link.successor_id, schedule.start_driver(link.successor_id))
        for link, drives in links
        if not drives
    ]
    sentences = [f"It drives {'; '.join(driven)}." if driven else "It drives none of its successors' starts."]
    if others:
        sentences.append(f"It precedes, without driving, {'; '.join(others)}.")
    return " ".join(sentences)


def explain(schedule: Schedule, task_id: int) -> str:
    """Several lines: the task's dates, its driver, its successors, and its criticality."""
    project = schedule.project
    dates = schedule.dates(task_id)
    units = project.units
    lines = [
        f"T{task_name(schedule, task_id)[1:]} starts {when(dates.start)} and finishes {when(dates.finish)}.",
        f"Its start is driven by {driver_text(schedule, task_id)}.",
        successors_text(schedule, task_id),
    ]
    total = format_minutes(abs(dates.total_float_minutes), units=units)
    if dates.critical:
        behind = f", {total} behind" if dates.total_float_minutes < 0 else ""
        lines.append(
            f"It is critical (total float {'-' if dates.total_float_minutes < 0 else ''}{total}{behind}): "
            f"any delay to it moves the project finish, {when(schedule.project_finish)}, or a constraint or deadline."
        )
    elif dates.total_float_minutes > 0:
        free = format_minutes(dates.free_float_minutes, units=units)
        lines.append(
            f"It is not critical: it can slip {total} (total float) before the project finish or a deadline moves, "
            f"and {free} (free float) before any successor moves."
        )
    else:
        lines.append("It is complete, so it is no longer on the critical path.")
    if dates.late_against_deadline:
        lines.append(f"It finishes after its deadline, {when(project.tasks[task_id].deadline)}.")
    return "\n".join(lines)

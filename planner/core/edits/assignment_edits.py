"""Assigning resources to tasks, as one undoable Edit each, with MS Project's effort rules.

Every builder here reads the task's assignments, lets core/resources/effort.py decide
which of duration, work and units moves, and returns one Edit holding the task (when
its duration moves) and every assignment it adds, replaces or removes, so that an
assignment's `work_minutes` always holds its work. None when nothing changes;
InputError (UnknownResources for names that are no resource) with a message fit for
the cell when the input cannot be used.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from planner.core.edits.compose import compose
from planner.core.edits.edit import Edit, Put
from planner.core.errors import InputError
from planner.core.model.duration import Duration, parse_duration
from planner.core.model.entities import Assignment, Project, Resource, Task, TaskType
from planner.core.resources import effort as rules
from planner.core.resources.effort import Effort, Share
from planner.core.resources.names import initials_for, resolve


def task_assignments(project: Project, task_id: int) -> list[Assignment]:
    """The task's assignments in the order they were made."""
    return sorted((a for a in project.assignments.values() if a.task_id == task_id), key=lambda a: a.id)


def assignments_by_task(project: Project) -> dict[int, list[Assignment]]:
    """Every task's assignments in the order they were made, in one pass (for a whole table)."""
    found: dict[int, list[Assignment]] = {}
    for a in sorted(project.assignments.values(), key=lambda a: a.id):
        found.setdefault(a.task_id, []).append(a)
    return found


def works(project: Project, assignment: Assignment) -> bool:
    """Whether the assignment is of a work resource (material and cost take no work)."""
    resource = project.resources.get(assignment.resource_id)
    return resource is not None and resource.kind == "work"


def task_work(project: Project, task_id: int) -> int:
    """The task's work in minutes: the sum of its assignments' work."""
    return sum(a.work_minutes for a in project.assignments.values() if a.task_id == task_id)


# -- builders ------------------------------------------------------------------
def assign_names(project: Project, task_id: int, text: str) -> Edit | None:
    """The task's Resource Names typed as `Ana[50%];Bo`: assigns, unassigns and changes units."""
    task = _assignable(project, task_id)
    wanted = {n.resource.id: n.units for n in resolve(project, text)}
    return reassign(project, task, wanted, "Assign resources")


def assign_creating(project: Project, task_id: int, text: str, names: Iterable[str]) -> Edit | None:
    """Create the work resources `names` (the window asked), then assign `text`: one edit."""
    return compose(
        project, "Assign resources", (lambda p: new_resources(p, names), lambda p: assign_names(p, task_id, text))
    )


def new_resources(project: Project, names: Iterable[str]) -> Edit | None:
    """New work resources at 100%, with initials from their names."""
    taken = [r.initials for r in project.resources.values()]
    puts = []
    uid = project.next_id("resources")
    for name in dict.fromkeys(n.strip() for n in names if n.strip()):
        while uid in project.resources:
            uid += 1
        initials = initials_for(name, taken)
        taken.append(initials)
        puts.append(Put("resources", None, Resource(uid, name, initials=initials)))
        uid += 1
    return Edit("New resources", tuple(puts)) if puts else None


def add_resource(project: Project, task_id: int, resource_id: int, units: float | None = None) -> Edit | None:
    """The Assign button: one more resource on the task (100%, or 1 of a material)."""
    task = _assignable(project, task_id)
    resource = _resource(project, resource_id)
    wanted = {a.resource_id: a.units for a in task_assignments(project, task_id)}
    if resource_id in wanted:
        return None
    wanted[resource_id] = _checked_units(resource, 1.0 if units is None else units)
    return reassign(project, task, wanted, f"Assign {resource.name}")


def remove_resource(project: Project, task_id: int, resource_id: int) -> Edit | None:
    """The Remove button: the resource leaves the task."""
    task = _assignable(project, task_id)
    wanted = {a.resource_id: a.units for a in task_assignments(project, task_id)}
    if wanted.pop(resource_id, None) is None:
        return None
    return reassign(project, task, wanted, f"Remove {_resource(project, resource_id).name}")


def replace_resource(project: Project, task_id: int, old_id: int, new_id: int) -> Edit | None:
    """The Replace button: another resource takes over the assignment, its units and its work."""
    _assignable(project, task_id)
    new = _resource(project, new_id)
    mine = {a.resource_id: a for a in task_assignments(project, task_id)}
    if old_id not in mine or old_id == new_id:
        return None
    if new_id in mine:
        raise InputError(f"{new.name} is already on this task")
    old = mine[old_id]
    if new.kind != _resource(project, old_id).kind:
        raise InputError(f"{new.name} is a {new.kind} resource; replace it with one of the same type")
    label = f"Replace {_resource(project, old_id).name} with {new.name}"
    return Edit(label, (Put("assignments", old, replace(old, resource_id=new_id)),))


def set_units(project: Project, task_id: int, resource_id: int, units: float) -> Edit | None:
    """An assignment's units changed (the dialog): MS Project's rule for its task type decides."""
    task = _assignable(project, task_id)
    resource = _resource(project, resource_id)
    wanted = {a.resource_id: a.units for a in task_assignments(project, task_id)}
    if resource_id not in wanted:
        raise InputError(f"{resource.name} is not assigned to this task")
    wanted[resource_id] = _checked_units(resource, units)
    return reassign(project, task, wanted, "Change units")


def set_assignment_work(project: Project, task_id: int, resource_id: int, text: str | int) -> Edit | None:
    """An assignment's work changed: alone on the task (not fixed duration) its duration follows;
    otherwise its units do, since every assignment spans its task."""
    task = _assignable(project, task_id)
    minutes = _work_minutes(project, text)
    mine = {a.resource_id: a for a in task_assignments(project, task_id) if works(project, a)}
    if resource_id not in mine:
        raise InputError("only a work resource's assignment has work")
    if len(mine) == 1 and task.task_type != TaskType.FIXED_DURATION:
        return set_task_work(project, task_id, minutes)
    if task.duration.minutes <= 0:
        raise InputError("a task of no duration takes no work; give it a duration first")
    if minutes <= 0:
        raise InputError("work must be above 0; remove the resource to unassign it")
    units = _checked_units(_resource(project, resource_id), minutes / task.duration.minutes)
    fresh = rules.change_units(_effort(project, task), TaskType.FIXED_DURATION, resource_id, units)
    return _edit("Change work", project, task, fresh)


def set_task_work(project: Project, task_id: int, text: str | int) -> Edit | None:
    """The task's Work typed (`40h`): fixed duration changes the units, the others the duration."""
    task = _assignable(project, task_id)
    minutes = _work_minutes(project, text)
    effort = _effort(project, task)
    if not effort.units:
        raise InputError("work is done by resources: assign one first (Resource Names)")
    if minutes <= 0:
        raise InputError("work must be above 0; remove the resources to leave the task unassigned")
    if minutes == effort.work:
        return None
    after = rules.change_work(effort, task.task_type, minutes)
    return _edit("Change work", project, task, after)


def set_task_type(project: Project, task_id: int, value: str | TaskType) -> Edit | None:
    task = _task(project, task_id)
    task_type = task_type_of(value)
    effort_driven = True if task_type == TaskType.FIXED_WORK else task.effort_driven
    if (task.task_type, task.effort_driven) == (task_type, effort_driven):
        return None
    return Edit(
        "Change task type", (Put("tasks", task, replace(task, task_type=task_type, effort_driven=effort_driven)),)
    )


def set_effort_driven(project: Project, task_id: int, on: bool) -> Edit | None:
    task = _task(project, task_id)
    if task.task_type == TaskType.FIXED_WORK and not on:
        raise InputError("a fixed-work task is always effort-driven")
    if task.effort_driven == bool(on):
        return None
    return Edit("Change effort driven", (Put("tasks", task, replace(task, effort_driven=bool(on))),))


def duration_puts(project: Project, before: Task, after: Task) -> tuple[Put, ...]:
    """The assignments' side of a change of the task's duration (task_edits.set_duration):
    fixed units and fixed duration change their work, fixed work their units."""
    if before.duration.minutes == after.duration.minutes:
        return ()
    effort = _effort(project, before)
    if not effort.units:
        return ()
    fresh = rules.change_duration(effort, before.task_type, after.duration.minutes)
    return _assignment_puts(project, before.id, fresh)


# -- the one place a new effort becomes Puts ----------------------------------------
def reassign(project: Project, task: Task, wanted: dict[int, float], label: str) -> Edit | None:
    """The task assigned exactly the resources `wanted` (resource id -> units)."""
    mine = {a.resource_id: a for a in task_assignments(project, task.id)}
    work_ids = {rid for rid in set(mine) | set(wanted) if getattr(project.resources.get(rid), "kind", "") == "work"}
    effort = _effort(project, task)
    gone = [rid for rid in mine if rid not in wanted and rid in work_ids]
    effort = rules.remove_resources(effort, task.task_type, task.effort_driven, gone)
    for rid, units in wanted.items():
        if rid in mine and rid in work_ids and mine[rid].units != units:
            effort = rules.change_units(effort, task.task_type, rid, units)
    joining = [Share(rid, u) for rid, u in wanted.items() if rid not in mine and rid in work_ids]
    effort = rules.add_resources(effort, task.task_type, task.effort_driven, joining)
    others = {rid: u for rid, u in wanted.items() if rid not in work_ids}
    return _edit(label, project, task, effort, others)


def _edit(
    label: str, project: Project, task: Task, effort: Effort, others: dict[int, float] | None = None
) -> Edit | None:
    changes: list[Put] = []
    if effort.duration != task.duration.minutes:
        if effort.duration <= 0:
            raise InputError("that leaves the task no duration")
        changes.append(Put("tasks", task, replace(task, duration=Duration(effort.duration, task.duration.elapsed))))
    changes.extend(_assignment_puts(project, task.id, effort, others))
    return Edit(label, tuple(changes)) if changes else None


def _assignment_puts(
    project: Project, task_id: int, effort: Effort, others: dict[int, float] | None = None
) -> tuple[Put, ...]:
    """Puts making the task's assignments match `effort` (work resources) and `others` (material
    and cost: units only, no work); `others` None keeps those as they are."""
    mine = {a.resource_id: a for a in task_assignments(project, task_id)}
    target = {rid: (u, effort.work_of(rid)) for rid, u in effort.units.items()}
    for rid, a in mine.items():
        if rid not in target and not works(project, a) and others is None:
            target[rid] = (a.units, 0)
    target |= {rid: (u, 0) for rid, u in (others or {}).items()}
    puts = [Put("assignments", a, None) for rid, a in mine.items() if rid not in target]
    uid = project.next_id("assignments")
    for rid, (units, work) in target.items():
        held = mine.get(rid)
        if held is None:
            while uid in project.assignments:
                uid += 1
            puts.append(Put("assignments", None, Assignment(uid, task_id, rid, units, work)))
            uid += 1
        elif (held.units, held.work_minutes) != (units, work):
            puts.append(Put("assignments", held, replace(held, units=units, work_minutes=work)))
    return tuple(puts)


def _effort(project: Project, task: Task) -> Effort:
    units = {a.resource_id: a.units for a in task_assignments(project, task.id) if works(project, a)}
    return Effort(task.duration.minutes, units)


# -- checks ----------------------------------------------------------------------
def _task(project: Project, task_id: int) -> Task:
    try:
        return project.tasks[task_id]
    except KeyError:
        raise InputError(f"there is no task with Unique ID {task_id}") from None


def _assignable(project: Project, task_id: int) -> Task:
    task = _task(project, task_id)
    if any(t.parent_id == task_id for t in project.tasks.values()):
        raise InputError("a summary task takes its work from its subtasks; assign resources to them")
    return task


def _resource(project: Project, resource_id: int) -> Resource:
    try:
        return project.resources[resource_id]
    except KeyError:
        raise InputError(f"there is no resource with Unique ID {resource_id}") from None


def _checked_units(resource: Resource, units: float) -> float:
    if units != units or units <= 0:
        what = "an amount" if resource.kind == "material" else "units"
        raise InputError(f"{resource.name}: {what} must be above 0")
    if units > 1000:
        raise InputError(f"{resource.name}: {units * 100:g}% is more than anyone can work")
    return float(units)


def _work_minutes(project: Project, text: str | int) -> int:
    if isinstance(text, int):
        return text
    work = parse_duration(text, project.units, default_unit="h")
    if work.elapsed:
        raise InputError("work is counted in working time, not elapsed time")
    return work.minutes


def task_type_of(value: str | TaskType) -> TaskType:
    """`Fixed Units`, `fixed work`, `Fixed-Duration`, `units`: the task type; InputError otherwise."""
    if isinstance(value, TaskType):
        return value
    wanted = value.strip().casefold().replace(" ", "_").replace("-", "_")
    for task_type in TaskType:
        if wanted in (task_type.value, task_type.value.removeprefix("fixed_")):
            return task_type
    raise InputError(f"{value!r} is not a task type; choose Fixed Units, Fixed Work or Fixed Duration")

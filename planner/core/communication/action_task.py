"""An action item becomes a task of the plan: one edit, linked both ways.

The task is what an MS Project user expects of a new piece of work: a normal,
auto-scheduled one-day task (the PM then sizes it), with the action's due date as its
Deadline, so the Gantt flags it when it slips but nothing is pinned by a hard
constraint. It starts no earlier than the meeting that agreed it (Start No Earlier
Than the meeting's day): without links an auto-scheduled task would otherwise start at
the project's start, weeks before anyone had thought of it. It goes at the end of the
phase the PM picks, above the phase's closing milestone ("Design approved") when it has
one, so the gate still closes the phase. The action's owner is assigned when the owner
is a resource of the plan; the task's notes say where it came from, and the action
keeps the task's Unique ID (ActionItem.task_id), which is the link back.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from planner.core.communication.entities import ActionItem
from planner.core.communication.registers import ACTIONS
from planner.core.edits.assignment_edits import add_resource
from planner.core.edits.compose import compose
from planner.core.edits.edit import Edit, Put
from planner.core.edits.outline_edits import insert_task
from planner.core.errors import InputError
from planner.core.model.duration import Duration
from planner.core.model.entities import ConstraintType, Project, Task
from planner.core.model.wbs import Outline
from planner.core.resources.names import find_resource


def action_label(action_id: int) -> str:
    return ACTIONS.label(action_id)


def phases(project: Project) -> list[Task]:
    """The plan's phases: its top-level summary tasks, in table order."""
    outline = Outline.of(project)
    return [project.tasks[t] for t in outline.children.get(None, []) if outline.is_summary(t)]


def default_phase(project: Project) -> int | None:
    """The phase a new task most likely belongs to: the first with work left, else the last; None without phases.

    "Work left" is read from the leaf tasks' % complete, so the answer needs no schedule
    and is the same in the window and on the command line.
    """
    outline = Outline.of(project)
    found = phases(project)
    for phase in found:
        leaves = [t for t in outline.descendants(phase.id) if not outline.is_summary(t)]
        if any(project.tasks[t].percent_complete < 100 for t in leaves):
            return phase.id
    return found[-1].id if found else None


def action_to_task(project: Project, action_id: int, phase_id: int | None = None) -> Edit:
    """One edit making action `action_id` a task at the end of phase `phase_id` (None: the project's end)."""
    action = _action(project, action_id)
    _refuse_second_task(project, action)
    _check_phase(project, phase_id)
    task_id = project.next_id("tasks")
    owner = owner_resource(project, action)
    builders = [
        lambda p: _placed_task(p, action, phase_id),
        lambda p: Edit("", (Put("action_items", action, replace(action, task_id=task_id)),)),
    ]
    if owner is not None:
        builders.append(lambda p: add_resource(p, task_id, owner))
    edit = compose(project, f"Make task from {action_label(action.id)}", builders)
    assert edit is not None  # the task and the action's link are always changes
    return edit


def _action(project: Project, action_id: int) -> ActionItem:
    try:
        return project.action_items[action_id]
    except KeyError:
        raise InputError(f"there is no action item {action_label(action_id)}") from None


def _check_phase(project: Project, phase_id: int | None) -> None:
    """The task goes into a summary task; making a plain task a summary by the way would surprise the PM."""
    if phase_id is None:
        return
    if phase_id not in project.tasks:
        raise InputError(f"there is no task with Unique ID {phase_id} to put the task in")
    outline = Outline.of(project)
    if not outline.is_summary(phase_id):
        row = outline.ids.id_of(phase_id)
        raise InputError(f"task {row} {project.tasks[phase_id].name!r} is not a phase (a summary task)")


def _refuse_second_task(project: Project, action: ActionItem) -> None:
    if action.task_id is not None and action.task_id in project.tasks:
        row = Outline.of(project).ids.id_of(action.task_id)
        raise InputError(f"{action_label(action.id)} already became task {row}")


def owner_resource(project: Project, action: ActionItem) -> int | None:
    """The owner's resource when the owner is one of the plan's work resources."""
    if not action.owner.strip():
        return None
    try:
        resource = find_resource(project, action.owner)
    except InputError:  # two resources of that name: assign none rather than guess
        return None
    return resource.id if resource is not None and resource.kind == "work" else None


def _placed_task(project: Project, action: ActionItem, phase_id: int | None) -> Edit:
    """The new task's Put (and its siblings' renumbering) at the end of the phase, filled from the action."""
    outline = Outline.of(project)
    children = outline.children.get(phase_id, []) if phase_id is not None else []
    closing = children[-1] if children and project.tasks[children[-1]].milestone else None
    if closing is not None:
        edit = insert_task(project, closing, action.title)
    elif phase_id is not None:
        new = Task(project.next_id("tasks"), action.title, parent_id=phase_id, position=len(children) + 1)
        edit = Edit("Insert task", (Put("tasks", None, new),))
    else:
        edit = insert_task(project, None, action.title)
    first, *rest = edit.changes
    assert isinstance(first, Put)
    task = replace(first.after, **_task_fields(project, action))
    return Edit(edit.label, (Put("tasks", None, task), *rest))


def _task_fields(project: Project, action: ActionItem) -> dict:
    """Duration, deadline, start and notes of the task an action becomes."""
    meeting = project.meetings.get(action.meeting_id) if action.meeting_id is not None else None
    fields: dict = {"duration": Duration(project.units.minutes_per_day), "notes": origin_note(project, action)}
    if action.due is not None:
        fields["deadline"] = datetime.combine(action.due, project.default_finish_time)
    if meeting is not None and meeting.held is not None:
        start = datetime.combine(meeting.held, project.default_start_time)
        if start > project.start:
            fields.update(constraint_type=ConstraintType.SNET, constraint_date=start)
    return fields


def origin_note(project: Project, action: ActionItem) -> str:
    """'From action A4, Steering committee 2, 2027-02-10': the task's notes name the action and meeting."""
    parts = [f"From action {action_label(action.id)}"]
    meeting = project.meetings.get(action.meeting_id) if action.meeting_id is not None else None
    if meeting is not None:
        parts.append(meeting.title)
        if meeting.held is not None:
            parts.append(meeting.held.isoformat())
    return ", ".join(parts)

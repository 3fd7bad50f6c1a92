"""Edits of the WBS: insert, delete, indent, outdent, move — with MS Project's rules.

Positions only order siblings; builders renumber the siblings they disturb so
an edit touches few rows even in a 100,000-task project.
"""

from __future__ import annotations

from dataclasses import replace

from planner.core.edits.cascade import deletion
from planner.core.edits.edit import Edit, Put
from planner.core.errors import InputError
from planner.core.model.duration import Duration
from planner.core.model.entities import Project, Task
from planner.core.model.wbs import Outline
from planner.core.risk.edits import unlinked_risks_note


def _renumber(project: Project, siblings: list[int], moved: dict[int, Task]) -> list[Put]:
    """Puts giving `siblings` positions 1..n, using already-moved versions where present.
    Ids not yet in the project (a task being inserted) hold their place and get no Put here."""
    puts = []
    for position, task_id in enumerate(siblings, start=1):
        before = project.tasks.get(task_id)
        if before is None:
            continue
        current = moved.get(task_id, before)
        if current.position != position or task_id in moved:
            puts.append(Put("tasks", before, replace(current, position=position)))
    return puts


def insert_task(project: Project, above: int | None, name: str = "New task", duration: Duration | None = None) -> Edit:
    """A new task just above `above` (at its level), or at the end of the project when None."""
    outline = Outline.of(project)
    parent = outline.parent[above] if above is not None else None
    siblings = list(outline.children.get(parent, []))
    index = siblings.index(above) if above is not None else len(siblings)
    new = Task(
        project.next_id("tasks"),
        name,
        parent_id=parent,
        duration=duration or Duration(project.units.minutes_per_day),
    )
    siblings.insert(index, new.id)
    puts = [Put("tasks", None, replace(new, position=index + 1)), *_renumber(project, siblings, {})]
    return Edit("Insert task", tuple(puts))


def append_task(project: Project, name: str, position: int) -> Edit:
    """A task at the end of the project, `position` among the top-level tasks, as insert_task(None) adds it.

    The caller counts the top-level tasks: a paste of many rows then adds them without a
    walk of the whole outline for each (insert_task's), which at 10,000 tasks is most of the cost.
    """
    new = Task(project.next_id("tasks"), name, duration=Duration(project.units.minutes_per_day), position=position)
    return Edit("Insert task", (Put("tasks", None, new),))


def delete_tasks(project: Project, task_ids: list[int]) -> Edit:
    """Remove tasks with everything that depends on them (subtasks, links, assignments: see core.model.tables)."""
    for task_id in task_ids:
        if task_id not in project.tasks:
            raise InputError(f"there is no task with Unique ID {task_id}")
    label = "Delete task" if len(task_ids) == 1 else f"Delete {len(task_ids)} tasks"
    puts = tuple(deletion(project, "tasks", set(task_ids)))
    return Edit(label + unlinked_risks_note(puts), puts)


def _check_not_linked_to_ancestor(
    project: Project, outline: Outline, task_id: int, ancestors: set[int], descendants: set[int]
) -> None:
    family = {task_id} | descendants
    for link in project.links.values():
        ends = {link.predecessor_id, link.successor_id}
        if ends & family and ends & ancestors:
            other = (ends & ancestors).pop()
            raise _linked_to_summary(outline, task_id, other)


def _linked_to_summary(outline: Outline, task_id: int, summary: int) -> InputError:
    ids = outline.ids
    return InputError(
        f"task {ids.id_of(task_id)} is linked to task {ids.id_of(summary)}, which would become its summary; "
        "remove that link first"
    )


def indent(project: Project, task_id: int) -> Edit:
    """Make the task the last child of the sibling above it (Alt+Shift+Right)."""
    outline = Outline.of(project)
    parent = outline.parent[task_id]
    siblings = outline.children[parent]
    index = siblings.index(task_id)
    if index == 0:
        raise InputError("the first task at its level cannot be indented: there is no task above it to belong to")
    new_parent = siblings[index - 1]
    ancestors = {new_parent, *outline.ancestors(new_parent)}
    _check_not_linked_to_ancestor(project, outline, task_id, ancestors, set(outline.descendants(task_id)))
    task = project.tasks[task_id]
    new_position = len(outline.children.get(new_parent, [])) + 1
    puts = [Put("tasks", task, replace(task, parent_id=new_parent, position=new_position))]
    puts += _renumber(project, siblings[:index] + siblings[index + 1 :], {})
    return Edit("Indent task", tuple(puts))


def outdent(project: Project, task_id: int) -> Edit:
    """Move the task up one level, after its parent; siblings below it become its subtasks (MS Project)."""
    outline = Outline.of(project)
    parent = outline.parent[task_id]
    if parent is None:
        raise InputError("the task is already at the top level")
    siblings = outline.children[parent]
    index = siblings.index(task_id)
    adopted = siblings[index + 1 :]
    grand = outline.parent[parent]
    uncles = list(outline.children[grand])
    uncles.insert(uncles.index(parent) + 1, task_id)
    task = project.tasks[task_id]
    moved = {task_id: replace(task, parent_id=grand)}
    first = len(outline.children.get(task_id, [])) + 1
    for offset, child in enumerate(adopted):
        moved[child] = replace(project.tasks[child], parent_id=task_id, position=first + offset)
    for child in adopted:
        _check_links_to(project, outline, child, task_id)
    puts = _renumber(project, uncles, moved)
    puts += [Put("tasks", project.tasks[c], moved[c]) for c in adopted]
    return Edit("Outdent task", tuple(puts))


def _check_links_to(project: Project, outline: Outline, child: int, new_parent: int) -> None:
    for link in project.links.values():
        if {link.predecessor_id, link.successor_id} == {child, new_parent}:
            raise _linked_to_summary(outline, child, new_parent)


def move(project: Project, task_id: int, step: int) -> Edit | None:
    """Swap the task with its sibling above (step -1) or below (+1), subtasks and all."""
    outline = Outline.of(project)
    siblings = list(outline.children[outline.parent[task_id]])
    index = siblings.index(task_id)
    target = index + step
    if not 0 <= target < len(siblings):
        return None
    siblings[index], siblings[target] = siblings[target], siblings[index]
    return Edit("Move task up" if step < 0 else "Move task down", tuple(_renumber(project, siblings, {})))

"""Unique IDs for imported tasks: 1..n in the sheet's row order.

A sheet's ID column only says which row a Predecessors cell means; it may start at
100, skip numbers, or be missing. Once the links are made, the tasks are renumbered
so their Unique IDs follow the rows, which makes the displayed IDs (row numbers,
planner.core.model.task_ids) and the Unique IDs agree on a fresh import, as they do
in a project typed into MS Project from scratch.
"""

from __future__ import annotations

from dataclasses import replace

from planner.core.model.entities import Project
from planner.core.model.tables import referring
from planner.core.model.wbs import Outline


def number_in_row_order(project: Project) -> None:
    """Give the tasks Unique IDs 1..n in outline (row) order, links following; in place."""
    new = {uid: row for row, uid in enumerate(Outline.of(project).rows(), start=1)}
    if all(uid == row for uid, row in new.items()):
        return
    tasks = project.tasks.values()
    project.tasks = {
        new[t.id]: replace(t, id=new[t.id], parent_id=new.get(t.parent_id))  # type: ignore[arg-type]
        for t in sorted(tasks, key=lambda t: new[t.id])
    }
    _follow(project, new)


def _follow(project: Project, new: dict[int, int]) -> None:
    """Every other table's references to tasks (links, assignments, estimates, ...) renumbered too."""
    fields: dict[str, list[str]] = {}
    for table, reference in referring("tasks"):
        if table.name != "tasks":
            fields.setdefault(table.name, []).append(reference.field)
    for name, names in fields.items():
        rows = project.table(name)
        renumbered = {
            row.id: replace(row, **{f: new.get(getattr(row, f), getattr(row, f)) for f in names})
            for row in rows.values()
        }
        setattr(project, name, renumbered)

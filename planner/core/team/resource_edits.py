"""Edits of the team: add, change and delete resources, each one undoable edit.

Each builder returns an Edit, None when nothing changes (no empty undo step), or raises
InputError with a message fit for the cell or the dialog.
"""

from __future__ import annotations

from dataclasses import replace

from planner.core.edits.cascade import deletion
from planner.core.edits.edit import Edit, Put
from planner.core.errors import InputError
from planner.core.model.entities import Calendar, Project, Resource
from planner.core.team.resource_fields import calendar_by_name, check_name, parse_field


def resource(project: Project, resource_id: int) -> Resource:
    try:
        return project.resources[resource_id]
    except KeyError:
        raise InputError(f"there is no resource with Unique ID {resource_id}") from None


def new_resource_name(project: Project) -> str:
    """`Resource 4`: a free name for a resource inserted before the PM types its own."""
    taken = {r.name.casefold() for r in project.resources.values()}
    number = len(project.resources) + 1
    while f"resource {number}" in taken:
        number += 1
    return f"Resource {number}"


def check_new_name(project: Project, name: str) -> str:
    """The name a new resource is typed with, checked as a rename would be."""
    return check_name(project, None, name)


def insert_resource(project: Project, name: str = "") -> Edit:
    """A new work resource at 100%, named `name` or `Resource N`."""
    uid = project.next_id("resources")
    new = Resource(uid, name or new_resource_name(project))
    return Edit("Insert resource", (Put("resources", None, new),))


def set_resource_field(project: Project, resource_id: int, key: str, text: str) -> Edit | None:
    """Typing `text` into column `key` of a resource's row."""
    before = resource(project, resource_id)
    own = project.calendars.get(before.calendar_id) if before.calendar_id is not None else None
    if key == "calendar_id" and own is not None and own.base_id is not None:
        return _rebase(project, before.name, own, text)
    fields = parse_field(project, before, key, text)
    changed = {k: v for k, v in fields.items() if getattr(before, k) != v}
    if not changed:
        return None
    return Edit(
        f"Change {key.replace('_id', '').replace('_', ' ')} of {before.name}",
        (Put("resources", before, replace(before, **changed)),),
    )


def _rebase(project: Project, name: str, own: Calendar, text: str) -> Edit | None:
    """A resource with working time of its own keeps it, built on the base calendar typed (MS Project)."""
    base_id = calendar_by_name(project, text)
    if base_id is None:
        base_id = project.calendar_id
    if base_id == own.id or project.calendars[base_id].base_id is not None:
        raise InputError(f"{name}'s calendar can only be built on a base calendar, not on a resource's own")
    if base_id == own.base_id:
        return None
    return Edit(f"Change base calendar of {name}", (Put("calendars", own, replace(own, base_id=base_id)),))


def deleted_with(project: Project, resource_ids: set[int]) -> dict[str, int]:
    """How many rows of each other table deleting the resources takes along (assignments, skills)."""
    counts: dict[str, int] = {}
    for put in deletion(project, "resources", resource_ids):
        if put.table != "resources":
            counts[put.table] = counts.get(put.table, 0) + 1
    return counts


def delete_resources(project: Project, resource_ids: list[int]) -> Edit:
    """Delete resources with their assignments and skill levels, and their own calendars.

    The label says what goes with them ("Delete Ana and 3 assignments"), so the undo menu
    and the confirmation name it. A resource's own calendar (built on a base, used by no
    one else) goes too, as in MS Project.
    """
    ids = set(resource_ids)
    for uid in ids:
        resource(project, uid)
    puts = deletion(project, "resources", ids)
    puts += _own_calendars(project, ids)
    assignments = sum(1 for p in puts if p.table == "assignments")
    names = project.resources[next(iter(ids))].name if len(ids) == 1 else f"{len(ids)} resources"
    label = f"Delete {names}"
    if assignments:
        label += f" and {assignments} assignment{'s' if assignments != 1 else ''}"
    return Edit(label, tuple(puts))


def _own_calendars(project: Project, ids: set[int]) -> list[Put]:
    """The calendars built on a base that only the deleted resources use."""
    mine = {project.resources[uid].calendar_id for uid in ids} - {None}
    used = {r.calendar_id for r in project.resources.values() if r.id not in ids}
    used |= {t.calendar_id for t in project.tasks.values()}
    used |= {c.base_id for c in project.calendars.values()}
    return [
        Put("calendars", project.calendars[cid], None)
        for cid in sorted(mine - used)
        if cid in project.calendars and project.calendars[cid].base_id is not None and cid != project.calendar_id
    ]

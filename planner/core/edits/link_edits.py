"""Edits of links: the Predecessors cell, Ctrl+F2 (link selected tasks), unlink."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from planner.core.edits.edit import Edit, Put
from planner.core.edits.predecessors import parse_predecessors
from planner.core.errors import InputError
from planner.core.model.duration import ZERO_LAG, Lag
from planner.core.model.entities import Link, LinkType, Project
from planner.core.model.wbs import Outline


def check_link(
    project: Project, predecessor: int, successor: int, kind: LinkType, outline: Outline | None = None
) -> None:
    """Refuse the links MS Project refuses, before the scheduler has to. Messages name row IDs."""
    for uid, end in ((predecessor, "from"), (successor, "to")):
        if uid not in project.tasks:
            raise InputError(f"the task to link {end} is no longer in the project")
    outline = outline or Outline.of(project)
    ids = outline.ids
    label = ids.label
    if predecessor == successor:
        raise InputError(f"{label(successor)} cannot be its own predecessor")
    if predecessor in outline.ancestors(successor) or successor in outline.ancestors(predecessor):
        raise InputError(
            f"tasks {ids.id_of(predecessor)} and {ids.id_of(successor)} cannot be linked: "
            "one is the summary of the other"
        )
    if outline.is_summary(successor) and kind in (LinkType.FF, LinkType.SF):
        raise InputError(f"{label(successor)} is a summary task: only FS and SS links may lead to it")


def set_predecessors(project: Project, task_id: int, text: str, outline: Outline | None = None) -> Edit | None:
    """Make the task's incoming links exactly those typed, e.g. `3FS+2d;5SS`.

    `task_id` is the successor's Unique ID; the text names predecessors by row ID, as
    the table shows them. Pass the current outline when there is one (it holds the IDs).
    """
    if task_id not in project.tasks:
        raise InputError("the task is no longer in the project")
    outline = outline or Outline.of(project)
    refs = [
        replace(ref, task_id=outline.ids.uid_or_refuse(ref.task_id)) for ref in parse_predecessors(text, project.units)
    ]
    for ref in refs:
        check_link(project, ref.task_id, task_id, ref.type, outline)
    current = {k.predecessor_id: k for k in project.links.values() if k.successor_id == task_id}
    wanted = {ref.task_id: ref for ref in refs}
    puts = [Put("links", k, None) for pid, k in current.items() if pid not in wanted]
    next_id = project.next_id("links")
    for ref in refs:
        link = current.get(ref.task_id)
        if link is None:
            puts.append(Put("links", None, Link(next_id, ref.task_id, task_id, ref.type, ref.lag)))
            next_id += 1
        elif (link.type, link.lag) != (ref.type, ref.lag):
            puts.append(Put("links", link, replace(link, type=ref.type, lag=ref.lag)))
    return Edit("Change predecessors", tuple(puts)) if puts else None


def add_link(
    project: Project, predecessor: int, successor: int, kind: LinkType = LinkType.FS, lag: Lag = ZERO_LAG
) -> Edit | None:
    """One new link (a drag from bar to bar); None when the two are already linked that way."""
    check_link(project, predecessor, successor, kind)
    for link in project.links.values():
        if link.predecessor_id == predecessor and link.successor_id == successor:
            if (link.type, link.lag) == (kind, lag):
                return None
            return Edit("Change link", (Put("links", link, replace(link, type=kind, lag=lag)),))
    link = Link(project.next_id("links"), predecessor, successor, kind, lag)
    return Edit("Link tasks", (Put("links", None, link),))


def link_chain(project: Project, task_ids: list[int]) -> Edit | None:
    """Ctrl+F2: link the tasks in the order given, each finish-to-start to the next."""
    if len(task_ids) < 2:
        raise InputError("select two or more tasks to link")
    outline = Outline.of(project)
    existing = {(k.predecessor_id, k.successor_id) for k in project.links.values()}
    puts, next_id = [], project.next_id("links")
    for pred, succ in pairwise(task_ids):
        if (pred, succ) in existing:
            continue
        check_link(project, pred, succ, LinkType.FS, outline)
        puts.append(Put("links", None, Link(next_id, pred, succ)))
        next_id += 1
    return Edit("Link tasks", tuple(puts)) if puts else None


def unlink(project: Project, task_ids: list[int]) -> Edit | None:
    """Remove every link between the selected tasks (or all their links if one task is selected)."""
    chosen = set(task_ids)
    if len(chosen) == 1:
        doomed = [k for k in project.links.values() if chosen & {k.predecessor_id, k.successor_id}]
    else:
        doomed = [k for k in project.links.values() if {k.predecessor_id, k.successor_id} <= chosen]
    return Edit("Unlink tasks", tuple(Put("links", k, None) for k in doomed)) if doomed else None

"""Deleting rows with what depends on them, as the table registry declares it.

Every reference to a deleted row either cascades (the referring row goes too, and
what refers to it in turn) or refuses the delete while it exists. A new table with
a `task_id` is deleted with its task without anyone writing a line here.
"""

from __future__ import annotations

from operator import attrgetter

from planner.core.edits.edit import Put
from planner.core.errors import InputError
from planner.core.model.entities import Project
from planner.core.model.tables import REFUSE, Reference, Table, referring, singular
from planner.core.records.registry import REGISTERS


def deletion(project: Project, table: str, ids: set[int]) -> list[Put]:
    """Puts removing rows `ids` of `table` and every row that depends on them, dependents first.

    Raises InputError naming a referring row when a reference refuses the delete.
    A table referring to itself (subtasks to their summary) is followed to the end in
    one pass over an index; every other reference costs one scan of its table per round.
    """
    doomed: dict[str, set[int]] = {table: set(ids)}
    found_in_order: list[tuple[str, int]] = [(table, uid) for uid in sorted(ids)]
    frontier: dict[str, set[int]] = {table: set(ids)}
    while frontier:
        found: dict[str, list[int]] = {}
        looked_at: dict[str, set[int]] = {}
        for target, gone in frontier.items():
            refs = sorted(referring(target), key=lambda pair: pair[0].name != target)  # own table first
            for source, ref in refs:
                already = doomed.setdefault(source.name, set())
                for uid in _referring(project, source, ref, gone):
                    if uid not in already:
                        already.add(uid)
                        found.setdefault(source.name, []).append(uid)
                if source.name == target:  # followed to the end already: the rest looks at them now
                    gone = gone | set(found.get(target, ()))
            looked_at[target] = gone
        found_in_order += [(name, uid) for name, uids in found.items() for uid in uids]
        frontier = {name: set(uids) - looked_at.get(name, set()) for name, uids in found.items()}
        frontier = {name: uids for name, uids in frontier.items() if uids}
    return [Put(name, project.table(name)[uid], None) for name, uid in reversed(found_in_order)]


def row_named(table: str, uid: int) -> str:
    """How a message names a row: "task 3"; a register's row by the label its table shows, "meeting M2"."""
    register = REGISTERS.get(table)
    return f"{register.singular} {register.label(uid)}" if register else f"{singular(table)} {uid}"


def _referring(project: Project, source: Table, ref: Reference, gone: set[int]) -> list[int]:
    """Unique IDs of the rows of `source` whose `ref` names a row in `gone` (for a table referring
    to itself, transitively, nearest first); raises InputError if the reference refuses."""
    refers = attrgetter(ref.field)
    rows = project.table(source.name).values()
    if ref.table == source.name:
        below: dict[int, list[int]] = {}
        for row in rows:
            value = refers(row)
            if value is not None:
                below.setdefault(value, []).append(row.id)
        hits, queue = [], list(gone)
        while queue:
            children = [c for uid in queue for c in below.get(uid, ())]
            hits += children
            queue = children
    else:
        hits = [row.id for row in rows if refers(row) in gone]
    if hits and ref.on_delete is REFUSE:
        row = project.table(source.name)[hits[0]]
        raise InputError(
            f"{row_named(ref.table, refers(row))} cannot be deleted: "
            f"{row_named(source.name, row.id)} uses it as its {ref.described}"
        )
    return hits

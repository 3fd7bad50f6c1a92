"""Deleting rows with what depends on them, as the table registry declares it.

Every reference to a deleted row either cascades (the referring row goes too, and
what refers to it in turn) or refuses the delete while it exists. A new table with
a `task_id` is deleted with its task without anyone writing a line here.
"""

from __future__ import annotations

from planner.core.edits.edit import Put
from planner.core.errors import InputError
from planner.core.model.entities import Project
from planner.core.model.tables import REFUSE, referring, singular


def deletion(project: Project, table: str, ids: set[int]) -> list[Put]:
    """Puts removing rows `ids` of `table` and every row that depends on them, dependents first.

    Raises InputError naming a referring row when a reference refuses the delete.
    Each round scans the referring tables once, so a WBS n levels deep takes n scans.
    """
    doomed: dict[str, set[int]] = {table: set(ids)}
    rounds: list[tuple[str, list[int]]] = [(table, sorted(ids))]
    frontier: dict[str, set[int]] = {table: set(ids)}
    while frontier:
        found: dict[str, set[int]] = {}
        for target, gone in frontier.items():
            for source, ref in referring(target):
                for row in project.table(source.name).values():
                    value = getattr(row, ref.field)
                    if value not in gone or row.id in doomed.get(source.name, ()):
                        continue
                    if ref.on_delete is REFUSE:
                        raise InputError(
                            f"{singular(target)} {value} cannot be deleted: "
                            f"{singular(source.name)} {row.id} uses it as its {ref.described}"
                        )
                    found.setdefault(source.name, set()).add(row.id)
        for name, new in found.items():
            doomed.setdefault(name, set()).update(new)
            rounds.append((name, sorted(new)))
        frontier = found
    return [Put(name, project.table(name)[uid], None) for name, uids in reversed(rounds) for uid in uids]

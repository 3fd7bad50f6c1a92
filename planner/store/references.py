"""Checks across rows on load: every reference points at a row that exists, the WBS is a tree.

The references are those core.model.tables declares, so a new table is checked
without a line here. A row pointing at a missing row of a table whose rows may be
dropped (a link to a deleted task) is a repair Planner can offer; anything else is
refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import attrgetter

from planner.core.model.entities import Project
from planner.core.model.tables import TABLES, singular
from planner.store.codecs import BadRow


@dataclass(frozen=True)
class Dangling:
    """A row that refers to a missing row: `message` says which, in one line."""

    table: str
    id: int
    message: str


def dangling_rows(project: Project) -> list[Dangling]:
    """Every row whose reference (when set, or always if not optional) names a row that is not in the file."""
    found: list[Dangling] = []
    for table in TABLES.values():
        rows = project.table(table.name)
        for ref in table.references:
            targets = project.table(ref.table)
            missing = set(map(attrgetter(ref.field), rows.values())).difference(targets)
            if ref.optional:
                missing.discard(None)
            if not missing:  # the usual case, found in C: no Python loop over the rows
                continue
            for row in rows.values():
                value = getattr(row, ref.field)
                if value in missing:
                    message = f"{singular(table.name)} {row.id}: {ref.described} {value} does not exist"
                    found.append(Dangling(table.name, row.id, message))
    return found


def check_references(project: Project) -> list[Dangling]:
    """Raise BadRow for a dangling reference that cannot be repaired; return those that can."""
    dangling = dangling_rows(project)
    for row in dangling:
        if not TABLES[row.table].dangling_dropped:
            raise BadRow(row.message)
    unique: dict[tuple[str, int], Dangling] = {}
    for row in dangling:  # a link whose two tasks are gone is one row to drop
        unique.setdefault((row.table, row.id), row)
    return list(unique.values())


def check_outline(project: Project) -> None:
    """Each task's chain of parents ends at the top: no task is its own parent or ancestor.

    Walking down from the top-level tasks reaches every task of a tree; only when some
    are missed is each chain followed up, to name the loop.
    """
    tasks = project.tasks
    children: dict[int | None, list[int]] = {}
    for task in tasks.values():
        children.setdefault(task.parent_id, []).append(task.id)
    reached, stack = 0, list(children.get(None, ()))
    while stack:
        task_id = stack.pop()
        reached += 1
        stack.extend(children.get(task_id, ()))
    if reached == len(tasks):
        return
    rooted: set[int] = set()
    for task in tasks.values():
        chain: list[int] = []
        current = task.id
        while current is not None and current not in rooted:
            if current in chain:
                raise BadRow(_cycle_message(chain[chain.index(current) :]))
            chain.append(current)
            current = tasks[current].parent_id
        rooted.update(chain)


def _cycle_message(cycle: list[int]) -> str:
    if len(cycle) == 1:
        return f"task {cycle[0]}: it is its own parent"
    loop = " -> ".join(f"task {t}" for t in [*cycle, cycle[0]])
    return f"task {cycle[0]}: its parents form a loop ({loop})"

"""Several edit builders combined into ONE edit, for dialogs whose OK makes one undo step.

Builders read the project as it is, so the second builder must see what the first
changed. They run against a scratch project that shares the task, link, ... objects
but owns its dictionaries: edits replace objects and never mutate them, so the real
project is never touched and copying the dictionaries costs little even at 100,000
tasks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from copy import copy

from planner.core.edits.edit import Change, Edit, apply_edit
from planner.core.model.entities import Project
from planner.core.model.tables import TABLE_NAMES

Builder = Callable[[Project], Edit | None]


def scratch_copy(project: Project) -> Project:
    """A project that can take edits without the original seeing them."""
    scratch = copy(project)
    for table in TABLE_NAMES:
        setattr(scratch, table, dict(project.table(table)))
    scratch.counters = dict(project.counters)
    return scratch


def compose(project: Project, label: str, builders: Iterable[Builder]) -> Edit | None:
    """One edit doing what each builder asks, in order; None when none changes anything.

    A builder raising InputError stops the whole composition: nothing is applied.
    """
    scratch = scratch_copy(project)
    changes: list[Change] = []
    for build in builders:
        edit = build(scratch)
        if edit is None or not edit.changes:
            continue
        apply_edit(scratch, edit)
        changes.extend(edit.changes)
    return Edit(label, tuple(changes)) if changes else None

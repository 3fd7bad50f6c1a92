"""MS Project's task ID: the row number in outline order, as a user sees and types it.

Everything inside Planner refers to a task by its Unique ID (`Task.id`, the key links,
assignments and the file use), which never changes. What a PM reads in the ID column,
types in Predecessors and passes to `planner why` is the row number, which renumbers on
every insert, delete, move and indent so the table always reads 1, 2, 3. This map turns
one into the other; it is derived from the outline once and then looked up.
"""

from __future__ import annotations

from collections.abc import Iterable

from planner.core.errors import InputError


class TaskIds:
    """Both directions between row IDs (1..n in outline order) and Unique IDs."""

    __slots__ = ("_ids", "_uids")

    def __init__(self, rows: Iterable[int]) -> None:
        """`rows`: the Unique IDs in outline order (planner.core.model.wbs.Outline.rows)."""
        self._uids = list(rows)
        self._ids = {uid: row for row, uid in enumerate(self._uids, start=1)}

    def __len__(self) -> int:
        return len(self._uids)

    def id_of(self, uid: int) -> int:
        """The row ID of a task; KeyError for a task not in the outline."""
        return self._ids[uid]

    def uid_of(self, task_id: int) -> int | None:
        """The Unique ID of the task at row ID `task_id`, or None when there is no such row."""
        if 1 <= task_id <= len(self._uids):
            return self._uids[task_id - 1]
        return None

    def uid_or_refuse(self, task_id: int) -> int:
        """The Unique ID of row `task_id`, or the one-line refusal a user gets for a wrong ID."""
        uid = self.uid_of(task_id)
        if uid is None:
            raise InputError(f"there is no task {task_id}" + self._range())
        return uid

    def _range(self) -> str:
        if not self._uids:
            return " (the project has no tasks yet)"
        return f" (the IDs go from 1 to {len(self._uids)})"

    def label(self, uid: int) -> str:
        """`task 7`: how a message names a task."""
        return f"task {self._ids[uid]}"

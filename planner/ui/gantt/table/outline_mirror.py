"""The WBS as the task model last announced it, and the steps that bring it to a new outline.

Qt views keep selection, expansion and scroll position only if a structural change
arrives as rows removed, inserted or moved (a model reset forgets them all). The
document says only "the structure changed", so the model compares the outline it
announced with the new one and replays the difference as such steps, each of which
the model brackets in begin/end signals. Qt-free.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from planner.core.model.wbs import Outline

Parent = int | None


@dataclass(frozen=True)
class Remove:
    parent: Parent
    row: int
    task_id: int


@dataclass(frozen=True)
class Insert:
    parent: Parent
    row: int
    task_id: int


@dataclass(frozen=True)
class Move:
    """Move a row; `dest_row` counts in the destination as it is before the move (Qt's convention)."""

    parent: Parent
    row: int
    dest_parent: Parent
    dest_row: int
    task_id: int


Step = Remove | Insert | Move


class TooDifferent(Exception):
    """The outlines differ in a way not worth replaying step by step: reset instead."""


class OutlineMirror:
    def __init__(self, outline: Outline) -> None:
        self.children: dict[Parent, list[int]] = {k: list(v) for k, v in outline.children.items()}
        self.children.setdefault(None, [])
        self.parent: dict[int, Parent] = dict(outline.parent)
        self._row: dict[int, int] = {}
        for siblings in self.children.values():
            self._renumber(siblings)

    def copy(self) -> OutlineMirror:
        twin = OutlineMirror.__new__(OutlineMirror)
        twin.children = {k: list(v) for k, v in self.children.items()}
        twin.parent = dict(self.parent)
        twin._row = dict(self._row)
        return twin

    def siblings(self, parent: Parent) -> list[int]:
        return self.children.get(parent, [])

    def row(self, task_id: int) -> int:
        return self._row[task_id]

    def _renumber(self, siblings: list[int], first: int = 0) -> None:
        row = self._row
        for index in range(first, len(siblings)):
            row[siblings[index]] = index

    # -- applying steps -------------------------------------------------------
    def apply(self, step: Step) -> None:
        if isinstance(step, Remove):
            self._detach(step.task_id)
            for gone in [step.task_id, *self._subtree(step.task_id)]:
                self.parent.pop(gone, None)
                self._row.pop(gone, None)
                self.children.pop(gone, None)
        elif isinstance(step, Insert):
            self._attach(step.task_id, step.parent, step.row)
        else:
            self._detach(step.task_id)
            self._attach(step.task_id, step.dest_parent, step.dest_row)

    def _detach(self, task_id: int) -> None:
        siblings = self.children[self.parent[task_id]]
        row = self._row[task_id]
        del siblings[row]
        self._renumber(siblings, row)

    def _attach(self, task_id: int, parent: Parent, row: int) -> None:
        siblings = self.children.setdefault(parent, [])
        siblings.insert(row, task_id)
        self.parent[task_id] = parent
        self._renumber(siblings, row)

    def _subtree(self, task_id: int) -> list[int]:
        found, stack = [], list(self.children.get(task_id, []))
        while stack:
            child = stack.pop()
            found.append(child)
            stack.extend(self.children.get(child, []))
        return found

    # -- planning -------------------------------------------------------------
    def steps_to(self, target: Outline, limit: int) -> list[Step]:
        """The steps from this outline to `target`, planned on a copy; TooDifferent past `limit`."""
        scratch = self.copy()
        steps: list[Step] = []
        for step in scratch._plan(target):
            scratch.apply(step)
            steps.append(step)
            if len(steps) > limit:
                raise TooDifferent
        return steps

    def _plan(self, target: Outline) -> Iterator[Step]:
        """Removals first (whole subtrees), then each parent's children put in order, top down.

        A row found in the way that belongs under another parent is sent straight there,
        so an indent or outdent is one move, not a shuffle of its old siblings.
        """
        gone = self.parent.keys() - target.parent.keys()
        for task_id in [t for t in gone if self.parent[t] not in gone]:
            if any(t not in gone for t in self._subtree(task_id)):
                raise TooDifferent  # a kept task under a removed one: not a plain deletion
            yield Remove(self.parent[task_id], self._row[task_id], task_id)
        queue: list[Parent] = [None]
        for parent in queue:
            wanted = target.children.get(parent, [])
            index = 0
            while index < len(wanted):
                task_id = wanted[index]
                current = self.children.get(parent, [])
                if index < len(current) and current[index] != task_id:
                    away = self._send_home(current[index], parent, index, target)
                    if away is not None:
                        yield away
                        continue
                if index >= len(current) or current[index] != task_id:
                    if task_id in self.parent:
                        yield Move(self.parent[task_id], self._row[task_id], parent, index, task_id)
                    else:
                        yield Insert(parent, index, task_id)
                queue.append(task_id)
                index += 1

    def _send_home(self, task_id: int, parent: Parent, row: int, target: Outline) -> Move | None:
        """The move of a row that sits under `parent` but belongs under another existing task, if legal."""
        home = target.parent[task_id]
        if home == parent or (home is not None and home not in self.parent) or self._inside(home, task_id):
            return None
        siblings = target.children[home]
        dest_row = min(siblings.index(task_id), len(self.children.get(home, [])))
        return Move(parent, row, home, dest_row, task_id)

    def _inside(self, task_id: Parent, ancestor: int) -> bool:
        """Whether `task_id` is `ancestor` or lies below it: Qt cannot move a row into itself."""
        while task_id is not None:
            if task_id == ancestor:
                return True
            task_id = self.parent.get(task_id)
        return False

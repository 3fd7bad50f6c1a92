"""The task tree: children in order, outline levels, WBS codes, summary flags."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from planner.core.model.entities import Project
from planner.core.model.task_ids import TaskIds


@dataclass
class Outline:
    """The WBS of a project, derived from parent ids and positions."""

    children: dict[int | None, list[int]]
    parent: dict[int, int | None]

    @classmethod
    def of(cls, project: Project) -> Outline:
        tasks = project.tasks
        groups: dict[int | None, list[tuple[int, int]]] = {None: []}
        parent: dict[int, int | None] = {}
        for task in tasks.values():
            owner = task.parent_id if task.parent_id in tasks else None
            parent[task.id] = owner
            groups.setdefault(owner, []).append((task.position, task.id))
        children = {owner: [tid for _, tid in sorted(group)] for owner, group in groups.items()}
        return cls(children, parent)

    @cached_property
    def ids(self) -> TaskIds:
        """The tasks' row IDs (MS Project's ID), worked out the first time a user-facing part asks."""
        return TaskIds(self.rows())

    def is_summary(self, task_id: int) -> bool:
        return bool(self.children.get(task_id))

    def rows(self, root: int | None = None) -> Iterator[int]:
        """Task ids in WBS (table) order, depth first, iteratively so depth is unbounded.

        A stack of sibling iterators: each task is touched once, with no list built or
        reversed per summary (four times faster than a stack of ids at 100,000 tasks)."""
        children = self.children
        stack = [iter(children.get(root, ()))]
        while stack:
            for task_id in stack[-1]:
                yield task_id
                below = children.get(task_id)
                if below:
                    stack.append(iter(below))
                    break
            else:
                stack.pop()

    def level(self, task_id: int) -> int:
        """Outline level: 1 for top-level tasks."""
        level = 1
        owner = self.parent[task_id]
        while owner is not None:
            level += 1
            owner = self.parent[owner]
        return level

    def codes(self) -> dict[int, str]:
        """WBS codes such as `2.3.1`, for every task."""
        codes: dict[int, str] = {}
        stack: list[tuple[int | None, str]] = [(None, "")]
        while stack:
            owner, prefix = stack.pop()
            for index, child in enumerate(self.children.get(owner, []), start=1):
                codes[child] = f"{prefix}{index}"
                stack.append((child, f"{prefix}{index}."))
        return codes

    def ancestors(self, task_id: int) -> Iterator[int]:
        owner = self.parent.get(task_id)
        while owner is not None:
            yield owner
            owner = self.parent[owner]

    def descendants(self, task_id: int) -> Iterator[int]:
        return self.rows(task_id)

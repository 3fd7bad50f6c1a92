"""What an edit touched, per table: the store writes these rows, views redraw these items."""

from __future__ import annotations

from collections.abc import Iterable

from planner.core.model.tables import TABLE_NAMES, TABLES


class Changes:
    """Unique IDs touched per table (`changes.tasks`, `changes.links`, ... or `changes.of(name)`).

    `project` covers the project's own settings; `structure` says tasks were added,
    removed or moved in the WBS.
    """

    def __init__(self, project: bool = False, structure: bool = False, **tables: Iterable[int]) -> None:
        unknown = set(tables) - set(TABLE_NAMES)
        if unknown:
            raise ValueError(f"unknown tables {sorted(unknown)}")
        self.project = project
        self.structure = structure
        self.rows: dict[str, set[int]] = {name: set(tables.get(name, ())) for name in TABLE_NAMES}

    def __getattr__(self, name: str) -> set[int]:
        rows = self.__dict__.get("rows")
        if rows is not None and name in rows:
            return rows[name]
        raise AttributeError(name)

    def of(self, table: str) -> set[int]:
        return self.rows[table]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Changes):
            return NotImplemented
        return (self.project, self.structure, self.rows) == (other.project, other.structure, other.rows)

    def __repr__(self) -> str:
        touched = ", ".join(f"{name}={ids}" for name, ids in self.rows.items() if ids)
        return f"Changes(project={self.project}, structure={self.structure}, {touched})"

    @property
    def affects_schedule(self) -> bool:
        """True when a table the scheduler reads (or the project's settings) changed."""
        return self.project or any(ids and TABLES[name].affects_schedule for name, ids in self.rows.items())

    def merge(self, other: Changes) -> None:
        self.project |= other.project
        self.structure |= other.structure
        for name, ids in other.rows.items():
            self.rows[name].update(ids)

    @classmethod
    def everything(cls, project) -> Changes:
        return cls(True, True, **{name: set(getattr(project, name)) for name in TABLE_NAMES})

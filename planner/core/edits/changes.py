"""What an edit touched, per kind of thing: the store writes these rows, views redraw these items."""

from __future__ import annotations

from dataclasses import dataclass, field

TABLES = ("tasks", "links", "calendars", "resources", "assignments")


@dataclass
class Changes:
    """Ids touched per table; `project` covers the project's own settings."""

    project: bool = False
    tasks: set[int] = field(default_factory=set)
    links: set[int] = field(default_factory=set)
    calendars: set[int] = field(default_factory=set)
    resources: set[int] = field(default_factory=set)
    assignments: set[int] = field(default_factory=set)
    structure: bool = False  # tasks added, removed or moved in the WBS

    def merge(self, other: Changes) -> None:
        self.project |= other.project
        self.structure |= other.structure
        for name in TABLES:
            getattr(self, name).update(getattr(other, name))

    @classmethod
    def everything(cls, project) -> Changes:
        return cls(True, *(set(getattr(project, name)) for name in TABLES), structure=True)

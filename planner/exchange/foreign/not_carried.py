"""The import report: what a file holds that Planner cannot carry, one line per kind of thing.

A file with forty coloured tasks gets one line naming the colours' tasks, not forty lines:
`note("task colours", "Roof")` gathers the names under their kind, and `lines()` writes
"task colours (40): Roof, Walls, ... and 37 more".
"""

from __future__ import annotations

SHOWN_NAMES = 3  # names a line lists before "and N more"


class NotCarried:
    """What an import left behind, grouped by kind, in the order first met."""

    def __init__(self) -> None:
        self._kinds: dict[str, list[str]] = {}

    def note(self, kind: str, name: str = "") -> None:
        """One thing of `kind` (about `name`, a task or resource, when there is one) is not carried."""
        names = self._kinds.setdefault(kind, [])
        if name and name not in names:
            names.append(name)

    def lines(self) -> list[str]:
        return [_line(kind, names) for kind, names in self._kinds.items()]


def _line(kind: str, names: list[str]) -> str:
    if not names:
        return kind
    shown = ", ".join(names[:SHOWN_NAMES])
    more = len(names) - SHOWN_NAMES
    if more > 0:
        shown += f" and {more} more"
    return f"{kind} ({len(names)}): {shown}"

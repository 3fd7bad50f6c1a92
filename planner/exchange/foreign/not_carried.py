"""The import report: what a file holds that Planner cannot carry, one line per kind of thing.

A file with forty coloured tasks gets one line naming the colours' tasks, not forty lines:
`note("task colours", "Roof")` gathers the names under their kind, and `lines()` writes
"task colours (40): Roof, Walls, Floor and 37 more", as many names as fit a short line.
"""

from __future__ import annotations

SHOWN_NAMES = 3  # names a line lists before "and N more"
LINE_LENGTH = 100  # characters a line runs to with its names, so that the report dialog shows it whole


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
    """The kind, how many, and the first names that fit in a line (always one, cut short if need be)."""
    if not names:
        return kind
    head = f"{kind} ({len(names)}): "
    room = LINE_LENGTH - len(head) - (len(f" and {len(names) - 1} more") if len(names) > 1 else 0)
    first = names[0] if len(names[0]) <= room else names[0][: max(room - 1, 8)] + "…"
    shown = [first]
    for name in names[1:SHOWN_NAMES]:
        if len(head) + len(", ".join([*shown, name])) + len(" and 99 more") > LINE_LENGTH:
            break
        shown.append(name)
    more = len(names) - len(shown)
    return head + ", ".join(shown) + (f" and {more} more" if more else "")

"""The Predecessors column as MS Project writes it: `3`, `3FS+2 days`, `5SS`, `7FF-1d;9SF+3 edays`, `4FS+50%`.

The numbers are task IDs as the user sees them (row numbers, planner.core.model.task_ids),
not the Unique IDs links are stored by: parsing gives the typed numbers, formatting
takes the map that turns a link's ends into row IDs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from planner.core.errors import InputError
from planner.core.model.duration import DEFAULT_UNITS, Lag, TimeUnits, format_lag, parse_lag
from planner.core.model.entities import Link, LinkType
from planner.core.model.task_ids import TaskIds

_ENTRY = re.compile(r"^\s*(\d+)\s*(FS|SS|FF|SF)?\s*(.*?)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class PredecessorRef:
    """One entry of a Predecessors cell: which task (the ID as typed), how linked, with what lag."""

    task_id: int
    type: LinkType = LinkType.FS
    lag: Lag = Lag()


def parse_predecessors(text: str, units: TimeUnits = DEFAULT_UNITS) -> list[PredecessorRef]:
    """Read a Predecessors cell; entries are separated by `;` or `,`."""
    text = (text or "").strip()
    if text.isascii() and text.isdigit():  # one plain FS link, the most common cell: no regex needed
        return [PredecessorRef(int(text))]
    refs: list[PredecessorRef] = []
    for part in re.split(r"[;,]", text):
        if not part.strip():
            continue
        match = _ENTRY.match(part)
        if not match:
            raise InputError(f"predecessor {part.strip()!r} is not understood; write e.g. 3, 3FS+2d or 5SS")
        task_id, kind, lag_text = match.groups()
        if lag_text and lag_text[0] not in "+-":
            raise InputError(f"predecessor {part.strip()!r}: a lag starts with + or -, as in 3FS+2d")
        link_type = LinkType((kind or "FS").upper())
        if lag_text and not kind:
            raise InputError(f"predecessor {part.strip()!r}: name the link type before a lag, as in 3FS+2d")
        refs.append(PredecessorRef(int(task_id), link_type, parse_lag(lag_text, units)))
    seen: set[int] = set()
    for ref in refs:
        if ref.task_id in seen:
            raise InputError(f"task {ref.task_id} is named twice as a predecessor")
        seen.add(ref.task_id)
    return refs


def _link_cell(link: Link, other: int, ids: TaskIds, units: TimeUnits) -> str:
    """One link in a Predecessors or Successors cell, naming the task at its `other` end: `3`, `5SS`, `3FS+2d`."""
    lag = format_lag(link.lag, units)
    task_id = ids.id_of(other)
    if link.type is LinkType.FS and not lag:
        return str(task_id)
    return f"{task_id}{link.type.value}{lag}"


def format_predecessor(link: Link, ids: TaskIds, units: TimeUnits = DEFAULT_UNITS) -> str:
    """One link as it appears in its successor's Predecessors cell."""
    return _link_cell(link, link.predecessor_id, ids, units)


def format_predecessors(links: list[Link], ids: TaskIds, units: TimeUnits = DEFAULT_UNITS) -> str:
    """A successor's Predecessors cell, in ID order."""
    ordered = sorted(links, key=lambda k: ids.id_of(k.predecessor_id))
    return ";".join(format_predecessor(k, ids, units) for k in ordered)


def format_successor(link: Link, ids: TaskIds, units: TimeUnits = DEFAULT_UNITS) -> str:
    """One link as it appears in its predecessor's Successors cell (MS Project)."""
    return _link_cell(link, link.successor_id, ids, units)


def format_successors(links: list[Link], ids: TaskIds, units: TimeUnits = DEFAULT_UNITS) -> str:
    """A predecessor's Successors cell, in ID order."""
    ordered = sorted(links, key=lambda k: ids.id_of(k.successor_id))
    return ";".join(format_successor(k, ids, units) for k in ordered)

"""MS Project's Resource Names notation: `Ana[50%];Bo`, `Cement[2]` for a material amount.

A resource is named by its name or its initials, in any case. A work resource's units
are a percentage (`[50%]`; none means 100%); a material resource's an amount (`[2]`;
none means 1); a cost resource takes none. Entries are separated by `;` (or `,`, MS
Project's list separator in English). Reading a text gives Entries; resolving them
against a project's resources gives each resource and its units, or an error a cell can
show. Unknown names are collected in one UnknownResources so that the window can offer
to create them all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from planner.core.errors import InputError
from planner.core.model.entities import Assignment, Project, Resource

_ENTRY = re.compile(r"^\s*([^\[\]]+?)\s*(?:\[\s*([^\[\]]*?)\s*\])?\s*$")
_SEPARATORS = re.compile(r"[;,](?![^\[]*\])")  # a comma inside [..] belongs to the entry


class UnknownResources(InputError):
    """Names that match no resource: the window offers to create them, the import reports the row."""

    def __init__(self, names: Sequence[str]) -> None:
        self.names = tuple(names)
        quoted = ", ".join(repr(n) for n in self.names)
        if len(self.names) == 1:
            super().__init__(f"no resource is called {quoted}")
        else:
            super().__init__(f"no resources are called {quoted}")


@dataclass(frozen=True)
class Entry:
    """One `Name[amount]` as typed: the name, and the amount with whether it was a percentage."""

    name: str
    amount: float | None = None
    percent: bool = False


@dataclass(frozen=True)
class Named:
    """One entry resolved: the resource and its units (1.0 = 100%, or the material amount)."""

    resource: Resource
    units: float


def read_entries(text: str) -> list[Entry]:
    """The entries of a Resource Names text, checked for form only; InputError names the bad one."""
    entries = []
    for part in _SEPARATORS.split(text or ""):
        if not part.strip():
            continue
        match = _ENTRY.match(part)
        if not match:
            raise InputError(f"{part.strip()!r} is not understood; write e.g. Ana[50%];Bo")
        name, inside = match.groups()
        entries.append(_entry(name, inside))
    return entries


def _entry(name: str, inside: str | None) -> Entry:
    if inside is None:
        return Entry(name)
    percent = inside.endswith("%")
    number = inside[:-1].strip() if percent else inside
    try:
        amount = float(number)
    except ValueError:
        example = f"{name}[50%]" if percent or not number else f"{name}[50%] or {name}[2]"
        raise InputError(f"{name}: units {inside!r} are not a number; write e.g. {example}") from None
    if amount != amount or amount in (float("inf"), float("-inf")):
        raise InputError(f"{name}: units {inside!r} are not a number")
    if amount < 0:
        raise InputError(f"{name}: units cannot be negative ({inside})")
    if amount == 0:
        raise InputError(f"{name}: units must be above 0; remove {name} to unassign")
    return Entry(name, amount, percent)


def find_resource(project: Project, name: str) -> Resource | None:
    """The resource called `name`, or with those initials (names first), in any case."""
    wanted = name.strip().casefold()
    by_name = [r for r in project.resources.values() if r.name.strip().casefold() == wanted]
    if len(by_name) > 1:
        raise InputError(f"{len(by_name)} resources are called {name!r}; name them by their initials")
    if by_name:
        return by_name[0]
    by_initials = [r for r in project.resources.values() if r.initials and r.initials.strip().casefold() == wanted]
    if len(by_initials) > 1:
        raise InputError(f"{len(by_initials)} resources have the initials {name!r}; name them in full")
    return by_initials[0] if by_initials else None


def resolve(project: Project, text: str) -> list[Named]:
    """Each resource named in `text` with its units; UnknownResources lists every name not found."""
    entries = read_entries(text)
    found: list[tuple[Entry, Resource | None]] = [(e, find_resource(project, e.name)) for e in entries]
    unknown = [e.name for e, r in found if r is None]
    if unknown:
        raise UnknownResources(list(dict.fromkeys(unknown)))
    named: list[Named] = []
    seen: set[int] = set()
    for entry, resource in found:
        assert resource is not None
        if resource.id in seen:
            raise InputError(f"{resource.name} is named twice")
        seen.add(resource.id)
        named.append(Named(resource, units_of(entry, resource)))
    return named


def units_of(entry: Entry, resource: Resource) -> float:
    """The units an entry gives its resource, refused when they do not fit the resource's type."""
    if resource.kind == "cost":
        if entry.amount is not None:
            raise InputError(f"{resource.name} is a cost resource: it takes no units, only its cost")
        return 1.0
    if resource.kind == "material":
        if entry.percent:
            raise InputError(f"{resource.name} is a material resource: give an amount such as {entry.name}[2], not %")
        return 1.0 if entry.amount is None else entry.amount
    if entry.amount is None:
        return 1.0
    if not entry.percent:
        raise InputError(f"{resource.name} works in %: write e.g. {entry.name}[{entry.amount * 100:g}%]")
    return entry.amount / 100


def format_units(resource: Resource, units: float) -> str:
    """`[50%]`, `[2]` or nothing (100% of a person, one unit of material, a cost resource)."""
    if resource.kind == "cost" or units == 1.0:
        return ""
    if resource.kind == "material":
        return f"[{units:g}]"
    return f"[{round(units * 100, 2):g}%]"


def format_names(project: Project, assignments: Iterable[Assignment]) -> str:
    """The Resource Names text of some assignments, in the order given: `Ana Silva[50%];Bo Chen`."""
    parts = []
    for a in assignments:
        resource = project.resources.get(a.resource_id)
        if resource is not None:
            parts.append(resource.name + format_units(resource, a.units))
    return ";".join(parts)


def initials_for(name: str, taken: Iterable[str] = ()) -> str:
    """Initials for a new resource: the first letter of each word (`Zoe Novak` -> `ZN`), made unique."""
    base = "".join(word[0] for word in name.split() if word).upper() or "R"
    used = {t.upper() for t in taken}
    candidate, number = base, 2
    while candidate in used:
        candidate, number = f"{base}{number}", number + 1
    return candidate

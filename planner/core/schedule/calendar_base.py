"""A calendar built on a base calendar, resolved into the plain calendar the scheduler compiles.

MS Project gives each resource a calendar with a base calendar (usually the project's
"Standard"): the base's holidays and exceptions apply to the resource, the resource's own
exceptions (a vacation, a training day) go on top and win on the days they cover, and its
week is the base's until the PM gives it a week of its own (Ana works Mon-Thu). A calendar
whose `base_id` is None is a base calendar and resolves to itself.
"""

from __future__ import annotations

from dataclasses import replace

from planner.core.errors import InputError
from planner.core.model.entities import Calendar


def effective_calendar(calendars: dict[int, Calendar], calendar: Calendar) -> Calendar:
    """`calendar` with its base's week (when inherited), exceptions and country folded in.

    A base that is missing is ignored (the store refuses such a file; a snapshot mid-edit
    may lack it). A loop of bases is refused, naming the calendar.
    """
    if calendar.base_id is None:
        return calendar
    chain = [calendar]
    seen = {calendar.id}
    base = calendars.get(calendar.base_id)
    while base is not None:
        if base.id in seen:
            raise InputError(f"calendar {calendar.name!r} is built on itself through its base calendars")
        chain.append(base)
        seen.add(base.id)
        base = calendars.get(base.base_id) if base.base_id is not None else None
    resolved = chain[-1]
    for own in reversed(chain[:-1]):
        resolved = Calendar(
            id=own.id,
            name=own.name,
            week=resolved.week if own.inherits_week else own.week,
            exceptions=[*resolved.exceptions, *own.exceptions],  # later ones win on the days they cover
            country=own.country or resolved.country,
        )
    return replace(resolved, base_id=None, inherits_week=False)

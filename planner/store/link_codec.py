"""Links: a fast test of the common case, then every field checked by name (as for tasks)."""

from __future__ import annotations

from planner.core.model.duration import Lag
from planner.core.model.entities import Link, LinkType
from planner.store.fields import MAX_MINUTES, BadField, enum, number, whole

LINK_COLUMNS = ("id", "predecessor_id", "successor_id", "type", "lag_amount", "lag_unit")
LAG_UNITS = {"m": MAX_MINUTES, "em": MAX_MINUTES, "%": 100_000}  # unit -> largest lag or lead


def link_values(link: Link) -> tuple:
    return (link.id, link.predecessor_id, link.successor_id, LinkType(link.type).value, link.lag.amount, link.lag.unit)


def checked_link_of(values: tuple) -> Link:
    """A link with every field checked by name: the authority link_of falls back on."""
    lid, pred, succ, kind, amount, unit = values
    unit = unit or "m"
    if unit not in LAG_UNITS:
        raise BadField(f"lag unit {unit!r} is not one of {', '.join(LAG_UNITS)}")
    bound = LAG_UNITS[unit]
    lag = Lag(number(amount, "lag", -bound, bound, default=0), unit)
    predecessor, successor = whole(pred, "predecessor", 1, 2**62), whole(succ, "successor", 1, 2**62)
    if predecessor == successor:
        raise BadField(f"task {successor} cannot be its own predecessor")
    return Link(lid, predecessor, successor, enum(LinkType, kind, "link type"), lag)


LINK_TYPES = {k.value: k for k in LinkType}


def link_of(values: tuple) -> Link:
    lid, pred, succ, kind, amount, unit = values
    link_type = LINK_TYPES.get(kind)
    try:  # text where a number belongs fails a comparison (TypeError); NaN fails them all
        plain = (
            link_type is not None
            and (unit == "m" or unit == "em")
            and -MAX_MINUTES <= amount <= MAX_MINUTES
            and 0 < pred != succ > 0
        )
    except TypeError:
        plain = False
    if not plain:
        return checked_link_of(values)
    return Link(lid, pred, succ, link_type, Lag(amount, unit))

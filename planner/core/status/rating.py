"""A rating: the colour, the rule that gave it and what was measured, and the worst of several."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

Measured = dict[str, float | int | str | None]


class Rag(StrEnum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"
    NA = "n/a"  # an input is missing: the reading says which

    @property
    def label(self) -> str:
        """The word a tile or a cell shows: "Green", "Amber", "Red", "n/a"."""
        return self.value if self is Rag.NA else self.value.capitalize()


SEVERITY = (Rag.NA, Rag.GREEN, Rag.AMBER, Rag.RED)


@dataclass(frozen=True)
class Rating:
    area: str  # "Schedule", "Cost", "Risk", "Quality", "Overall"
    rag: Rag
    rule: str  # how the colour is decided, in a sentence
    reading: str  # what was found, in a sentence: "SPI 0.62; the forecast finish is 3 working days late"
    measured: Measured = field(default_factory=dict)  # the figures the rule looked at, by stable key


def worst(*rags: Rag) -> Rag:
    """The most severe colour; n/a only when nothing was rated."""
    return max(rags, key=SEVERITY.index, default=Rag.NA)


def overall(ratings: list[Rating] | tuple[Rating, ...]) -> Rating:
    """The project's one colour: the worst of the areas rated (an area not rated does not lower it)."""
    rag = worst(*(r.rag for r in ratings))
    rated = [r for r in ratings if r.rag is not Rag.NA]
    if rag is Rag.NA:
        reading = "nothing could be rated yet"
    else:
        named = [r.area.lower() for r in rated if r.rag is rag]
        reading = f"{rag.label} from {', '.join(named)}"
    measured: Measured = {r.area.lower(): r.rag.value for r in ratings}
    return Rating("Overall", rag, "the worst of schedule, cost, risk and quality (an area rated n/a is left out)",
                  reading, measured)  # fmt: skip

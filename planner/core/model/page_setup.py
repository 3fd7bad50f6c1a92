"""How the Gantt is printed: paper, orientation, margins, date range, pages wide, columns.

MS Project keeps page setup in the project file, per view, so a plan printed for the
steering committee prints the same way next month and on the colleague's laptop; so do
we (table `page_setups`, migration 0011_print). A project without a row prints with
`PageSetup()`'s defaults: A4 landscape, the project's whole span, as many pages wide
as the timescale needs at full size, and the columns a PM hands out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from planner.core.errors import InputError

PAPERS: dict[str, tuple[float, float]] = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}  # portrait, mm
DEFAULT_COLUMNS: tuple[str, ...] = ("id", "name", "duration", "start", "finish", "resource_names")
MAX_PAGES_WIDE = 50
MAX_MARGIN_MM = 40.0
GANTT = "gantt"


@dataclass(frozen=True)
class PageSetup:
    """One view's page setup. `pages_wide` 0 means as many as the timescale needs at full size;
    `date_from`/`date_to` None mean the project's start and finish; `date_to` is the midnight after
    the last day printed."""

    id: int = 0
    view: str = GANTT
    paper: str = "A4"
    landscape: bool = True
    margin_mm: float = 10.0
    date_from: datetime | None = None
    date_to: datetime | None = None
    pages_wide: int = 0
    columns: tuple[str, ...] = DEFAULT_COLUMNS
    baseline: bool = False  # the baseline bar under each task (MS Project's Tracking Gantt)

    @property
    def paper_mm(self) -> tuple[float, float]:
        """The sheet's (width, height) in millimetres, turned for landscape."""
        width, height = PAPERS[self.paper]
        return (height, width) if self.landscape else (width, height)


def paper_named(text: str) -> str:
    """The paper called `text` (any case): A4 or Letter; InputError names the choices otherwise."""
    for name in PAPERS:
        if name.lower() == (text or "").strip().lower():
            return name
    raise InputError(f"paper {text!r} is not one Planner prints on; choose {' or '.join(PAPERS)}")


def page_setup_of(project: object, view: str = GANTT) -> PageSetup:
    """The project's page setup of `view`, or the defaults when it has none."""
    for setup in getattr(project, "page_setups", {}).values():
        if setup.view == view:
            return setup
    return PageSetup(view=view)


def check_page_setup(setup: PageSetup) -> PageSetup:
    """`setup` if a printer can follow it; InputError saying what is wrong otherwise."""
    paper_named(setup.paper)
    if not 0 <= setup.pages_wide <= MAX_PAGES_WIDE:
        raise InputError(
            f"pages wide must be from 1 to {MAX_PAGES_WIDE} (or 0 for as many as needed), not {setup.pages_wide}"
        )
    if not 0 <= setup.margin_mm <= MAX_MARGIN_MM:
        raise InputError(f"margins must be from 0 to {MAX_MARGIN_MM:g} mm, not {setup.margin_mm:g}")
    if setup.date_from is not None and setup.date_to is not None and setup.date_to <= setup.date_from:
        last = setup.date_to - timedelta(seconds=1)  # the range ends at the midnight after its last day
        raise InputError(f"the date range ends ({last:%Y-%m-%d}) before it starts ({setup.date_from:%Y-%m-%d})")
    if not setup.columns:
        raise InputError("choose at least one column to print (the task name, say)")
    return setup

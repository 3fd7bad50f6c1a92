"""How a printed Gantt fits its pages: the text scale, the time axis density, the tiling.

Every length is in the renderer's logical unit (1/96 inch, a screen pixel at 100%).
At scale 1 the body text is BASE_PT; "fit to N pages wide" first compresses the time
axis (down to MIN_PX_PER_DAY, where a month is still a labelled column), and only then
scales the whole page down, as MS Project's "Fit to" does, but never below MIN_PT:
a request that would need smaller text is refused with what would work instead.
Fewer pages than the request are never used, so "2 pages wide" gives 2 columns of pages.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from planner.core.errors import InputError

BASE_PT = 9.0  # the task table and the bar labels at 100%
MIN_PT = 7.0  # nothing printed smaller (issue 13)
NATURAL_PX_PER_DAY = 6.0  # "pages wide: as needed": weeks labelled with their date ("4 Jan")
MIN_PX_PER_DAY = 1.0  # a month ~30 px (8 mm) with its name: the densest useful time axis at 100%
MIN_CHART_PX = 150.0  # the chart's part of a page, at least (4 cm)
MAX_AUTO_PAGES = 50
SQUEEZE = 0.9  # rows may be this much closer together to save a row of pages (an orphan page row)


@dataclass(frozen=True)
class Area:
    """What the page offers and what the content needs at scale 1 (logical px)."""

    width: float  # printable width
    height: float  # printable height
    columns: float  # the task columns, repeated on every page
    row: float  # one task row
    fixed: float  # page title and footer (not scaled)
    timescale: float  # the two timescale tiers (scaled)
    days: float  # the date range printed
    rows: int = 0  # task rows to print


@dataclass(frozen=True)
class Fit:
    scale: float  # of text, rows and columns
    px_per_day: float
    pages_wide: int
    rows_per_page: int
    chart_width: float  # of the chart on each page
    row_height: float  # of one task row, scaled (and perhaps squeezed a little)

    @property
    def points(self) -> float:
        return BASE_PT * self.scale


def fit_pages(area: Area, pages_wide: int, label: str = "the task names and bar labels") -> Fit:
    """The fit for `pages_wide` (0: as many as the timescale needs at full size); InputError if none reads."""
    lowest = MIN_PT / BASE_PT
    if area.width - area.columns * lowest < MIN_CHART_PX:
        need = (area.columns * lowest + MIN_CHART_PX) / 96 * 2.54
        raise InputError(
            f"the columns leave no room for the chart even at {MIN_PT:g} pt (the page needs {need:.0f} cm "
            f"across, it has {area.width / 96 * 2.54:.0f} cm); print fewer columns, landscape or Letter"
        )
    most = min(1.0, (area.width - MIN_CHART_PX) / area.columns) if area.columns else 1.0
    days = max(area.days, 1.0)
    if pages_wide <= 0:
        scale = most
        pages_wide = math.ceil(days * NATURAL_PX_PER_DAY / (area.width - area.columns * scale) - 1e-9)
        if pages_wide > MAX_AUTO_PAGES:
            pages_wide = MAX_AUTO_PAGES
    scale = min(most, area.width / (area.columns + days * MIN_PX_PER_DAY / pages_wide))
    if scale < lowest - 1e-9:
        raise InputError(_too_small(area, pages_wide, scale, days, label))
    chart = area.width - area.columns * scale
    room = area.height - area.fixed - area.timescale * scale
    rows = math.floor(room / (area.row * scale) + 1e-9)
    if rows < 1:
        raise InputError("the page is too short for even one row under the timescale; choose smaller margins")
    row_height = area.row * scale
    down = math.ceil(area.rows / rows) if area.rows else 1
    if down > 1:  # one row of pages fewer if the rows can close up a little
        fewer = math.ceil(area.rows / (down - 1))
        if room / fewer >= row_height * SQUEEZE:
            rows, row_height = fewer, room / fewer
    return Fit(scale, pages_wide * chart / days, pages_wide, rows, chart, row_height)


def _too_small(area: Area, pages_wide: int, scale: float, days: float, label: str) -> str:
    """What would be printed too small, and the fewest pages (or most weeks) that would read."""
    lowest = MIN_PT / BASE_PT
    room = area.width - area.columns * lowest  # chart per page at the smallest text
    pages = math.ceil(days * MIN_PX_PER_DAY * lowest / room - 1e-9)
    weeks = math.floor(pages_wide * room / (lowest * MIN_PX_PER_DAY) / 7)
    plural = "s" if pages_wide != 1 else ""
    return (
        f"At {pages_wide} page{plural} wide {label} would be {BASE_PT * scale:.1f} pt; "
        f"choose {pages} pages wide or at most {weeks} weeks"
    )

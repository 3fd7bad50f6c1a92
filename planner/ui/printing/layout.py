"""Where everything goes on the printed pages, worked out once before the first page is painted.

The task columns are measured on the plan's own text (so none is clipped; a long name
is cut with an ellipsis only past NAME_MAX), the fit (planner.core.printing.fit) picks
the text scale and the time axis, and the pages follow: rows split over pages
downwards, the date range over pages across, the columns and the timescale repeated on
every page. All lengths are logical pixels (1/96 inch) at the fit's scale.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from planner.core.model.dates import format_date
from planner.core.model.page_setup import PageSetup
from planner.core.printing.fit import BASE_PT, Area, Fit, fit_pages
from planner.ui.gantt.table.columns import COLUMNS
from planner.ui.gantt.table.columns_base import Column
from planner.ui.gantt.table.facts import TaskFacts
from planner.ui.printing.plan import Plan
from planner.ui.printing.style import FOOTER_PT, TITLE_PT, Fonts, reference_device

MM = 96 / 25.4  # logical px per millimetre
CELL_PAD = 5.0
INDENT = 12.0  # per outline level, in the Name column
NAME_MAX = 300.0  # px: a longer name is cut with an ellipsis
OTHER_MAX = 220.0
TABLE_SHARE = 0.6  # of the printable width, at most, before the long-text columns give way
ELASTIC = {"name": 170.0, "resource_names": 100.0, "notes": 100.0, "predecessors": 70.0, "successors": 70.0}
ROW_FACTOR = 1.5  # row height / font height
DATE_KEYS = {"start", "finish", "deadline", "actual_start", "actual_finish"}
WEEKDAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
BY_KEY = {column.key: column for column in COLUMNS}
PRINT_TITLES = {"name": "Task Name", "resource_names": "Resource Names"}


@dataclass(frozen=True)
class PrintColumn:
    column: Column
    title: str
    width: float  # at scale 1
    narrowest: float  # what it may be narrowed to: its title, and at least ELASTIC's minimum


@dataclass(frozen=True)
class Page:
    number: int  # 1-based, across each row of pages, then down
    row: int  # 1-based row of pages (which tasks)
    column: int  # 1-based column of pages (which dates)
    first: int  # index into the plan's rows
    last: int  # one past


class PrintLayout:
    """The pages of `plan` printed with `setup` on paper of `paper_mm` (width, height) in millimetres."""

    def __init__(self, plan: Plan, setup: PageSetup, paper_mm: tuple[float, float] | None = None) -> None:
        self.plan, self.setup = plan, setup
        self.facts = TaskFacts(plan)
        self._texts: dict[tuple[str, int], str] = {}  # each cell's text, made once for every page it is on
        self.fonts = Fonts(reference_device())
        width, height = paper_mm or setup.paper_mm
        self.page_w, self.page_h = width * MM, height * MM
        self.margin = setup.margin_mm * MM
        self.columns = self._narrowed(self._columns(), (self.page_w - 2 * self.margin) * TABLE_SHARE)
        self.start, self.end = self._range()
        body = self.fonts.metrics(BASE_PT)
        self.row_h = math.ceil(body.height() * ROW_FACTOR)
        self.tier_h = math.ceil(body.height() + 8)
        self.title_h = math.ceil(self.fonts.metrics(TITLE_PT, True).height() * 1.7)
        self.footer_h = math.ceil(self.fonts.metrics(FOOTER_PT).height() * 2.0)
        self.fit: Fit = fit_pages(self._area(), setup.pages_wide)
        self.pages = self._pages()

    # -- what is printed -------------------------------------------------------------
    def _columns(self) -> list[PrintColumn]:
        unknown = [key for key in self.setup.columns if key not in BY_KEY]
        if unknown:
            from planner.core.errors import InputError

            known = ", ".join(c.key for c in COLUMNS if c.title)
            raise InputError(f"no column {', '.join(unknown)} to print; the columns are {known}")
        return [self._measured(BY_KEY[key]) for key in self.setup.columns]

    def _measured(self, column: Column) -> PrintColumn:
        """As wide as its widest cell (or title), within NAME_MAX / OTHER_MAX."""
        title = PRINT_TITLES.get(column.key, column.title)
        bold, plain = self.fonts.metrics(BASE_PT, True), self.fonts.metrics(BASE_PT)
        widest = bold.horizontalAdvance(title)
        name = column.key == "name"
        outline = self.plan.schedule.outline
        for task_id in self.plan.rows:
            text = self.text(column, task_id)
            width = (bold if outline.is_summary(task_id) else plain).horizontalAdvance(text)
            if name:
                width += INDENT * (outline.level(task_id) - 1)
            widest = max(widest, width)
        width = min(widest, NAME_MAX if name else OTHER_MAX) + 2 * CELL_PAD + 1
        narrowest = max(bold.horizontalAdvance(title) + 2 * CELL_PAD + 1, ELASTIC.get(column.key, width))
        return PrintColumn(column, title, max(width, narrowest), min(width, narrowest))

    @staticmethod
    def _narrowed(columns: list[PrintColumn], room: float) -> list[PrintColumn]:
        """The long-text columns narrowed towards their minimum until the table takes `room`: first the
        others (resources are on the bars too), then the task name; their text is then cut with an ellipsis."""
        excess = sum(c.width for c in columns) - room
        widths = [c.width for c in columns]
        for keys in (set(ELASTIC) - {"name"}, {"name"}):
            slack = {i: c.width - c.narrowest for i, c in enumerate(columns) if c.column.key in keys}
            total = sum(s for s in slack.values() if s > 0)
            if excess <= 0 or total <= 0:
                continue
            give = min(1.0, excess / total)
            for i, s in slack.items():
                widths[i] -= max(0.0, s) * give
            excess -= total * give
        return [PrintColumn(c.column, c.title, w, c.narrowest) for c, w in zip(columns, widths, strict=True)]

    def text(self, column: Column, task_id: int) -> str:
        """The cell as the table shows it; a date without its weekday (`2027-01-04`), as paper is narrow."""
        found = self._texts.get((column.key, task_id))
        if found is None:
            found = column.text(self.facts, task_id)
            if column.key in DATE_KEYS and found[:3] in WEEKDAYS and found[3:4] == " ":
                found = found[4:]
            self._texts[column.key, task_id] = found
        return found

    def _range(self) -> tuple[datetime, datetime]:
        """The dates printed: the setup's, or the project's span with room for the last labels."""
        project, schedule = self.plan.project, self.plan.schedule
        first = min((schedule.span(t)[0] for t in self.plan.rows), default=project.start)
        start = self.setup.date_from or datetime.combine(min(first, project.start).date(), datetime.min.time())
        finish = max(project.start, schedule.project_finish)
        if self.setup.date_to is not None:
            end = self.setup.date_to
        else:
            span = (finish - start).total_seconds() / 86400
            end = max(finish + timedelta(days=max(5.0, 0.12 * span)), self._labels_end(finish, span))
        if self.setup.date_from is None:
            start -= timedelta(days=2)
        return start, end

    def _labels_end(self, finish: datetime, span: float) -> datetime:
        """Where the labels of the last bars end, at the time axis's natural density (the fit only widens it)."""
        from planner.core.printing.fit import NATURAL_PX_PER_DAY

        metrics, schedule = self.fonts.metrics(BASE_PT), self.plan.schedule
        late = finish - timedelta(days=0.05 * span)  # the last bars only: earlier labels have the chart beside them
        end = finish
        for task_id in self.plan.rows:
            bar_end = schedule.span(task_id)[1]
            if bar_end >= late:
                width = metrics.horizontalAdvance(self.label(task_id)) + 16
                end = max(end, bar_end + timedelta(days=width / NATURAL_PX_PER_DAY))
        return min(end, finish + timedelta(days=0.2 * span))

    def label(self, task_id: int) -> str:
        """Right of the bar, as MS Project prints it: the resources (the name too when no Name column is
        printed); a milestone's name and date."""
        task, schedule = self.plan.project.tasks[task_id], self.plan.schedule
        summary = schedule.outline.is_summary(task_id)
        milestone = task.milestone and not summary
        parts = [task.name] if "name" not in self.setup.columns or milestone else []
        if milestone:
            parts = [f"{parts[0]}  {format_date(schedule.span(task_id)[0], self.facts.day_bounds)}"]
        if not summary:
            names = self.facts.assigned.names(self.plan.project, task_id)
            if names:
                parts.append(names.replace(";", ", "))
        return "  ·  ".join(parts)

    def _area(self) -> Area:
        return Area(
            width=self.page_w - 2 * self.margin,
            height=self.page_h - 2 * self.margin,
            columns=sum(c.width for c in self.columns),
            row=self.row_h,
            fixed=self.title_h + self.footer_h,
            timescale=2 * self.tier_h,
            days=(self.end - self.start).total_seconds() / 86400,
            rows=len(self.plan.rows),
        )

    def _pages(self) -> list[Page]:
        """Across each row of pages, then down (the order pages lie side by side on a table)."""
        per_page = self.fit.rows_per_page
        count = max(1, math.ceil(len(self.plan.rows) / per_page))
        pages = []
        for row in range(count):
            first, last = row * per_page, min(len(self.plan.rows), (row + 1) * per_page)
            for column in range(self.fit.pages_wide):
                pages.append(Page(len(pages) + 1, row + 1, column + 1, first, last))
        return pages

    @property
    def page_rows(self) -> int:
        return self.pages[-1].row

    # -- where things are on a page ---------------------------------------------------
    @property
    def scale(self) -> float:
        return self.fit.scale

    @property
    def table_w(self) -> float:
        return sum(c.width for c in self.columns) * self.scale

    @property
    def chart_left(self) -> float:
        return self.margin + self.table_w

    @property
    def row_height(self) -> float:
        """One task row on the page, as the fit made it."""
        return self.fit.row_height

    @property
    def body_top(self) -> float:
        """Where the first task row starts: under the title and the two timescale tiers."""
        return self.margin + self.title_h + 2 * self.tier_h * self.scale

    @property
    def points(self) -> float:
        return self.fit.points

    def slice_start(self, page: Page) -> datetime:
        """The date at the left edge of the page's chart."""
        return self.start + timedelta(days=(page.column - 1) * self.fit.chart_width / self.fit.px_per_day)

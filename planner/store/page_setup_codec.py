"""File > Page Setup as stored (from schema 11, 0011_print): one row per view, the columns as keys."""

from __future__ import annotations

from planner.core.model.page_setup import MAX_MARGIN_MM, MAX_PAGES_WIDE, PAPERS, PageSetup
from planner.store.fields import BadField, flag, moment, number, text, text_of, whole

PAGE_SETUP_SINCE = "0011_print"
PAGE_SETUP_COLUMNS = (
    "id", "view", "paper", "landscape", "margin_mm", "date_from", "date_to", "pages_wide", "columns", "baseline",
)  # fmt: skip


def page_setup_values(s: PageSetup) -> tuple:
    return (
        s.id, s.view, s.paper, int(s.landscape), s.margin_mm, text_of(s.date_from), text_of(s.date_to),
        s.pages_wide, ",".join(s.columns), int(s.baseline),
    )  # fmt: skip


def page_setup_of(values: tuple) -> PageSetup:
    sid, view, paper, landscape, margin, date_from, date_to, pages_wide, columns, baseline = values
    paper = text(paper, "paper")
    if paper not in PAPERS:
        raise BadField(f"paper {paper!r} is not one of {', '.join(PAPERS)}")
    keys = tuple(key for key in text(columns, "columns").split(",") if key)
    if not keys:
        raise BadField("no columns to print")
    return PageSetup(
        id=sid,
        view=text(view, "view"),
        paper=paper,
        landscape=flag(landscape, "landscape"),
        margin_mm=number(margin, "margins", 0, MAX_MARGIN_MM),
        date_from=moment(date_from, "first date printed"),
        date_to=moment(date_to, "last date printed"),
        pages_wide=whole(pages_wide, "pages wide", 0, MAX_PAGES_WIDE),
        columns=keys,
        baseline=flag(baseline, "baseline"),
    )

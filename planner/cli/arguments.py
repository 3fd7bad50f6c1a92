"""Argument types of the command line: a date typed in any form the table takes, a window size."""

from __future__ import annotations

import argparse
from datetime import date, datetime, time

from planner.core.errors import PlannerError


def moment(text: str) -> datetime:
    """A date typed on the command line, in any form the table takes; 08:00 when no time is given."""
    from planner.core.model.dates import parse_date

    try:
        return parse_date(text, time(8, 0), "date")
    except PlannerError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def status(text: str) -> datetime:
    """A status date: one typed without a time is the end of that working day (as Project > Status Date)."""
    from planner.core.edits.project_edits import STATUS_TIME
    from planner.core.model.dates import parse_date

    try:
        return parse_date(text, STATUS_TIME, "status date")
    except PlannerError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def day(text: str) -> date:
    return moment(text).date()


def size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size; write it as WIDTHxHEIGHT, e.g. 1366x768") from None
    return width, height

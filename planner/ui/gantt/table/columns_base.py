"""One column of the task table: title, width, how a cell reads, sorts and is edited. Qt-free.

Here rather than in columns.py so that a module of further columns (estimate_columns.py, ...)
can build Columns while columns.py lists them all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from planner.ui.gantt.table import cell_edits
from planner.ui.gantt.table.facts import TaskFacts

Text = Callable[[TaskFacts, int], str]
SortKey = Callable[[TaskFacts, int], Any]


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    width: int  # in average character widths
    text: Text
    edit: cell_edits.CellEdit | None = None
    edit_text: Text | None = None  # what an editor starts from; `text` when None
    sort_key: SortKey | None = None  # `text` when None
    align: str = "left"  # left, right, center
    schedule: bool = False  # changes whenever the schedule does
    shown: bool = True  # in the default layout
    tip: str = ""
    summary_editable: bool = True

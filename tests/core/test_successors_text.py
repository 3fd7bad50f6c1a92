"""The Successors column as MS Project writes it: the following tasks' IDs (row numbers), with type and lag."""

from __future__ import annotations

from planner.core.edits.predecessors import format_successors
from planner.core.model.duration import Lag
from planner.core.model.entities import Link, LinkType
from planner.core.model.task_ids import TaskIds


def test_successors_are_written_by_row_id_in_id_order_with_type_and_lag():
    ids = TaskIds([10, 30, 20, 40])  # Unique IDs in outline order: rows 1, 2, 3, 4
    links = [Link(1, 10, 40, LinkType.SS), Link(2, 10, 20, lag=Lag(480)), Link(3, 10, 30)]
    assert format_successors(links, ids) == "2;3FS+1d;4SS"
    assert format_successors([], ids) == ""

"""Sheet shapes issue 9 found slow still give the right project, without the work that made them slow.

The speed itself is measured by benchmarks/bench_import.py; these tests pin down
the causes: a reschedule per loop, Project.next_id per link, every row's ancestors
walked per link check.
"""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import pytest

import planner.exchange.task_links as task_links
from planner.core.model.entities import LinkType, Project
from planner.exchange.link_loops import link_loops
from planner.exchange.task_import import read_task_sheet

START = datetime(2027, 1, 4, 8, 0)


def write(folder: Path, header: list[str], rows: list[list[object]]) -> Path:
    path = folder / "tasks.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([header, *rows])
    return path


def test_many_two_task_loops_are_all_reported_after_scheduling_once(tmp_path, monkeypatch) -> None:
    rows = []
    for first in range(1, 1000, 2):
        rows += [[first, f"A{first}", "1d", first + 1], [first + 1, f"B{first}", "1d", first]]
    runs = []
    real_schedule = task_links.schedule
    monkeypatch.setattr(task_links, "schedule", lambda project: runs.append(1) or real_schedule(project))
    result = read_task_sheet(write(tmp_path, ["ID", "Name", "Duration", "Predecessors"], rows), start=START)
    assert len(runs) == 1
    assert len(result.problems) == 500
    assert str(result.problems[0]) == (
        "row 2: predecessor 2 closes a loop of links: row 2 (1 'A1') -> row 3 (2 'B1') -> row 2 (1 'A1')"
    )
    assert len(result.project.links) == 500  # each loop keeps its link down the sheet


def test_links_are_numbered_in_sheet_order_without_asking_next_id(tmp_path, monkeypatch) -> None:
    def refuse(self, table):
        raise AssertionError("the import numbers links itself")

    monkeypatch.setattr(Project, "next_id", refuse)
    rows = [[1, "A", "1d", ""], [2, "B", "1d", "1"], [3, "C", "1d", "1;2SS"]]
    project = read_task_sheet(write(tmp_path, ["ID", "Name", "Duration", "Predecessors"], rows), start=START).project
    assert [(k.id, k.predecessor_id, k.successor_id, k.type) for k in project.links.values()] == [
        (1, 1, 2, LinkType.FS),
        (2, 1, 3, LinkType.FS),
        (3, 2, 3, LinkType.SS),
    ]


def test_a_deep_outline_nests_every_row_and_still_refuses_links_into_its_own_branch(tmp_path) -> None:
    depth = 3000
    rows: list[list[object]] = [[i, f"Level {i}", "1d", "", i] for i in range(1, depth + 1)]
    rows[-1][3] = "1"  # the deepest task following the top summary above it
    rows.append([depth + 1, "After", "1d", "2", 1])  # fine: outside the branch
    header = ["ID", "Name", "Duration", "Predecessors", "Outline Level"]
    result = read_task_sheet(write(tmp_path, header, rows), start=START)
    assert [str(p) for p in result.problems] == [
        f"row {depth + 1}: predecessor 1 is a summary task above this one; a task cannot follow its own summary"
    ]
    by_name = {t.name: t for t in result.project.tasks.values()}
    assert by_name[f"Level {depth - 1}"].parent_id == by_name[f"Level {depth - 2}"].id
    assert by_name["After"].parent_id is None


# -- the loop finder on its own ----------------------------------------------------------------------
def _links(pairs: list[tuple[int, int]]):
    from planner.core.model.entities import Link

    return [Link(number, pred, succ) for number, (pred, succ) in enumerate(pairs, start=1)]


def test_a_tangle_of_loops_gives_one_closing_link_per_loop_until_none_is_left() -> None:
    links = _links([(1, 2), (2, 3), (3, 1), (2, 1), (3, 4), (4, 2)])
    found = [(cycle, closing.id) for cycle, closing in link_loops(links, row_of=lambda task: task)]
    assert found[0] == ([1, 2], 4)  # the shortest loop through the first row, closed by its link back to row 1
    remaining = {k.id for k in links} - {closing for _, closing in found}
    graph: dict[int, set[int]] = {}
    for link in links:
        if link.id in remaining:
            graph.setdefault(link.predecessor_id, set()).add(link.successor_id)
    assert not _has_loop(graph)


def _has_loop(graph: dict[int, set[int]]) -> bool:
    from graphlib import CycleError, TopologicalSorter

    try:
        tuple(TopologicalSorter(graph).static_order())
    except CycleError:
        return True
    return False


@pytest.mark.parametrize("size", [2, 50, 5000])
def test_a_ring_is_one_loop_closed_by_the_link_back_to_its_first_row(size: int) -> None:
    links = _links([(i, i % size + 1) for i in range(1, size + 1)])
    ((cycle, closing),) = list(link_loops(links, row_of=lambda task: task))
    assert cycle == list(range(1, size + 1))
    assert (closing.predecessor_id, closing.successor_id) == (size, 1)

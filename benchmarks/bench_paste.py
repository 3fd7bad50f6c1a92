"""Figure: build the edit of an Excel paste into a 10,000-task project (Qt-free part of Ctrl+V).

    python benchmarks/bench_paste.py [--tasks 10000] [--rows 100]

Times paste_edits.paste_edit, which turns the grid into one composed edit with the
table's cell rules, for three grids as a PM pastes them: new tasks (Name, Duration,
Predecessors naming the block's own IDs) on the entry row; Durations set on existing
rows; and Finish dates set on existing rows, which read a schedule of the scratch project
for each cell (the slow case). Applying, scheduling and committing the edit is the
Document's work, measured by bench_edit.py. Prints wall time per grid.
"""

from __future__ import annotations

import argparse
import sys
import time

from generate import generate_project

from planner.core.model.wbs import Outline
from planner.ui.gantt.table.columns import COLUMNS
from planner.ui.gantt.table.paste_edits import paste_edit

SHOWN_EDITABLE = [c for c in COLUMNS if c.edit is not None and c.shown]  # Name, Duration, Start, Finish, Pred.


def timed(label: str, build) -> None:
    began = time.perf_counter()
    edit = build()
    print(f"{label}: {(time.perf_counter() - began) * 1000:.0f} ms, {len(edit.changes)} changes")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--rows", type=int, default=100)
    args = parser.parse_args(argv)
    project = generate_project(args.tasks)
    outline = Outline.of(project)
    leaves = [t for t in outline.rows() if not outline.is_summary(t)][: args.rows]
    first = len(project.tasks) + 1
    new = [[f"Pasted {i}", "2d", "", "", str(first + i - 1) if i else ""] for i in range(args.rows)]
    timed(f"{args.rows} new tasks on the entry row", lambda: paste_edit(project, new, [], SHOWN_EDITABLE))
    durations = [["3d"] for _ in leaves]
    timed(
        f"{len(leaves)} durations on existing rows", lambda: paste_edit(project, durations, leaves, SHOWN_EDITABLE[1:])
    )
    finishes = [["2030-01-15"] for _ in leaves[:10]]
    timed("10 finish dates on existing rows", lambda: paste_edit(project, finishes, leaves[:10], SHOWN_EDITABLE[3:]))
    return 0


if __name__ == "__main__":
    sys.exit(main())

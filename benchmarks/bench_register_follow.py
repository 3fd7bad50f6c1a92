"""What a register table costs on every edit of a 10,000-task plan: following the change, repainting a screen.

    python benchmarks/bench_register_follow.py [--tasks 10000] [--defects 1000] [--edits 15]

A task edit reaches every register model whose register has a TASK column (defects,
checklists, action items): it re-reads its rows and repaints. With the register's
page shown, a screen of rows (40) is then painted, and the first TASK cell works the
plan's row IDs out again (the edit may have moved them). The figures are medians
(and worst) of `--edits` edits, wall and this thread's CPU time.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from generate import generate_project, write_plandb
from PySide6.QtCore import Qt
from window_bench import application

from planner.core.edits.changes import Changes
from planner.core.edits.edit import apply_edit
from planner.core.quality.entities import Severity
from planner.core.quality.registers import DEFECTS
from planner.core.records.edits import add_record

SCREEN_ROWS = 40


def build(folder: Path, tasks: int, defects: int) -> Path:
    project = generate_project(tasks)
    uids = sorted(project.tasks)
    for n in range(defects):
        values = dict(title=f"Defect {n}", severity=list(Severity)[n % 4], task_id=uids[(n * 7919) % len(uids)],
                      found=date(2027, 1, 4))  # fmt: skip
        apply_edit(project, add_record(project, DEFECTS, **values))
    path = folder / "registers.plandb"
    write_plandb(project, path)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--defects", type=int, default=1000)
    parser.add_argument("--edits", type=int, default=15)
    args = parser.parse_args(argv)
    application()
    from planner.store.document import Document
    from planner.ui.registers.record_model import RecordModel
    from planner.ui.session import Session

    with tempfile.TemporaryDirectory() as folder:
        session = Session(Document.open(build(Path(folder), args.tasks, args.defects)))
        model = RecordModel(session, DEFECTS)
        session.changed.disconnect(model._changed)  # timed by hand below
        follow, paint = [], []
        for n in range(args.edits):
            changes = Changes(tasks={sorted(session.project.tasks)[n]})
            began, cpu = time.perf_counter(), time.thread_time()
            model._changed(changes)
            follow.append((time.perf_counter() - began, time.thread_time() - cpu))
            began, cpu = time.perf_counter(), time.thread_time()
            for row in range(SCREEN_ROWS):
                for column in range(model.columnCount()):
                    model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
            paint.append((time.perf_counter() - began, time.thread_time() - cpu))
        session.close()
    for name, figures in (("follow the edit", follow), (f"paint {SCREEN_ROWS} rows", paint)):
        wall = [w * 1000 for w, _ in figures]
        cpu = [c * 1000 for _, c in figures]
        print(f"{name:>16}: median {statistics.median(wall):6.1f} ms wall, {statistics.median(cpu):6.1f} ms CPU;"
              f" worst {max(wall):6.1f} ms wall")  # fmt: skip
    print(f"{args.defects} defects on a {args.tasks}-task plan")
    return 0


if __name__ == "__main__":
    sys.exit(main())

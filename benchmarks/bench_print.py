"""The printed Gantt: how long the tiled PDF takes, and whether it belongs in the job runner.

    python benchmarks/bench_print.py --tasks 1000 10000 [--pages-wide 2]

Generates a project, schedules it, then times laying the pages out (the columns measured
on every row's text, the fit) and painting every page into a PDF on A4 landscape. The
window writes the PDF as a job on a snapshot (planner.ui.printing.print_actions): this
says how long a user would otherwise wait with a frozen window.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication

from planner.core.model.page_setup import PageSetup
from planner.ui.printing.layout import PrintLayout
from planner.ui.printing.output import write_pdf
from planner.ui.printing.plan import scheduled

sys.path.insert(0, str(Path(__file__).parent))
from generate import generate_project


def measure(tasks: int, pages_wide: int, folder: Path) -> None:
    plan = scheduled(generate_project(tasks))
    setup = PageSetup(pages_wide=pages_wide)
    began = time.perf_counter()
    layout = PrintLayout(plan, setup)
    laid = time.perf_counter() - began
    began = time.perf_counter()
    printed = write_pdf(plan, setup, folder / "gantt.pdf")
    total = time.perf_counter() - began
    size = (folder / "gantt.pdf").stat().st_size / 1e6
    print(f"{tasks:>6} tasks: layout {laid:.2f} s, PDF {total:.2f} s for {printed.pages} pages "
          f"({printed.columns} x {printed.rows}, {layout.points:.0f} pt), "
          f"{total / printed.pages * 1000:.0f} ms a page, {size:.1f} MB")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--pages-wide", type=int, default=2)
    args = parser.parse_args()
    _app = QGuiApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        for tasks in args.tasks:
            measure(tasks, args.pages_wide, Path(folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())

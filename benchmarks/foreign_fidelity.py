"""How many tasks of the GanttProject and GNOME Planner samples keep the dates their file showed.

    .venv/bin/python benchmarks/foreign_fidelity.py [FOLDER ...]

Reads every .gan and .planner file under the folders (default: ../shared/data/ganttproject and
../shared/data/gnome-planner), schedules each right after the import, and prints per format
"N of M tasks keep their start and finish over K files", then every task that moved. A start
or finish counts as kept when it is the same working moment on the project calendar (a
Friday 17:00 finish and the Monday 08:00 GanttProject shows for a milestone after it are one).
Leaf tasks only: a summary's dates are its subtasks'.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from planner.core.errors import PlannerError
from planner.exchange.foreign.fidelity import moved_tasks
from planner.exchange.foreign.plan import ForeignPlan
from planner.exchange.ganttproject.reader import read_plan as read_gan
from planner.exchange.gnome_planner.reader import read_plan as read_planner

READERS: dict[str, tuple[str, Callable[[Path], ForeignPlan]]] = {
    ".gan": ("GanttProject", read_gan),
    ".planner": ("GNOME Planner", read_planner),
}


def data_folders() -> list[Path]:
    """../shared/data's GanttProject and GNOME Planner folders, beside the worktrees."""
    here = Path(__file__).resolve()
    for parent in here.parents:
        shared = parent / "shared" / "data"
        if shared.is_dir():
            return [shared / "ganttproject", shared / "gnome-planner"]
    raise SystemExit("no ../shared/data folder; name the folders to read")


def main(folders: list[Path]) -> int:
    started = time.perf_counter()
    for suffix, (label, read) in READERS.items():
        files = sorted(f for folder in folders for f in folder.rglob(f"*{suffix}"))
        kept = total = 0
        moved_lines: list[str] = []
        for path in files:
            try:
                plan = read(path)
            except PlannerError as error:
                moved_lines.append(f"  {path.name}: not imported: {error}")
                continue
            moved = moved_tasks(plan)
            total += len(plan.shown)
            kept += len(plan.shown) - len(moved)
            moved_lines += [f"  {path.name}: {m}" for m in moved]
        print(f"{label}: {kept} of {total} tasks keep their start and finish over {len(files)} files")
        for line in moved_lines:
            print(line)
    print(f"({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main([Path(a) for a in sys.argv[1:]] or data_folders()))

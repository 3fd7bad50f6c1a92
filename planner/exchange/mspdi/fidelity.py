"""How closely Planner's schedule of an imported MS Project file reproduces the dates MS Project stored.

For each auto-scheduled leaf task (not Manual, not a summary) the Start and Finish MS
Project wrote are compared, to the minute, with Planner's schedule right after import.
Manually scheduled tasks are left out because their dates were typed, not scheduled;
summaries because they only roll their subtasks up; blank rows, external tasks and the
project summary because they are not tasks Planner imports; and tasks with a hand-contoured
assignment (WorkContour 8: work edited in the Task Usage view, which is also how a task is
split), because their dates follow work typed day by day, which no scheduler derives and
Planner does not carry (the import report says so). benchmarks/mspdi_fidelity.py
runs this over the MS-Project-saved files of ../shared/data/mspdi.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from planner.core.schedule.engine import schedule
from planner.exchange.mspdi.reader import project_of
from planner.exchange.mspdi.tasks import TaskRow, task_rows
from planner.exchange.mspdi.values import flag, integer, moment, text
from planner.exchange.mspdi.xml_source import load_root


def shared_data() -> Path | None:
    """The shared data folder beside the repository (../shared/data), looked for up to three
    levels up so that a worktree in a folder of worktrees finds it too; None when absent."""
    repo = Path(__file__).resolve().parents[3]
    for folder in (repo.parent, repo.parent.parent, repo.parent.parent.parent):
        if (folder / "shared" / "data" / "mspdi" / "INDEX.tsv").is_file():
            return folder / "shared" / "data"
    return None


@dataclass(frozen=True)
class Difference:
    """One date Planner schedules otherwise than MS Project stored it."""

    file: str
    uid: int
    name: str
    field: str  # "Start" or "Finish"
    ours: datetime
    theirs: datetime


@dataclass
class FileFidelity:
    """The compared tasks of one file and the dates that differ."""

    file: str
    compared: int = 0
    identical: int = 0
    differences: list[Difference] = field(default_factory=list)


HAND_CONTOURED = 8  # MSPDI WorkContour "Contoured"


def hand_contoured(root: ET.Element) -> set[int]:
    """UIDs of the tasks with an assignment whose work was edited by hand (or split)."""
    return {
        integer(a, "TaskUID", -1) or -1
        for a in root.findall("Assignments/Assignment")
        if integer(a, "WorkContour", 0) == HAND_CONTOURED
    }


def compared_tasks(root: ET.Element) -> list[TaskRow]:
    """The rows whose dates MS Project scheduled: auto-scheduled leaf tasks with a Start and Finish."""
    rows = task_rows(root, _Quiet())
    contoured = hand_contoured(root)
    return [
        row
        for row in rows
        if row.uid not in contoured
        and not flag(row.element, "Manual")
        and not flag(row.element, "Summary")
        and moment(row.element, "Start") is not None
        and moment(row.element, "Finish") is not None
    ]


def file_fidelity(path: Path, label: str = "") -> FileFidelity:
    """Import `path`, schedule it and compare every auto-scheduled leaf task's Start and Finish."""
    root = load_root(path)
    found = project_of(root, path.stem)
    result = schedule(found.project)
    fidelity = FileFidelity(label or path.name)
    for row in compared_tasks(root):
        start, finish = result.span(row.task_id)
        theirs = {"Start": moment(row.element, "Start"), "Finish": moment(row.element, "Finish")}
        ours = {"Start": start, "Finish": finish}
        fidelity.compared += 1
        different = [name for name in ("Start", "Finish") if ours[name] != theirs[name]]
        if not different:
            fidelity.identical += 1
        for name in different:
            fidelity.differences.append(
                Difference(fidelity.file, row.uid, text(row.element, "Name") or "", name, ours[name], theirs[name])
            )
    return fidelity


class _Quiet:
    """Notes nobody reads: the comparison only needs the rows."""

    def add(self, *_args, **_kwargs) -> None:
        pass

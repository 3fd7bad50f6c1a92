"""The small project of tests/ui/helpers.py with a security audit on its Launch milestone: 1 pass, 1 fail, 1 open."""

from __future__ import annotations

from datetime import datetime

from planner.core.quality.entities import Checklist, ChecklistItem, CheckResult
from planner.store.projectfile import ProjectFile

from ..helpers import small_project

LAUNCH = 5  # the milestone of small_project()


def gate_project_file(folder):
    project = small_project()
    project.status_date = datetime(2027, 1, 8, 17, 0)
    project.checklists[1] = Checklist(1, "Security audit", task_id=LAUNCH, standard="ISO/IEC 27001:2022")
    for uid, (reference, result) in enumerate(
        (("A.5.15", CheckResult.PASS), ("A.8.8", CheckResult.FAIL), ("A.8.24", CheckResult.OPEN)), start=1
    ):
        project.checklist_items[uid] = ChecklistItem(uid, 1, f"Control {reference}", reference, result, position=uid)
    path = folder / "gate.plandb"
    ProjectFile.create(path, project).close()
    return path

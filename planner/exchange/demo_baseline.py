"""The demo's Baseline (0), saved at kick-off: the plan as it stood before any progress.

The demo's progress up to its status date then reads against it as a real project would:
a little behind (SPI below 1), which is what a steering committee asks about.
"""

from __future__ import annotations

from dataclasses import replace

from planner.core.edits.baseline_edits import save_baseline
from planner.core.edits.edit import apply_edit
from planner.core.model.entities import Project
from planner.core.schedule.engine import schedule

KICK_OFF_NAME = "Kick-off"


def add_kick_off_baseline(project: Project) -> None:
    """Save Baseline (0) of `project` as planned at its start (progress and status date left out)."""
    planned = replace(
        project,
        status_date=None,
        tasks={
            uid: replace(task, percent_complete=0.0, actual_start=None, actual_finish=None)
            for uid, task in project.tasks.items()
        },
    )
    edit = save_baseline(schedule(planned), 0, project.start, name=KICK_OFF_NAME)
    apply_edit(project, edit)

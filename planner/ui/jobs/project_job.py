"""A job that computes an edit of the open project (levelling, what-if rescheduling) off the UI thread.

The worker gets a deep copy of the project taken when the job starts: an immutable
snapshot that later edits in the window cannot change under it (Calligra Plan
schedules on a private copy for the same reason). Its result is one Edit, pushed on
the undo stack through the session's one runner, so one Ctrl+Z takes it back. If the
user changed the same things meanwhile, the document refuses the now stale edit and
the refusal is reported, with nothing changed.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from planner.core.edits.edit import Edit
from planner.core.model.entities import Project
from planner.core.progress import CancelCheck, Progress
from planner.ui.jobs.runner import Job, JobRunner, Report
from planner.ui.session import Session

Compute = Callable[[Project, Progress, CancelCheck], Edit | None]


def start_project_job(runner: JobRunner, session: Session, name: str, compute: Compute, report: Report) -> bool:
    """Run `compute` on a snapshot of the project; push the Edit it returns as one undo step."""
    snapshot = copy.deepcopy(session.project)

    def work(progress: Progress, cancelled: CancelCheck) -> Edit | None:
        return compute(snapshot, progress, cancelled)

    def done(edit: Edit | None) -> None:
        if edit is None or not edit.changes:
            report(f"{name}: nothing to change", False)
        elif session.attempt(lambda _project: edit, lambda text: report(f"{name}: {text}", True)) is not None:
            report(f"{name}: done (Ctrl+Z takes it back)", False)

    return runner.start(Job(name, work, done))

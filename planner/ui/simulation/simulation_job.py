"""Running a simulation in the job runner: on a snapshot of the project in the worker thread,
with progress and Cancel; the outcome comes back as one edit (Ctrl+Z takes it back)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import datetime

from planner.core.progress import CancelCheck, JobSteps, Progress
from planner.core.risk.simulation_results import record_simulation
from planner.core.schedule.scheduler import Scheduler
from planner.exchange.simulation_report import run_simulation
from planner.ui.jobs.runner import Job, JobRunner
from planner.ui.session import Session

JOB_NAME = "Simulating"


def start_simulation(
    runner: JobRunner, session: Session, runs: int, seed: int, report: Callable[[str, bool], None]
) -> bool:
    """Start the job; False when another job is running (the runner says so)."""
    snapshot = copy.deepcopy(session.project)

    def work(progress: Progress, cancelled: CancelCheck):
        steps = JobSteps(progress, cancelled, "The simulation")
        return run_simulation(Scheduler(snapshot), runs, seed, steps)

    def done(outcome) -> None:
        edit = session.attempt(
            lambda project: record_simulation(project, outcome, datetime.now()),
            lambda why: report(f"The simulation could not be kept: {why}", True),
        )
        if edit is not None:
            report(f"Simulated {runs:,} runs (Ctrl+Z takes the result back)", False)

    return runner.start(Job(f"{JOB_NAME} {runs:,} runs", work, done))

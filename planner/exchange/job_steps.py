"""A long exchange job's progress and cancel hooks, as the window's job runner passes them.

    progress(done, total)  told how far the job is (done of total steps; total is fixed)
    cancelled() -> bool    asked between steps; True stops the job with core's Cancelled

Either may be None (the command line passes neither). Steps are thousandths of the
job, so the runner needs no knowledge of what the job does between them.
"""

from __future__ import annotations

from collections.abc import Callable

from planner.core.errors import Cancelled
from planner.core.progress import CancelCheck as IsCancelled
from planner.core.progress import Progress

TOTAL = 1000


class JobSteps:
    """Reports the fraction of a job done and stops it when the user has cancelled."""

    def __init__(
        self, progress: Progress | None = None, cancelled: IsCancelled | None = None, job: str = "the job"
    ) -> None:
        self.progress, self.cancelled, self.job = progress, cancelled, job
        self.done = -1

    def at(self, fraction: float) -> None:
        """The job has reached `fraction` (0 to 1); raise Cancelled if the user asked to stop."""
        if self.cancelled is not None and self.cancelled():
            raise Cancelled(f"{self.job} cancelled; nothing was written")
        done = min(TOTAL, max(0, int(fraction * TOTAL)))
        if self.progress is not None and done != self.done:
            self.done = done
            self.progress(done, TOTAL)

    def within(self, low: float, high: float) -> Callable[[int, int], None]:
        """A hook for part of the job running from `low` to `high`: called with (items done, items in all)."""

        def step(count: int, of: int) -> None:
            self.at(low + (high - low) * (count / of if of else 1.0))

        return step

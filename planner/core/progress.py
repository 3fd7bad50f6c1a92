"""How a long job reports progress and learns it was cancelled, without knowing who asks.

A job (an import, a copy, later levelling or Monte Carlo) takes `progress(done,
total)` and `cancelled()`; the window's job runner passes callables that cross to
the UI thread, the CLI passes nothing. A job that finds `cancelled()` true raises
Cancelled before it has written anything, so a cancelled job leaves no trace.
"""

from __future__ import annotations

from collections.abc import Callable

from planner.core.errors import Cancelled

__all__ = ["TOTAL", "CancelCheck", "Cancelled", "JobSteps", "Progress", "check", "never_cancelled", "no_progress"]

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


def no_progress(_done: int, _total: int) -> None:
    """The progress of a job nobody watches (the CLI)."""


def never_cancelled() -> bool:
    return False


def check(cancelled: CancelCheck, what: str) -> None:
    """Raise Cancelled if the user asked to stop; `what` names the job in the message."""
    if cancelled():
        raise Cancelled(f"{what} cancelled; nothing was written")


TOTAL = 1000


class JobSteps:
    """Reports the fraction of a job done and stops it when the user has cancelled."""

    def __init__(
        self, progress: Progress | None = None, cancelled: CancelCheck | None = None, job: str = "the job"
    ) -> None:
        self.progress, self.cancelled, self.job = progress, cancelled, job
        self.done = -1

    def at(self, fraction: float) -> None:
        """The job has reached `fraction` (0 to 1); raise Cancelled if the user asked to stop."""
        if self.cancelled is not None:
            check(self.cancelled, self.job)
        done = min(TOTAL, max(0, int(fraction * TOTAL)))
        if self.progress is not None and done != self.done:
            self.done = done
            self.progress(done, TOTAL)

    def within(self, low: float, high: float) -> Callable[[int, int], None]:
        """A hook for part of the job running from `low` to `high`: called with (items done, items in all)."""

        def step(count: int, of: int) -> None:
            self.at(low + (high - low) * (count / of if of else 1.0))

        return step

"""How a long job reports progress and learns it was cancelled, without knowing who asks.

A job (an import, a copy, later levelling or Monte Carlo) takes `progress(done,
total)` and `cancelled()`; the window's job runner passes callables that cross to
the UI thread, the CLI passes nothing. A job that finds `cancelled()` true raises
Cancelled before it has written anything, so a cancelled job leaves no trace.
"""

from __future__ import annotations

from collections.abc import Callable

from planner.core.errors import Cancelled

__all__ = ["CancelCheck", "Cancelled", "Progress", "check", "never_cancelled", "no_progress"]

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

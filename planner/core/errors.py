"""Errors the core raises; each carries a message fit to show a user as it is."""


class PlannerError(Exception):
    """Base of every error Planner reports to the user in one line."""


class InputError(PlannerError, ValueError):
    """A value typed or imported by the user cannot be understood."""


class StaleEdit(PlannerError):
    """An edit was built against the project as it was, and the project has changed since."""


class SchedulingError(PlannerError):
    """The project cannot be scheduled as it stands."""


class CycleError(SchedulingError):
    """The links form a loop; `cycle` lists the task ids in it, in order."""

    def __init__(self, message: str, cycle: list[int]) -> None:
        super().__init__(message)
        self.cycle = cycle


class Cancelled(PlannerError):
    """A long job stopped because its user asked it to (the job runner's Cancel); nothing was changed.

    A PlannerError so that code which catches those stays safe, but a caller that
    offers Cancel catches it first: stopping on request is not a failure to report.
    """

    def __init__(self, message: str = "cancelled") -> None:
        super().__init__(message)

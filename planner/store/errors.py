"""Why a project file cannot be opened, each a one-line message for the user."""

from planner.core.errors import PlannerError


class FileProblem(PlannerError):
    """A project file cannot be opened or written; nothing was written to it."""


class FileMissing(FileProblem):
    pass


class NotAPlannerFile(FileProblem):
    pass


class CorruptFile(FileProblem):
    pass


class NewerFile(FileProblem):
    pass


class ReadOnlyFile(FileProblem):
    pass


class FileInUse(FileProblem):
    pass


class ChangedSchema(FileProblem):
    """A table or column Planner needs was dropped by another tool."""


class BadData(FileProblem):
    """A row holds what Planner never writes (an unknown enum, a date with a time zone, ...)."""


class Repairable(BadData):
    """Rows refer to rows that are gone (a link to a deleted task); dropping them repairs the file."""

    def __init__(self, message: str, rows: list) -> None:
        super().__init__(message)
        self.rows = rows  # planner.store.references.Dangling

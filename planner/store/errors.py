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

"""Why a project file cannot be opened or written, each a one-line message for the user.

`failure_line` is the one wording of a failure that the CLI prints and the window
shows, so the two always say the same thing about the same file.
"""

from __future__ import annotations

import sqlite3

from planner.core.errors import PlannerError

LONGEST_LINE = 400  # characters; a message longer than this is cut, never wrapped


class FileProblem(PlannerError):
    """A project file cannot be opened or written; nothing was written to it."""


class FileMissing(FileProblem):
    pass


class NotAPlannerFile(FileProblem):
    pass


class NotARegularFile(NotAPlannerFile):
    """A folder, a pipe, a device or a socket: refused before it is opened, so nothing blocks."""


class CorruptFile(FileProblem):
    pass


class StrayJournal(FileProblem):
    """A rollback journal or WAL file beside the project that does not belong to it."""


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


class WriteFailed(FileProblem):
    """A new file (or a copy) could not be written: no space, no permission, no such folder."""


def one_line(text: str) -> str:
    """`text` as a single line of bounded length: line breaks become spaces, the tail is cut."""
    line = " ".join(str(text).split())
    return line if len(line) <= LONGEST_LINE else line[: LONGEST_LINE - 1] + "…"


def os_reason(error: OSError) -> str:
    """What the operating system said, without Python's "[Errno 28]" decoration."""
    return error.strerror or str(error) or type(error).__name__


def describe_failure(error: BaseException, doing: str) -> str:
    """The one line that says what went wrong while `doing` (e.g. "reading plan.plandb").

    Both the CLI (after "planner: error: ") and the window's message box show it, so
    a file gets the same words in both. An error nobody foresaw is called a bug.
    """
    if isinstance(error, PlannerError):
        return one_line(str(error))
    if isinstance(error, OSError):
        where = f"{error.filename}: " if error.filename else ""
        return one_line(f"{where}{os_reason(error)}")
    if isinstance(error, sqlite3.Error):
        return one_line(f"while {doing}: {error}")
    return one_line(f"internal error while {doing}: {type(error).__name__}: {error}; please report it")


def is_foreseen(error: BaseException) -> bool:
    return isinstance(error, PlannerError | OSError | sqlite3.Error)


def failure_line(error: BaseException, doing: str) -> str:
    """The CLI's line for `error`, after "planner: "."""
    text = describe_failure(error, doing)
    return f"error: {text}" if is_foreseen(error) else text

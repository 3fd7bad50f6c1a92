"""A new project file written as a long job (File > Import): nothing appears if it is cancelled.

The file is written whole under a temporary name and renamed over `path` only if
the user has not cancelled by then, so a cancelled import never replaces a file
the user chose to overwrite.
"""

from __future__ import annotations

import os
from pathlib import Path

from planner.core.model.entities import Project
from planner.core.progress import CancelCheck, check, never_cancelled
from planner.store.projectfile import ProjectFile


def create_project_file(path: Path | str, project: Project, cancelled: CancelCheck = never_cancelled) -> Path:
    """Write `project` as the file `path` (replacing it); raises Cancelled with nothing written."""
    path = Path(path)
    what = f"Writing {path.name}"
    check(cancelled, what)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.new")
    try:
        ProjectFile.create(temporary, project, overwrite=True).close()
        check(cancelled, what)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return path

"""The workbook's document properties, which Excel shows under File > Info and a file manager indexes:
title (the project), subject (with the status date), author, created."""

from __future__ import annotations

import getpass
from datetime import datetime

from openpyxl import Workbook

from planner.core.model.entities import Project


def author(project: Project) -> str:
    """The project's author or manager when the file keeps one, else the user exporting it."""
    for field in ("author", "manager"):
        value = getattr(project, field, "")
        if isinstance(value, str) and value.strip():
            return value.strip()
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in this environment
        return "Planner"


def set_properties(book: Workbook, project: Project, now: datetime | None = None) -> None:
    props = book.properties
    props.title = project.name
    status = f", status date {project.status_date:%Y-%m-%d}" if project.status_date else ""
    props.subject = f"Project status workbook{status}"
    props.creator = author(project)
    props.lastModifiedBy = props.creator
    props.created = props.modified = (now or datetime.now()).replace(microsecond=0)
    props.keywords = "project status; Planner"

"""The project files Planner reads and writes besides its own, chosen by the file's suffix.

One registry for each direction, so that the command line (`planner import`, `planner
export`) and the window (File > Import, File > Export) offer the same formats without
knowing them: an area that reads or writes a format adds one entry here. Entries name
their function as "module:function" and are imported only when used, so the window opens
without openpyxl or an XML parser.

An importer is `read(source: Path, steps: JobSteps) -> ProjectImport`; what it could not
carry goes in `not_carried`, one line each, shown to the user (never silently dropped).
An exporter is `write(schedule: Schedule, target: Path, steps: JobSteps) -> list[str] | None`; it is
given a temporary file beside the target, which replaces the target only when the whole
file is written, so a cancelled or failed export leaves no file and an old one untouched.
What the format could not hold it returns, one line each (None: nothing lost), and
`export_project` hands the lines to its caller's `not_carried` list to show the user.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from planner.core.errors import InputError
from planner.core.progress import CancelCheck, JobSteps, Progress

if TYPE_CHECKING:
    from planner.core.model.project import Project
    from planner.core.schedule.result import Schedule


@dataclass(frozen=True)
class Format:
    """A kind of file: its suffix, the name a file dialog shows, and the function that does the work."""

    suffix: str  # ".xml", lower case
    label: str  # "MS Project XML"
    function: str  # "planner.exchange.mspdi.reader:read_mspdi"
    menu_text: str = ""  # File menu text of an exporter, "Export to &Excel…"

    def load(self) -> Callable:
        module, name = self.function.split(":")
        return getattr(importlib.import_module(module), name)

    @property
    def pattern(self) -> str:
        """The file dialog filter of this format: "MS Project XML (*.xml)"."""
        return f"{self.label} (*{self.suffix})"


@dataclass
class ProjectImport:
    """A project read from another tool's file, and what of that file it could not carry."""

    project: Project
    not_carried: list[str] = field(default_factory=list)


# One line per format; keep each list in the order a file dialog should offer them.
IMPORTERS: tuple[Format, ...] = (
    Format(".xml", "MS Project XML", "planner.exchange.mspdi.reader:read_mspdi"),
    Format(".gan", "GanttProject", "planner.exchange.ganttproject.reader:read_gan"),
    Format(".planner", "GNOME Planner", "planner.exchange.gnome_planner.reader:read_planner"),
)
EXPORTERS: tuple[Format, ...] = (
    Format(".xlsx", "Excel workbook", "planner.exchange.workbook.book:write_workbook", "Export to &Excel…"),
    Format(".xml", "MS Project XML", "planner.exchange.mspdi_export.writer:write_mspdi", "Export to MS Project &XML…"),
)


class UnknownFormat(InputError):
    """A file whose suffix no importer or exporter takes."""


def _find(formats: tuple[Format, ...], path: Path, verb: str) -> Format:
    suffix = path.suffix.lower()
    for entry in formats:
        if entry.suffix == suffix:
            return entry
    known = ", ".join(f"{f.suffix} ({f.label})" for f in formats) or "none yet"
    what = suffix or "a file without a suffix"
    raise UnknownFormat(f"{path.name}: Planner cannot {verb} {what}; it can {verb} {known}")


def importer_for(source: Path) -> Format | None:
    """The importer of a whole project file such as MS Project XML, or None (a task list or unknown)."""
    suffix = source.suffix.lower()
    return next((entry for entry in IMPORTERS if entry.suffix == suffix), None)


def import_project(
    source: Path, progress: Progress | None = None, cancelled: CancelCheck | None = None
) -> ProjectImport:
    """Read another tool's project file; InputError (one line) if it cannot be read."""
    entry = _find(IMPORTERS, source, "import")
    if not source.is_file():
        raise InputError(f"{source}: there is no such file")
    return entry.load()(source, JobSteps(progress, cancelled, f"Importing {source.name}"))


def export_project(
    schedule: Schedule,
    target: Path,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    not_carried: list[str] | None = None,
) -> Path:
    """Write the scheduled project to `target` in the format its suffix names, all or nothing;
    what the format could not hold is added to `not_carried`."""
    entry = _find(EXPORTERS, target, "export to")
    if not target.parent.is_dir():
        raise InputError(f"{target.parent}: there is no such folder")
    partial = target.with_name(f".{target.name}.partial")
    try:
        lost = entry.load()(schedule, partial, JobSteps(progress, cancelled, f"Exporting {target.name}"))
        os.replace(partial, target)
        if not_carried is not None:
            not_carried.extend(lost or ())
    finally:
        partial.unlink(missing_ok=True)
    return target

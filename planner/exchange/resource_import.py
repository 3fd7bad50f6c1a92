"""Import a resource list from .csv or .xlsx in the columns MS Project's resource export writes.

Columns (any subset but Name, headers matched case-insensitively): Name, Type, Material
Label, Initials, Group, Max Units, Std. Rate, Ovt. Rate, Cost/Use, Accrue At, Base
Calendar, Email (or Email Address), plus Role and Notes. ID and Unique ID are read past;
other columns are skipped with a warning.

A resource list comes as a file of its own (`planner import tasks.csv --resources
team.csv`) or as the "Resources" sheet of the task workbook (MS Project names it
Resource_Table1). Every row is checked as the resource sheet checks a typed cell
(core.team.resource_fields), every problem is reported with its row number, and a
list with any problem adds nobody: the caller writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from planner.core.errors import InputError
from planner.core.model.entities import Project, Resource
from planner.core.team import resource_fields
from planner.core.team.rates import parse_amount, parse_rate
from planner.exchange.sheet_cells import Cell, cell_text, column_letter
from planner.exchange.sheet_read import RESOURCE_SHEET_NAMES, Sheet, has_worksheet, read_sheet

COLUMNS = {
    "name": "name",
    "resource name": "name",
    "type": "kind",
    "material label": "material_label",
    "initials": "initials",
    "group": "group",
    "max units": "max_units",
    "max. units": "max_units",
    "std. rate": "standard_rate",
    "standard rate": "standard_rate",
    "ovt. rate": "overtime_rate",
    "overtime rate": "overtime_rate",
    "cost/use": "cost_per_use",
    "cost per use": "cost_per_use",
    "accrue at": "accrue_at",
    "base calendar": "calendar",
    "email": "email",
    "email address": "email",
    "role": "role",
    "notes": "notes",
}
READ_PAST = {"id", "unique id", "indicators"}
STANDARD = "standard"  # MS Project's base calendar: the project's calendar here, whatever it is named


@dataclass
class ResourceRows:
    """What a resource list gave: the resources of its good rows and what is wrong with the rest."""

    source: str  # the file's name, or "Resources" for the workbook's sheet
    resources: list[Resource] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)  # (row number, message)

    def messages(self) -> list[str]:
        return [f"{self.source} row {row}: {message}" for row, message in self.problems]


def workbook_has_resources(path: Path) -> bool:
    return has_worksheet(path, RESOURCE_SHEET_NAMES)


def read_resources(path: Path, project: Project, label: str | None = None) -> ResourceRows:
    """Read a resource list (a file, or a workbook's Resources sheet) against `project`'s calendars.

    The resources get Unique IDs after the project's own; nothing is added to the project.
    Raises InputError only when the file as a whole cannot be used.
    """
    sheet = read_sheet(path, names=RESOURCE_SHEET_NAMES, what="resources")
    result = ResourceRows(label or path.name)
    index = _map_columns(sheet, result.warnings)
    if "name" not in index:
        found = ", ".join(repr(h) for h in sheet.header if h) or "none"
        raise InputError(f"{result.source} has no Name column (the columns found are {found}); is row 1 the header?")
    trial = Project(project.name, project.start, units=project.units, currency=project.currency)
    trial.calendars, trial.calendar_id = project.calendars, project.calendar_id
    trial.resources = dict(project.resources)
    next_id = max(project.resources, default=0) + 1
    seen: dict[str, int] = {}  # name -> its row, bad rows too: a name is given once in a list
    for number, cells in sheet.rows:
        problems: list[str] = []
        resource = _resource(trial, next_id, cells, index, problems)
        name = " ".join(cell_text(cells[index["name"]]).split()).casefold() if index["name"] < len(cells) else ""
        if name in seen and not any("already a resource" in p for p in problems):
            problems.insert(0, f"the name is on row {seen[name]} already")
        seen.setdefault(name, number)
        if problems:
            result.problems += [(number, p) for p in problems]
            continue
        trial.resources[next_id] = resource
        result.resources.append(resource)
        next_id += 1
    return result


def read_team(project: Project, tasks: Path, resources: Path | None) -> ResourceRows | None:
    """The resource list of a task import: the file given, else the workbook's Resources sheet, else none."""
    if resources is not None:
        return read_resources(resources, project)
    if workbook_has_resources(tasks):
        return read_resources(tasks, project, "Resources")
    return None


def add_resources(project: Project, rows: ResourceRows) -> None:
    """Put the list's resources into a project being built (an import; not an edit)."""
    for resource in rows.resources:
        project.resources[resource.id] = resource


def _map_columns(sheet: Sheet, warnings: list[str]) -> dict[str, int]:
    index: dict[str, int] = {}
    for position, title in enumerate(sheet.header):
        key = " ".join(title.lower().split())
        name = COLUMNS.get(key)
        if not title or key in READ_PAST:
            continue
        if name is None:
            warnings.append(f"resource column {title!r} is not imported; skipped")
        elif name in index:
            warnings.append(f"resource column {title!r} appears twice; column {column_letter(position)} is skipped")
        else:
            index[name] = position
    return index


def _resource(project: Project, uid: int, cells: list[Cell], index: dict[str, int], problems: list[str]) -> Resource:
    def text(name: str) -> str:
        position = index.get(name)
        return cell_text(cells[position]) if position is not None and position < len(cells) else ""

    def cell(name: str) -> Cell:
        position = index.get(name)
        return cells[position] if position is not None and position < len(cells) else Cell()

    resource = Resource(uid, "")
    fields: dict[str, object] = {}
    for name, read in (
        ("name", lambda: resource_fields.check_name(project, None, text("name"))),
        ("kind", lambda: resource_fields.parse_kind(text("kind") or "work")),
        ("max_units", lambda: _max_units(cell("max_units"))),
        ("accrue_at", lambda: resource_fields.parse_accrual(text("accrue_at") or "prorated")),
        ("email", lambda: resource_fields.parse_email(text("email"))),
        ("calendar_id", lambda: _calendar(project, text("calendar"))),
        ("cost_per_use", lambda: parse_amount(text("cost_per_use")) if text("cost_per_use") else 0.0),
    ):
        try:
            fields[name] = read()
        except InputError as problem:
            problems.append(str(problem))
    for name in ("initials", "group", "role", "notes", "material_label"):
        fields[name] = " ".join(text(name).split()) if name != "notes" else text(name)
    material = fields.get("kind") == "material"
    for name, label in (("standard_rate", "standard rate"), ("overtime_rate", "overtime rate")):
        typed = text(name)
        try:
            if not typed:
                fields[name], fields[f"{name}_unit"] = 0.0, "h"
            elif material:  # a price per unit of the material
                fields[name], fields[f"{name}_unit"] = parse_amount(typed, label), "h"
            else:
                fields[name], fields[f"{name}_unit"] = parse_rate(typed, project.units, "h", label)
        except InputError as problem:
            problems.append(str(problem))
    if problems:
        return resource
    return Resource(uid, **fields)  # type: ignore[arg-type]


def _max_units(cell: Cell) -> float:
    """`100%` typed, or a number: Excel's percent format keeps 1 for 100%; a bare number elsewhere is percent."""
    if cell.blank:
        return 1.0
    if isinstance(cell.value, int | float) and not isinstance(cell.value, bool):
        value = float(cell.value)
        return resource_fields.check_max_units(value if cell.percent else value / 100)
    return resource_fields.parse_max_units(cell_text(cell))


def _calendar(project: Project, name: str) -> int | None:
    if not name or name.strip().casefold() == STANDARD:
        return None
    return resource_fields.calendar_by_name(project, name)

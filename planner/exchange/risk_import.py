"""A risk register from a CSV or XLSX sheet, added to a project in one edit, or not at all.

The header names the columns (any order, any case; common synonyms understood).
Only Title is required; a generic Impact column gives the impact on schedule, cost,
scope and quality wherever the sheet has no column of its own for them. Every cell
is read as the register's cell would read it (core.risk.values), and every problem
of every row is reported by its spreadsheet row number; with any problem nothing
is added. Owners are the project's resources (by name or initials), linked tasks
their IDs (row numbers); a category not in the list yet is added to it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from planner.core.edits.edit import Change, Edit, Put
from planner.core.errors import InputError
from planner.core.model.entities import Project
from planner.core.risk import values as v
from planner.core.risk.edits import check_risk
from planner.core.risk.entities import (
    IMPACT_DIMENSIONS,
    Response,
    Risk,
    RiskCategory,
    RiskKind,
    RiskScore,
    RiskStatus,
    RiskTask,
)
from planner.core.risk.scoring import impact
from planner.core.risk.typed import category_named, owner_named, task_ids_of
from planner.exchange.sheet_cells import Cell, cell_text
from planner.exchange.sheet_read import read_sheet

# Header text (lower case, single spaces) -> field of the row
HEADERS = {
    "title": "title", "risk": "title", "risk title": "title", "name": "title",
    "category": "category", "kind": "kind", "type": "kind",
    "cause": "cause", "event": "event", "description": "event", "risk event": "event", "effect": "effect",
    "probability": "probability", "likelihood": "probability", "probability %": "probability",
    "impact": "impact",
    "schedule impact": "impact_schedule", "cost impact": "impact_cost",
    "scope impact": "impact_scope", "quality impact": "impact_quality",
    "cost amount": "cost_impact", "cost": "cost_impact", "amount": "cost_impact", "cost exposure": "cost_impact",
    "delay": "schedule_impact_minutes", "schedule delay": "schedule_impact_minutes",
    "owner": "owner", "risk owner": "owner",
    "response": "response", "strategy": "response", "response plan": "response_plan",
    "contingency plan": "contingency_plan", "contingency": "contingency_plan", "trigger": "trigger",
    "status": "status", "identified": "identified", "date identified": "identified",
    "review": "review", "review date": "review", "next review": "review", "closed": "closed",
    "residual probability": "residual_probability", "residual impact": "residual_impact",
    "notes": "notes", "comments": "notes", "tasks": "tasks", "linked tasks": "tasks",
}  # fmt: skip
TEXTS = ("cause", "event", "effect", "response_plan", "contingency_plan", "trigger", "notes")


class RegisterError(InputError):
    """A register sheet with problems; str() is a one-line summary, `problems` every row's."""

    def __init__(self, problems: list[str]) -> None:
        count = len(problems)
        super().__init__(f"{count} problem{'s' * (count != 1)} in the register; nothing was imported")
        self.problems = problems


def read_register(path: Path | str, project: Project, today: date) -> Edit:
    """The edit adding every risk of the sheet at `path`; RegisterError (nothing added) if any row is bad."""
    try:
        sheet = read_sheet(Path(path))
    except InputError as error:  # the sheet reader speaks of task lists; here it reads a register
        words = str(error).replace("task list", "register").replace("no tasks", "no risks")
        raise InputError(words) from None
    columns: dict[str, int] = {}
    for index, title in enumerate(sheet.header):
        field = HEADERS.get(" ".join(title.lower().split()))
        if field is not None and field not in columns:
            columns[field] = index
    if "title" not in columns:
        raise InputError(f"{Path(path).name}: no Title column (the header row needs one: Title or Risk)")
    building = _Building(project, today)
    problems: list[str] = []
    for number, cells in sheet.rows:
        row = {field: cell_text(cells[i]) if i < len(cells) else "" for field, i in columns.items()}
        raw = {field: cells[i] if i < len(cells) else Cell() for field, i in columns.items()}
        try:
            building.add(row, raw)
        except InputError as error:
            problems.append(f"row {number}: {error}")
    if problems:
        raise RegisterError(problems)
    count = len(building.risks)
    return Edit(f"Import {count} risk{'s' * (count != 1)}", tuple(building.changes))


class _Building:
    """The puts of an import as they are built: Unique IDs handed out in turn, new categories once."""

    def __init__(self, project: Project, today: date) -> None:
        self.project, self.today = project, today
        self.changes: list[Change] = []
        self.risks: list[Risk] = []
        self.categories: dict[str, RiskCategory] = {}
        self.next = {t: project.next_id(t) for t in ("risks", "risk_history", "risk_tasks", "risk_categories")}

    def take(self, table: str) -> int:
        uid = self.next[table]
        self.next[table] += 1
        return uid

    def add(self, row: dict[str, str], raw: dict[str, Cell]) -> None:
        fields = _fields(self.project, row, raw)
        new_category = None
        name = " ".join(row.get("category", "").split())
        if name:
            found = category_named(self.project, name) or self.categories.get(name.lower())
            if found is None:
                found = new_category = RiskCategory(self.next["risk_categories"], name)
            fields["category_id"] = found.id
        tasks = task_ids_of(self.project, row.get("tasks", ""))
        risk = Risk(self.next["risks"], **fields)
        check_risk(risk)
        if risk.identified is None:
            risk = replace(risk, identified=self.today)
        if new_category is not None:  # only now that the row is good
            self.categories[name.lower()] = new_category
            self.take("risk_categories")
            self.changes.append(Put("risk_categories", None, new_category))
        self.take("risks")
        self.risks.append(risk)
        self.changes.append(Put("risks", None, risk))
        score = RiskScore(self.take("risk_history"), risk.id, risk.identified or self.today, risk.probability,
                          impact(risk), risk.residual_probability, risk.residual_impact)  # fmt: skip
        self.changes.append(Put("risk_history", None, score))
        for task_id in dict.fromkeys(tasks):
            self.changes.append(Put("risk_tasks", None, RiskTask(self.take("risk_tasks"), risk.id, task_id)))


def _probability(cell: Cell, text: str, what: str) -> float:
    """An Excel cell formatted as a percentage holds 0.3 for 30%; text is read as typed."""
    if isinstance(cell.value, int | float) and not isinstance(cell.value, bool) and cell.percent:
        return v.parse_probability(f"{cell.value * 100:g}%", what)
    return v.parse_probability(text, what)


def _fields(project: Project, row: dict[str, str], raw: dict[str, Cell]) -> dict[str, Any]:
    """The Risk fields a row gives; InputError names the first that cannot be read."""
    title = row["title"].strip()
    if not title:
        raise InputError("the risk has no title")
    fields: dict[str, Any] = {"title": title}
    kind = v.parse_kind(row["kind"]) if row.get("kind") else RiskKind.THREAT
    fields["kind"] = kind
    fields.update({f: row[f] for f in TEXTS if row.get(f)})
    if row.get("probability"):
        fields["probability"] = _probability(raw["probability"], row["probability"], "probability")
    generic = v.parse_level(row["impact"], "impact") if row.get("impact") else None
    for dimension in IMPACT_DIMENSIONS:
        field = f"impact_{dimension.value}"
        if row.get(field):
            fields[field] = v.parse_level(row[field], f"{dimension.value} impact")
        elif generic is not None:
            fields[field] = generic
    if row.get("cost_impact"):
        fields["cost_impact"] = v.parse_amount(row["cost_impact"], "cost", project.currency)
    if row.get("schedule_impact_minutes"):
        fields["schedule_impact_minutes"] = v.parse_delay(row["schedule_impact_minutes"], project.units, "delay")
    if row.get("owner"):
        fields["owner_id"] = owner_named(project, row["owner"])
    if row.get("response"):
        fields["response"] = v.parse_response(row["response"], kind)
    elif kind is RiskKind.OPPORTUNITY:
        fields["response"] = Response.ACCEPT
    if row.get("status"):
        fields["status"] = v.parse_status(row["status"])
    for field, what in (("identified", "identified date"), ("review", "review date"), ("closed", "closed date")):
        if row.get(field):
            fields[field] = v.parse_optional_day(row[field], what)
    if fields.get("status") is RiskStatus.CLOSED and fields.get("closed") is None:
        fields["closed"] = fields.get("identified")
    if row.get("residual_probability"):
        fields["residual_probability"] = _probability(
            raw["residual_probability"], row["residual_probability"], "residual probability"
        )
    if row.get("residual_impact"):
        fields["residual_impact"] = v.parse_level(row["residual_impact"], "residual impact")
    return fields

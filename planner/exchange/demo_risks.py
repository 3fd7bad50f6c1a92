"""The demo's risk register, read from `resources/demo/portal-risks.toml` (its header gives the schema).

Every value is read as the register reads a typed one (core.risk.values), so a
mistake in the file is reported with the risk it is in. The score history is the
file's earlier reviews, then the current scores from the last review day before the
status date, so the trend chart shows the weeks up to the status date.
"""

from __future__ import annotations

import tomllib
from datetime import date, timedelta
from importlib.resources import files
from typing import Any

from planner.core.errors import InputError
from planner.core.model.entities import Project
from planner.core.risk import values as v
from planner.core.risk.edits import check_risk
from planner.core.risk.entities import IMPACT_DIMENSIONS, Risk, RiskCategory, RiskScore, RiskTask
from planner.core.risk.scoring import impact

DEMO_RISKS_FILE = "portal-risks.toml"
RISK_KEYS = {
    "id", "title", "category", "kind", "cause", "event", "effect", "probability", "impact", "cost_impact",
    "delay", "owner", "response", "response_plan", "contingency_plan", "trigger", "status", "identified",
    "review", "closed", "residual", "tasks", "response_tasks", "history", "notes",
}  # fmt: skip
TEXT_KEYS = ("cause", "event", "effect", "response_plan", "contingency_plan", "trigger", "notes")


def add_demo_risks(project: Project) -> None:
    """Put the demo register into the demo project (built fresh, so rows go straight into its tables)."""
    source = files("planner.resources") / "demo" / DEMO_RISKS_FILE
    add_risks_from_toml(project, source.read_text(encoding="utf-8"), DEMO_RISKS_FILE)


def add_risks_from_toml(project: Project, text: str, source: str = DEMO_RISKS_FILE) -> None:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise InputError(f"{source}: not valid TOML: {error}") from None
    categories = {}
    for index, name in enumerate(data.get("categories", []), start=1):
        categories[name] = project.risk_categories[index] = RiskCategory(index, name)
    for row in data.get("risks", []):
        where = f"{source}: risk {row.get('id', '?')}"
        try:
            risk = _risk(project, row, categories)
        except InputError as error:
            raise InputError(f"{where}: {error}") from None
        project.risks[risk.id] = risk
        _links(project, risk, row, where)
        _history(project, risk, row, where)


def _risk(project: Project, row: dict[str, Any], categories: dict[str, RiskCategory]) -> Risk:
    unknown = sorted(set(row) - RISK_KEYS)
    if unknown:
        raise InputError(f"unknown key {unknown[0]!r}")
    if row.get("category") not in categories:
        raise InputError(f"category {row.get('category')!r} is not in the categories list")
    kind = v.parse_kind(row.get("kind", "threat"))
    impacts = row.get("impact", {})
    fields: dict[str, Any] = {f"impact_{d.value}": v.parse_level(impacts.get(d.value, 1), f"{d} impact")
                              for d in IMPACT_DIMENSIONS}  # fmt: skip
    fields.update({key: row[key] for key in TEXT_KEYS if key in row})
    residual = row.get("residual", {})
    risk = Risk(
        id=row["id"],
        title=row["title"],
        kind=kind,
        category_id=categories[row["category"]].id,
        probability=v.parse_probability(row["probability"]),
        cost_impact=v.parse_amount(row.get("cost_impact", 0)),
        schedule_impact_minutes=v.parse_delay(row.get("delay", ""), project.units),
        owner_id=_owner(project, row["owner"]),
        response=v.parse_response(row["response"], kind),
        status=v.parse_status(row.get("status", "open")),
        identified=row["identified"],
        review=row.get("review"),
        closed=row.get("closed"),
        residual_probability=v.parse_probability(residual["probability"]) if "probability" in residual else None,
        residual_impact=v.parse_level(residual["impact"], "residual impact") if "impact" in residual else None,
        **fields,
    )
    check_risk(risk)
    return risk


def _owner(project: Project, initials: str) -> int:
    for resource in project.resources.values():
        if resource.initials.upper() == initials.upper():
            return resource.id
    raise InputError(f"owner {initials!r} is not the initials of a resource of portal.toml")


def _links(project: Project, risk: Risk, row: dict[str, Any], where: str) -> None:
    for key, response in (("tasks", False), ("response_tasks", True)):
        for task_id in row.get(key, []):
            if task_id not in project.tasks:
                raise InputError(f"{where}: {key} names task {task_id}, which portal.toml does not have")
            uid = len(project.risk_tasks) + 1
            project.risk_tasks[uid] = RiskTask(uid, risk.id, task_id, response)


def _history(project: Project, risk: Risk, row: dict[str, Any], where: str) -> None:
    """The file's earlier scores, then the current ones as of the last review before the status date."""
    rows = []
    for entry in row.get("history", []):
        day, probability, level = entry
        rows.append((date.fromisoformat(day), v.parse_probability(probability), v.parse_level(level), None, None))
    current = (risk.probability, impact(risk), risk.residual_probability, risk.residual_impact)
    if not rows:
        rows.append((risk.identified, *current))
    elif rows[-1][1:] != current:
        rows.append((_last_review(project, risk, rows), *current))
    for day, probability, level, residual_p, residual_i in rows:
        if day < risk.identified:
            raise InputError(f"{where}: history on {day} is before the risk was identified")
        uid = len(project.risk_history) + 1
        project.risk_history[uid] = RiskScore(uid, risk.id, day, probability, level, residual_p, residual_i)


def _last_review(project: Project, risk: Risk, rows: list) -> date:
    """The Monday review before the status date (or the day the risk was closed), after its earlier rows."""
    end = risk.closed or (project.status_date.date() if project.status_date else risk.identified)
    monday = end - timedelta(days=end.weekday())
    earliest = rows[-1][0] + timedelta(days=1) if rows else risk.identified
    return max(monday, earliest)


__all__ = ["add_demo_risks", "add_risks_from_toml"]

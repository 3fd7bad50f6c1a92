"""The register table's columns: what each shows, how it is typed, how it sorts.

`field` is the risk field a typed value goes to (core.risk.typed.set_risk_field);
None for what is computed (impact, score, EMV). `value` gives the cell's text and its
sort key from a RiskLine; `edit` the text an editor starts from.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from planner.core.model.duration import TimeUnits, format_minutes
from planner.core.risk.register import RiskLine

Context = Any  # planner.ui.risks.risk_model.Context: the project's units, currency and task IDs


@dataclass(frozen=True)
class RiskColumn:
    key: str
    title: str
    width: int  # in characters
    field: str | None
    text: Callable[[RiskLine, Context], str]
    sort: Callable[[RiskLine], Any]
    tip: str = ""
    shown: bool = True
    right: bool = False  # numbers align right


def _percent(value: float | None) -> str:
    return "" if value is None else f"{value * 100:.0f}%"


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def _delay(minutes: int, units: TimeUnits) -> str:
    return format_minutes(minutes, False, units) if minutes else ""


def _money(amount: float) -> str:
    return f"{amount:,.0f}" if amount else ""


def _r(line: RiskLine):
    return line.risk


COLUMNS: tuple[RiskColumn, ...] = (
    RiskColumn("id", "ID", 4, None, lambda x, c: f"R{x.risk.id}", lambda x: x.risk.id, "The risk's ID", right=True),
    RiskColumn("title", "Risk", 34, "title", lambda x, c: x.risk.title, lambda x: x.risk.title.lower(),
               "A short title"),
    RiskColumn("kind", "Kind", 10, "kind", lambda x, c: x.risk.kind.value, lambda x: x.risk.kind.value,
               "threat or opportunity"),
    RiskColumn("category", "Category", 14, "category_id", lambda x, c: x.category, lambda x: x.category.lower(),
               "Type a category; a new one joins the project's list"),
    RiskColumn("probability", "Prob.", 6, "probability", lambda x, c: _percent(x.risk.probability),
               lambda x: x.risk.probability, "Probability: 30% (or 0.3)", right=True),
    RiskColumn("impact_schedule", "Sched.", 6, "impact_schedule", lambda x, c: str(x.risk.impact_schedule),
               lambda x: x.risk.impact_schedule, "Schedule impact 1-5", right=True),
    RiskColumn("impact_cost", "Cost", 5, "impact_cost", lambda x, c: str(x.risk.impact_cost),
               lambda x: x.risk.impact_cost, "Cost impact 1-5", right=True),
    RiskColumn("impact_scope", "Scope", 5, "impact_scope", lambda x, c: str(x.risk.impact_scope),
               lambda x: x.risk.impact_scope, "Scope impact 1-5", right=True),
    RiskColumn("impact_quality", "Qual.", 5, "impact_quality", lambda x, c: str(x.risk.impact_quality),
               lambda x: x.risk.impact_quality, "Quality impact 1-5", right=True),
    RiskColumn("score", "Score", 5, None, lambda x, c: str(x.score), lambda x: x.score,
               "Probability score x the highest impact (1-25)", right=True),
    RiskColumn("cost_impact", "Cost impact", 10, "cost_impact", lambda x, c: _money(x.risk.cost_impact),
               lambda x: x.risk.cost_impact, "What it costs (or saves) when it occurs: 25000 or 25k", right=True),
    RiskColumn("delay", "Delay", 6, "schedule_impact_minutes",
               lambda x, c: _delay(x.risk.schedule_impact_minutes, c.units),
               lambda x: x.risk.schedule_impact_minutes, "The delay to its tasks when it occurs: 5d", right=True),
    RiskColumn("emv", "EMV", 9, None, lambda x, c: _money(x.emv), lambda x: x.emv,
               "Expected monetary value: probability x cost impact (negative for an opportunity)", right=True),
    RiskColumn("owner", "Owner", 14, "owner_id", lambda x, c: x.owner, lambda x: x.owner.lower(),
               "A resource, by name or initials"),
    RiskColumn("response", "Response", 9, "response", lambda x, c: x.risk.response.value,
               lambda x: x.risk.response.value, "avoid, mitigate, transfer, accept, escalate; exploit, share, enhance"),
    RiskColumn("status", "Status", 8, "status", lambda x, c: x.risk.status.value, lambda x: x.risk.status.value,
               "open, occurred or closed"),
    RiskColumn("review", "Review", 10, "review", lambda x, c: _day(x.risk.review),
               lambda x: x.risk.review or date.max, "The next review is due on: 2027-03-01"),
    RiskColumn("residual_probability", "Res. prob.", 8, "residual_probability",
               lambda x, c: _percent(x.risk.residual_probability), lambda x: x.risk.residual_probability or -1,
               "Probability after the response (blank: as now)", right=True),
    RiskColumn("residual_impact", "Res. imp.", 7, "residual_impact",
               lambda x, c: "" if x.risk.residual_impact is None else str(x.risk.residual_impact),
               lambda x: x.risk.residual_impact or 0, "Impact 1-5 after the response (blank: as now)", right=True),
    RiskColumn("residual_score", "Res. score", 7, None, lambda x, c: str(x.residual_score),
               lambda x: x.residual_score, "The score after the response", right=True),
    RiskColumn("tasks", "Tasks", 9, "tasks", lambda x, c: ";".join(str(c.task_id(t)) for t in x.tasks),
               lambda x: x.tasks, "The IDs of the tasks it bears on: 12;15"),
    RiskColumn("identified", "Identified", 10, "identified", lambda x, c: _day(x.risk.identified),
               lambda x: x.risk.identified or date.min, "", shown=False),
    RiskColumn("closed", "Closed", 10, "closed", lambda x, c: _day(x.risk.closed),
               lambda x: x.risk.closed or date.max, "", shown=False),
    RiskColumn("trigger", "Trigger", 24, "trigger", lambda x, c: x.risk.trigger, lambda x: x.risk.trigger.lower(),
               "What tells you it is about to happen", shown=False),
)  # fmt: skip


def column_index(key: str) -> int:
    return next(i for i, c in enumerate(COLUMNS) if c.key == key)

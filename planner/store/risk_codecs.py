"""The risk register's tables (from schema 0009_risks): every field checked as a file edited outside may hold it."""

from __future__ import annotations

from datetime import date

from planner.core.risk.entities import (
    LEVELS,
    Dimension,
    Response,
    Risk,
    RiskCategory,
    RiskKind,
    RiskScale,
    RiskScore,
    RiskStatus,
    RiskTask,
)
from planner.store.codec import Codec
from planner.store.fields import MAX_MINUTES, BadField, day, enum, flag, number, optional_id, text, whole

RISKS_SINCE = "0009_risks"
MAX_AMOUNT = 1e12
RISK_COLUMNS = (
    "id",
    "title",
    "kind",
    "category_id",
    "cause",
    "event",
    "effect",
    "probability",
    "impact_schedule",
    "impact_cost",
    "impact_scope",
    "impact_quality",
    "cost_impact",
    "schedule_impact_minutes",
    "owner_id",
    "response",
    "response_plan",
    "contingency_plan",
    "trigger_condition",
    "status",
    "identified",
    "review",
    "closed",
    "residual_probability",
    "residual_impact",
    "notes",
)


def _day_or_none(value: object, field: str) -> date | None:
    return None if value is None or value == "" else day(value, field)


def _day_text(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _level(value: object, field: str) -> int:
    return whole(value, field, LEVELS.start, LEVELS.stop - 1)


def risk_values(r: Risk) -> tuple:
    return (
        r.id,
        r.title,
        r.kind.value,
        r.category_id,
        r.cause,
        r.event,
        r.effect,
        r.probability,
        r.impact_schedule,
        r.impact_cost,
        r.impact_scope,
        r.impact_quality,
        r.cost_impact,
        r.schedule_impact_minutes,
        r.owner_id,
        r.response.value,
        r.response_plan,
        r.contingency_plan,
        r.trigger,
        r.status.value,
        _day_text(r.identified),
        _day_text(r.review),
        _day_text(r.closed),
        r.residual_probability,
        r.residual_impact,
        r.notes,
    )


def risk_of(values: tuple) -> Risk:
    (rid, title, kind, category, cause, event, effect, probability, i_sched, i_cost, i_scope, i_quality,
     cost, delay, owner, response, plan, contingency, trigger, status, identified, review, closed,
     residual_p, residual_i, notes) = values  # fmt: skip
    title = text(title, "title")
    if not title.strip():
        raise BadField("title is empty")
    return Risk(
        id=rid,
        title=title,
        kind=enum(RiskKind, kind, "kind"),
        category_id=optional_id(category, "category"),
        cause=text(cause, "cause"),
        event=text(event, "event"),
        effect=text(effect, "effect"),
        probability=number(probability, "probability", 0, 1),
        impact_schedule=_level(i_sched, "schedule impact"),
        impact_cost=_level(i_cost, "cost impact score"),
        impact_scope=_level(i_scope, "scope impact"),
        impact_quality=_level(i_quality, "quality impact"),
        cost_impact=number(cost, "cost impact", 0, MAX_AMOUNT, default=0.0),
        schedule_impact_minutes=whole(delay if delay is not None else 0, "schedule impact", 0, MAX_MINUTES),
        owner_id=optional_id(owner, "owner"),
        response=enum(Response, response, "response"),
        response_plan=text(plan, "response plan"),
        contingency_plan=text(contingency, "contingency plan"),
        trigger=text(trigger, "trigger"),
        status=enum(RiskStatus, status, "status"),
        identified=_day_or_none(identified, "identified"),
        review=_day_or_none(review, "review date"),
        closed=_day_or_none(closed, "closed date"),
        residual_probability=None if residual_p is None else number(residual_p, "residual probability", 0, 1),
        residual_impact=None if residual_i is None else _level(residual_i, "residual impact"),
        notes=text(notes, "notes"),
    )


def category_of(values: tuple) -> RiskCategory:
    cid, name = values
    name = text(name, "name")
    if not name.strip():
        raise BadField("name is empty")
    return RiskCategory(cid, name)


def risk_task_of(values: tuple) -> RiskTask:
    lid, risk_id, task_id, response = values
    return RiskTask(
        lid,
        whole(risk_id, "risk", 1, 2**62),
        whole(task_id, "task", 1, 2**62),
        flag(response if response is not None else 0, "response"),
    )


def score_values(s: RiskScore) -> tuple:
    return (s.id, s.risk_id, s.day.isoformat(), s.probability, s.impact, s.residual_probability, s.residual_impact)


def score_of(values: tuple) -> RiskScore:
    sid, risk_id, when, probability, impact, residual_p, residual_i = values
    return RiskScore(
        id=sid,
        risk_id=whole(risk_id, "risk", 1, 2**62),
        day=day(when, "day"),
        probability=number(probability, "probability", 0, 1),
        impact=_level(impact, "impact"),
        residual_probability=None if residual_p is None else number(residual_p, "residual probability", 0, 1),
        residual_impact=None if residual_i is None else _level(residual_i, "residual impact"),
    )


def scale_of(values: tuple) -> RiskScale:
    sid, dimension, level, label, limit = values
    return RiskScale(
        id=sid,
        dimension=enum(Dimension, dimension, "dimension"),
        level=_level(level, "level"),
        label=text(label, "label"),
        limit=None if limit is None else number(limit, "limit", 0, MAX_AMOUNT),
    )


RISK_CODECS = (
    Codec("risk_categories", ("id", "name"), lambda c: (c.id, c.name), category_of, since=RISKS_SINCE),
    Codec("risks", RISK_COLUMNS, risk_values, risk_of, since=RISKS_SINCE),
    Codec(
        "risk_tasks",
        ("id", "risk_id", "task_id", "response"),
        lambda t: (t.id, t.risk_id, t.task_id, int(t.response)),
        risk_task_of,
        since=RISKS_SINCE,
    ),
    Codec(
        "risk_history",
        ("id", "risk_id", "day", "probability", "impact", "residual_probability", "residual_impact"),
        score_values,
        score_of,
        since=RISKS_SINCE,
    ),
    Codec(
        "risk_scales",
        ("id", "dimension", "level", "label", "upper_limit"),
        lambda s: (s.id, s.dimension.value, s.level, s.label, s.limit),
        scale_of,
        since=RISKS_SINCE,
    ),
)

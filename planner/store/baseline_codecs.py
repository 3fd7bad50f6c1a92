"""Baselines, each task's row in one, and each task's earned-value method (from schema 0008_baselines)."""

from __future__ import annotations

from planner.core.model.baselines import (
    BASELINE_NUMBERS,
    Baseline,
    EarnedValueMethod,
    TaskBaseline,
    TaskEarnedValue,
)
from planner.store.fields import MAX_MINUTES, BadField, enum, flag, moment, number, text, text_of, whole

BASELINES_SINCE = "0008_baselines"
BASELINE_COLUMNS = ("id", "number", "name", "saved", "for_variance")
TASK_BASELINE_COLUMNS = (
    "id",
    "baseline_id",
    "task_id",
    "start",
    "finish",
    "duration_minutes",
    "work_minutes",
    "cost",
)
EARNED_VALUE_COLUMNS = ("id", "task_id", "method", "physical_percent")
MAX_COST = 1e13


def baseline_values(b: Baseline) -> tuple:
    return (b.id, b.number, b.name, text_of(b.saved), int(b.for_variance))


def baseline_of(values: tuple) -> Baseline:
    bid, number_, name, saved, for_variance = values
    return Baseline(
        id=bid,
        number=whole(number_, "baseline number", BASELINE_NUMBERS[0], BASELINE_NUMBERS[-1]),
        name=text(name, "name"),
        saved=moment(saved, "saved"),
        for_variance=flag(for_variance, "for variance"),
    )


def task_baseline_values(t: TaskBaseline) -> tuple:
    return (
        t.id,
        t.baseline_id,
        t.task_id,
        text_of(t.start),
        text_of(t.finish),
        t.duration_minutes,
        t.work_minutes,
        t.cost,
    )


def task_baseline_of(values: tuple) -> TaskBaseline:
    tid, baseline_id, task_id, start, finish, duration, work, cost = values
    start_at, finish_at = moment(start, "baseline start"), moment(finish, "baseline finish")
    if start_at is None or finish_at is None:
        raise BadField("a baseline row needs a start and a finish")
    if finish_at < start_at:
        raise BadField(f"baseline finish {finish} is before baseline start {start}")
    return TaskBaseline(
        id=tid,
        baseline_id=whole(baseline_id, "baseline", 1, 2**62),
        task_id=whole(task_id, "task", 1, 2**62),
        start=start_at,
        finish=finish_at,
        duration_minutes=whole(duration, "baseline duration", 0, MAX_MINUTES),
        work_minutes=whole(work, "baseline work", 0, MAX_MINUTES * 1000),
        cost=number(cost, "baseline cost", -MAX_COST, MAX_COST, default=0.0),
    )


def earned_value_values(e: TaskEarnedValue) -> tuple:
    return (e.id, e.task_id, EarnedValueMethod(e.method).value, e.physical_percent)


def earned_value_of(values: tuple) -> TaskEarnedValue:
    eid, task_id, method, physical = values
    return TaskEarnedValue(
        id=eid,
        task_id=whole(task_id, "task", 1, 2**62),
        method=enum(EarnedValueMethod, method, "earned value method"),
        physical_percent=number(physical, "physical % complete", 0, 100, default=0.0),
    )

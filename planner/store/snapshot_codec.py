"""Status snapshots and their milestone rows (from schema 0015_snapshots), every field checked on the way in."""

from __future__ import annotations

import json
from typing import Any

from planner.core.quality.entities import Severity
from planner.core.trends.entities import Snapshot, SnapshotMilestone
from planner.store.codec import Codec
from planner.store.fields import BadField, flag, moment, number, text, text_of, whole

SNAPSHOTS_SINCE = "0015_snapshots"
MAX_AMOUNT = 1e15
MAX_WORK = 2**53
SNAPSHOT_COLUMNS = (
    "id", "status_date", "recorded", "percent_complete", "forecast_finish", "baseline_finish", "spi", "cpi",
    "eac", "bac", "pv", "ev", "ac", "work_done_minutes", "work_total_minutes", "risk_score", "risk_emv",
    "open_defects", "work_planned_minutes",
)  # fmt: skip
MILESTONE_COLUMNS = ("id", "snapshot_id", "task_id", "name", "forecast", "done")


def _required(value: Any, field: str):
    found = moment(value, field)
    if found is None:
        raise BadField(f"{field} is missing")
    return found


def _optional(value: Any, field: str, low: float, high: float) -> float | None:
    return None if value is None else number(value, field, low, high)


def _defects(value: Any) -> dict[str, int]:
    try:
        counts = json.loads(value or "{}")
    except (TypeError, ValueError):
        raise BadField(f"open defects {value!r} is not a JSON object of severity: count") from None
    if not isinstance(counts, dict):
        raise BadField(f"open defects {value!r} is not a JSON object of severity: count")
    known = {s.value for s in Severity}
    for severity, count in counts.items():
        if severity not in known:
            raise BadField(f"open defects: severity {severity!r} is not one of {', '.join(Severity)}")
        whole(count, f"open {severity} defects", 0, 2**31)
    return counts


def snapshot_values(s: Snapshot) -> tuple:
    return (
        s.id, text_of(s.status_date), text_of(s.recorded), s.percent_complete, text_of(s.forecast_finish),
        text_of(s.baseline_finish), s.spi, s.cpi, s.eac, s.bac, s.pv, s.ev, s.ac, s.work_done_minutes,
        s.work_total_minutes, s.risk_score, s.risk_emv, json.dumps(s.open_defects), s.work_planned_minutes,
    )  # fmt: skip


def snapshot_of(values: tuple) -> Snapshot:
    (sid, status, recorded, percent, forecast, baseline, spi, cpi, eac, bac, pv, ev, ac, done, total,
     risk_score, risk_emv, defects, planned) = values  # fmt: skip
    return Snapshot(
        id=sid,
        status_date=_required(status, "status date"),
        recorded=_required(recorded, "recorded"),
        percent_complete=number(percent, "% complete", 0, 100),
        forecast_finish=_required(forecast, "forecast finish"),
        baseline_finish=moment(baseline, "baseline finish"),
        spi=_optional(spi, "SPI", 0, 1e6),
        cpi=_optional(cpi, "CPI", -1e6, 1e6),
        eac=_optional(eac, "EAC", -MAX_AMOUNT, MAX_AMOUNT),
        bac=_optional(bac, "BAC", 0, MAX_AMOUNT),
        pv=_optional(pv, "PV", 0, MAX_AMOUNT),
        ev=_optional(ev, "EV", 0, MAX_AMOUNT),
        ac=_optional(ac, "AC", -MAX_AMOUNT, MAX_AMOUNT),
        work_done_minutes=whole(done, "work done", 0, MAX_WORK),
        work_total_minutes=whole(total, "total work", 0, MAX_WORK),
        risk_score=None if risk_score is None else whole(risk_score, "risk score", 0, 2**31),
        risk_emv=_optional(risk_emv, "risk EMV", -MAX_AMOUNT, MAX_AMOUNT),
        open_defects=_defects(defects),
        work_planned_minutes=None if planned is None else whole(planned, "planned work", 0, MAX_WORK),
    )


def milestone_values(m: SnapshotMilestone) -> tuple:
    return (m.id, m.snapshot_id, m.task_id, m.name, text_of(m.forecast), int(m.done))


def milestone_of(values: tuple) -> SnapshotMilestone:
    mid, snapshot_id, task_id, name, forecast, done = values
    return SnapshotMilestone(
        id=mid,
        snapshot_id=whole(snapshot_id, "snapshot", 1, 2**62),
        task_id=whole(task_id, "task", 1, 2**62),
        name=text(name, "name"),
        forecast=_required(forecast, "forecast"),
        done=flag(done, "done"),
    )


SNAPSHOT_CODECS = (
    Codec("snapshots", SNAPSHOT_COLUMNS, snapshot_values, snapshot_of, since=SNAPSHOTS_SINCE),
    Codec("snapshot_milestones", MILESTONE_COLUMNS, milestone_values, milestone_of, since=SNAPSHOTS_SINCE),
)

"""Status snapshots as `planner record-status` and `planner trends` print them: a table for people,
JSON for programs (dates as ISO text, work in hours, a milestone's task by Unique ID, since a
milestone deleted later keeps its history)."""

from __future__ import annotations

from typing import Any

from planner.core.model.entities import Project
from planner.core.trends.edits import day_text, milestones_of, snapshots_in_order
from planner.core.trends.entities import Snapshot


def _when(moment) -> str | None:
    return moment.strftime("%Y-%m-%dT%H:%M") if moment else None


def recorded_dict(snapshot: Snapshot, replaced: bool) -> dict[str, Any]:
    """What `planner record-status --json` writes."""
    return {
        "status_date": _when(snapshot.status_date),
        "percent_complete": snapshot.percent_complete,
        "forecast_finish": _when(snapshot.forecast_finish),
        "spi": snapshot.spi,
        "cpi": snapshot.cpi,
        "eac": snapshot.eac,
        "replaced": replaced,
    }


def snapshot_dict(project: Project, snapshot: Snapshot) -> dict[str, Any]:
    """One snapshot as `planner trends --json` lists it."""
    entry = recorded_dict(snapshot, False)
    del entry["replaced"]
    entry.update(
        recorded=_when(snapshot.recorded),
        baseline_finish=_when(snapshot.baseline_finish),
        bac=snapshot.bac,
        pv=snapshot.pv,
        ev=snapshot.ev,
        ac=snapshot.ac,
        work_done_hours=round(snapshot.work_done_hours, 2),
        work_total_hours=round(snapshot.work_total_hours, 2),
        work_planned_hours=None if snapshot.work_planned_hours is None else round(snapshot.work_planned_hours, 2),
        risk_score=snapshot.risk_score,
        risk_emv=snapshot.risk_emv,
        open_defects=dict(snapshot.open_defects),
        milestones=[
            {"task": m.task_id, "name": m.name, "forecast": _when(m.forecast), "done": m.done}
            for m in milestones_of(project, snapshot.id)
        ],
    )
    return entry


def trends_dict(project: Project) -> dict[str, Any]:
    """`snapshots` (oldest first) and `currency`."""
    return {
        "snapshots": [snapshot_dict(project, s) for s in snapshots_in_order(project)],
        "currency": project.currency,
    }


def index_text(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def recorded_line(snapshot: Snapshot, replaced: bool) -> str:
    """ "Status recorded for 15 Feb 2027 (SPI 0.62, CPI 0.90)": the window's status bar says the same."""
    line = (
        f"Status recorded for {day_text(snapshot.status_date)} "
        f"(SPI {index_text(snapshot.spi)}, CPI {index_text(snapshot.cpi)})"
    )
    return f"{line}, replacing the one recorded earlier for that date" if replaced else line


def trends_table(project: Project) -> str:
    """The snapshots in fixed-width columns, oldest first."""
    shots = snapshots_in_order(project)
    header = (
        f"{'Status date':<12} {'% compl':>7} {'SPI':>5} {'CPI':>5} {'EAC':>12}  {'Forecast finish':<16} "
        f"{'Work h':>13} {'Risk':>5} {'EMV':>10} {'Open defects':>12}"
    )
    out = [f"{project.name}: {len(shots)} status snapshot{'s' * (len(shots) != 1)}", header, "-" * len(header)]
    for s in shots:
        eac = "—" if s.eac is None else f"{s.eac:,.0f}"
        emv = "—" if s.risk_emv is None else f"{s.risk_emv:,.0f}"
        risk = "—" if s.risk_score is None else str(s.risk_score)
        work = f"{s.work_done_hours:,.0f}/{s.work_total_hours:,.0f}"
        out.append(
            f"{s.status_date:%Y-%m-%d}   {s.percent_complete:>6.1f}% {index_text(s.spi):>5} {index_text(s.cpi):>5} "
            f"{eac:>12}  {s.forecast_finish:%Y-%m-%d %H:%M} {work:>13} {risk:>5} {emv:>10} "
            f"{sum(s.open_defects.values()):>12}"
        )
    if not shots:
        out.append("(none yet: planner record-status FILE records one at the status date)")
    return "\n".join(out)

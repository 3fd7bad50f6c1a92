"""The project's status as `planner status` prints it: JSON for scripts, a short summary for people.

Both come from one planner.core.status assessment, the Dashboard tab's. Dates are ISO 8601,
slips in working days (positive: late), money in the project currency, ratings "green",
"amber", "red" or "n/a". Tasks are named by their ID (row number) as everywhere on the command
line; register rows by their record ID (the number after the register's prefix: D3 is 3).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from planner.core.model.entities import Project
from planner.core.status.assess import ProjectStatus
from planner.core.status.rating import Rating

WIDTH = 9  # the area column of the text summary


def _iso(moment: date | datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def _round(value: float | None, digits: int = 2) -> float | None:
    return None if value is None else round(value, digits)


def rating_dict(rating: Rating) -> dict[str, Any]:
    return {"rag": rating.rag.value, "rule": rating.rule, "measured": rating.measured, "reading": rating.reading}


def status_dict(status: ProjectStatus, project: Project, rows: dict[int, int]) -> dict[str, Any]:
    """The keys `planner status --json` writes; `rows`: task Unique ID -> its ID (row number)."""
    f = status.figures
    return {
        "project": project.name,
        "currency": project.currency,
        "status_date": _iso(status.status_date),
        "overall": rating_dict(status.overall),
        **{r.area.lower(): rating_dict(r) for r in status.ratings},
        "figures": {
            "percent_complete": f.percent_complete,
            "start": _iso(f.start),
            "forecast_finish": _iso(f.forecast_finish),
            "baseline_finish": _iso(f.baseline_finish),
            "slip_days": f.slip_days,
            "bac": _round(f.bac),
            "eac": _round(f.eac),
            "spi": _round(f.spi),
            "cpi": _round(f.cpi),
            "open_risks": f.open_risks,
            "risk_emv": f.risk_emv,
            "open_defects": f.open_defects,
        },
        "open_defects_by_severity": {severity.value: count for severity, count in status.open_defects.items()},
        "milestones": [
            {"id": m.id, "name": m.name, "forecast": _iso(m.forecast), "baseline": _iso(m.baseline),
             "slip_days": m.slip_days}
            for m in status.milestones
        ],
        "top_risks": [
            {"id": line.risk.id, "title": line.risk.title, "score": line.score, "emv": round(line.emv, 2),
             "owner": line.owner or None}
            for line in status.top_risks
        ],
        "overdue_actions": [
            {"id": a.id, "title": a.title, "owner": a.owner or None, "due": _iso(a.due),
             "days_overdue": (status.day - a.due).days, "meeting_id": a.meeting_id}
            for a in status.overdue_actions if a.due
        ],
        "overdue_communications": [
            {"id": c.id, "what": c.what, "owner": c.owner or None, "next_due": _iso(c.next_due),
             "days_overdue": (status.day - c.next_due).days}
            for c in status.overdue_communications if c.next_due
        ],
        "recent_decisions": [
            {"id": d.id, "decision": d.decision, "made": _iso(d.made), "meeting_id": d.meeting_id}
            for d in status.recent_decisions
        ],
        "gate_warnings": [
            {"checklist_id": w.checklist_id, "title": w.title, "task": rows.get(w.task_id), "gate": w.gate,
             "failed": w.failed, "open": w.open}
            for w in status.gate_warnings
        ],
    }  # fmt: skip


def _day(moment: date | datetime | None) -> str:
    return "—" if moment is None else f"{moment:%a %Y-%m-%d}"


def _money(amount: float | None, currency: str) -> str:
    return "—" if amount is None else f"{amount:,.0f} {currency}"


def _index(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def status_text(status: ProjectStatus, project: Project) -> str:
    """A short summary for a terminal: the ratings, the key figures, then what needs attention."""
    f, currency = status.figures, project.currency
    lines = [f"{project.name}: status at {status.status_date:%a %Y-%m-%d %H:%M}"]
    for rating in (status.overall, *status.ratings):
        lines.append(f"  {rating.area:<{WIDTH}} {rating.rag.label.upper():<6} {rating.reading}")
    slip = "" if f.slip_days is None else f" ({f.slip_days:+g} working day{'s' * (abs(f.slip_days) != 1)})"
    lines += [
        "",
        f"  {f.percent_complete:g}% complete; forecast finish {_day(f.forecast_finish)}, "
        f"baseline {_day(f.baseline_finish)}{slip}",
        f"  BAC {_money(f.bac, currency)}, EAC {_money(f.eac, currency)}; SPI {_index(f.spi)}, CPI {_index(f.cpi)}",
        f"  {f.open_risks} open risks, EMV {_money(f.risk_emv, currency)}; {f.open_defects} open defects",
    ]
    if status.milestones:
        lines += ["", "Next milestones:"]
        lines += [f"  {m.id:>4}  {_day(m.forecast)}  {_slip(m.slip_days):>6}  {m.name}" for m in status.milestones]
    lines += _attention(status)
    return "\n".join(lines)


def _slip(days: float | None) -> str:
    return "" if days is None else f"{days:+g}d"


def _attention(status: ProjectStatus) -> list[str]:
    found = [f"  action {a.id} due {_day(a.due)}: {a.title}" for a in status.overdue_actions]
    found += [f"  communication {c.id} due {_day(c.next_due)}: {c.what}" for c in status.overdue_communications]
    found += [f"  gate {w.gate}: {w.failed} failed, {w.open} open ({w.title})" for w in status.gate_warnings]
    return ["", "Needs attention:", *found] if found else []

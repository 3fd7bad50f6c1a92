"""Earned value as `planner evm` reports it: one dict for JSON, lines for people.

The top level has the issue's keys (status_date, bac, pv, ev, ac, sv, cv, spi, cpi, eac,
etc, vac, tcpi) and `tasks`, one entry per task with the same keys plus id and name.
Amounts are in the project currency rounded to cents; indices are plain numbers; a figure
that has no value (a division by zero) is null, and `notes` says why. Beside them: the
baseline measured against, the other EAC methods and the earned schedule.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from planner.core.evm.earned_schedule import EarnedSchedule, earned_schedule
from planner.core.evm.earned_value import EarnedValue
from planner.core.evm.figures import Figures
from planner.core.model.baselines import baseline_label
from planner.core.model.dates import when
from planner.exchange.schedule_report import outline_rows

AMOUNTS = ("bac", "pv", "ev", "ac", "sv", "cv", "eac", "etc", "vac")
INDICES = ("spi", "cpi", "tcpi")
KEYS = ("bac", "pv", "ev", "ac", "sv", "cv", "spi", "cpi", "eac", "etc", "vac", "tcpi")


def _iso(moment: datetime | None) -> str | None:
    return moment.strftime("%Y-%m-%dT%H:%M") if moment else None


def _rounded(key: str, value: float | None) -> float | None:
    if value is None:
        return None
    return round(value, 4 if key in INDICES else 2)


def figures_dict(figures: Figures) -> dict[str, float | None]:
    return {key: _rounded(key, getattr(figures, key)) for key in KEYS}


def notes_of(figures: Figures) -> dict[str, str]:
    """Why each figure without a value has none."""
    return {key: figures.why_none(key) for key in KEYS if getattr(figures, key) is None}


def evm_dict(value: EarnedValue) -> dict[str, Any]:
    """The whole report of `planner evm --json`."""
    total = value.total()
    found: dict[str, Any] = {"status_date": _iso(value.status), **figures_dict(total)}
    baseline = value.baseline
    found["baseline"] = (
        None if baseline is None else {"number": baseline.number, "name": baseline.name, "saved": _iso(baseline.saved)}
    )
    found["eac_methods"] = {
        "bac_over_cpi": _rounded("eac", total.eac),
        "atypical": _rounded("eac", total.eac_atypical),
        "cpi_times_spi": _rounded("eac", total.eac_cpi_spi),
        "bottom_up": _rounded("eac", total.bottom_up),
    }
    found["earned_schedule"] = _schedule_dict(earned_schedule(value))
    found["notes"] = notes_of(total)
    ids = value.schedule.outline.ids
    tasks = []
    for task_id, wbs, _level in outline_rows(value.schedule.outline):
        task = value.project.tasks[task_id]
        entry = {"id": ids.id_of(task_id), "uid": task_id, "name": task.name, "wbs": wbs}
        entry["summary"] = value.schedule.outline.is_summary(task_id)
        entry["status_date"] = found["status_date"]
        entry.update(figures_dict(value.task(task_id)))
        tasks.append(entry)
    found["tasks"] = tasks
    return found


def _schedule_dict(found: EarnedSchedule | None) -> dict[str, Any] | None:
    if found is None:
        return None
    return {
        "es_days": round(found.es_days, 2),
        "at_days": round(found.at_days, 2),
        "planned_days": round(found.planned_days, 2),
        "spi_t": None if found.spi_t is None else round(found.spi_t, 4),
        "sv_t_days": round(found.sv_t_days, 2),
        "es_date": _iso(found.es_date),
        "forecast_finish": _iso(found.forecast_finish),
    }


def _amount(value: float | None) -> str:
    return "-" if value is None else f"{value:,.2f}"


def _index(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def evm_lines(value: EarnedValue) -> list[str]:
    """The report for people: the project's figures, the earned schedule, then one line per task."""
    total = value.total()
    currency = value.project.currency
    baseline = value.baseline
    against = "no baseline saved" if baseline is None else baseline_label(baseline.number)
    lines = [f"Earned value at {when(value.status)} against {against} ({currency})"]
    for key in KEYS:
        shown = _index(getattr(total, key)) if key in INDICES else _amount(getattr(total, key))
        note = total.why_none(key) if getattr(total, key) is None else ""
        lines.append(f"  {key.upper():<5} {shown:>16}" + (f"   ({note})" if note else ""))
    found = earned_schedule(value)
    if found is not None:
        finish = when(found.forecast_finish) if found.forecast_finish else "-"
        lines.append(
            f"  Earned schedule {found.es_days:.1f} d of {found.at_days:.1f} d elapsed, "
            f"SPI(t) {_index(found.spi_t)}, forecast finish {finish}"
        )
    lines.append("")
    lines.append(f"{'ID':>5}  {'Task':<32} {'BAC':>12} {'PV':>12} {'EV':>12} {'AC':>12} {'SPI':>5} {'CPI':>5}")
    ids = value.schedule.outline.ids
    for task_id, _wbs, level in outline_rows(value.schedule.outline):
        f = value.task(task_id)
        name = ("  " * (level - 1) + value.project.tasks[task_id].name)[:32]
        lines.append(
            f"{ids.id_of(task_id):>5}  {name:<32} {_amount(f.bac):>12} {_amount(f.pv):>12} "
            f"{_amount(f.ev):>12} {_amount(f.ac):>12} {_index(f.spi):>5} {_index(f.cpi):>5}"
        )
    return lines

"""`planner resources`: each resource's work, cost, peak units and over-allocations, as a table or JSON."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, TextIO

from planner.core.resources.overallocation import Overallocation
from planner.core.resources.periods import Granularity
from planner.core.resources.summary import ResourceSummary, resource_summaries
from planner.core.resources.usage import Usage
from planner.core.schedule.result import Schedule

NAME_WIDTH = 24


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M")


def _overallocation_dict(over: Overallocation, row_of: dict[int, int]) -> dict[str, Any]:
    return {
        "start": _iso(over.start),
        "finish": _iso(over.finish),
        "peak_units": over.peak_units,
        "tasks": [row_of[t] for t in over.task_ids],  # task IDs (row numbers), as `planner why` takes them
    }


def _resource_dict(summary: ResourceSummary, row_of: dict[int, int]) -> dict[str, Any]:
    return {
        "id": summary.resource_id,
        "name": summary.name,
        "kind": summary.kind,
        "max_units": summary.max_units,
        "work_hours": summary.work_minutes / 60,
        "cost": summary.cost,
        "peak_units": summary.peak_units,
        "overallocated": summary.overallocated,
        "overallocations": [_overallocation_dict(o, row_of) for o in summary.overallocations],
    }


def resources_dict(schedule: Schedule, granularity: Granularity = Granularity.DAY) -> dict[str, Any]:
    """The `planner resources --json` document: the project's name and currency, then one entry per
    resource; an over-allocation is judged by `granularity` (MS Project: day by day)."""
    project = schedule.project
    row_of = {uid: row for row, uid in enumerate(schedule.outline.rows(), start=1)}
    summaries = resource_summaries(Usage(schedule), granularity)
    return {
        "project": {"name": project.name, "currency": project.currency, "overallocation_by": granularity.value},
        "resources": [_resource_dict(s, row_of) for s in summaries],
    }


def write_resources_json(schedule: Schedule, out: TextIO, granularity: Granularity = Granularity.DAY) -> None:
    json.dump(resources_dict(schedule, granularity), out, indent=2)
    out.write("\n")


def _when(over: Overallocation) -> str:
    return f"{over.start:%a %Y-%m-%d} to {over.finish:%a %Y-%m-%d} at {over.peak_units:.0%}"


def resource_lines(schedule: Schedule, granularity: Granularity = Granularity.DAY) -> list[str]:
    """The table: one line per resource, `!` before an over-allocated one, then its over-allocations."""
    currency = schedule.project.currency
    lines = [f"  {'ID':>4}  {'Name':<{NAME_WIDTH}} {'Work':>9} {'Cost':>12} {'Peak':>6}  Over-allocated"]
    for s in resource_summaries(Usage(schedule), granularity):
        work = f"{s.work_minutes / 60:,.0f}h" if s.kind == "work" else "-"
        peak = f"{s.peak_units:.0%}" if s.kind == "work" else "-"
        count = len(s.overallocations)
        over = "no" if not count else f"{count} time{'s' * (count != 1)}, first {_when(s.overallocations[0])}"
        mark = "!" if count else " "
        name = s.name[:NAME_WIDTH]
        lines.append(f"{mark} {s.resource_id:>4}  {name:<{NAME_WIDTH}} {work:>9} {s.cost:>12,.2f} {peak:>6}  {over}")
    lines.append(f"costs in {currency}; over-allocation judged {granularity.value} by {granularity.value}")
    return lines


def write_resources_table(schedule: Schedule, out: TextIO, granularity: Granularity = Granularity.DAY) -> None:
    out.write("\n".join(resource_lines(schedule, granularity)) + "\n")

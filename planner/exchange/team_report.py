"""The team as `planner team FILE` prints it: a table for a reader, or JSON for a script.

JSON: `{"resources": [{"id", "name", "initials", "type", "group", "role", "email",
"max_units", "standard_rate", "standard_rate_unit", "overtime_rate", "overtime_rate_unit",
"cost_per_use", "accrue_at", "calendar", "hours_per_week", "exceptions": [{"name",
"start", "finish"}], "skills": [{"name", "level"}]}], "skills": [names]}`. Rates are per
hour (what a cost figure multiplies); `standard_rate_unit` says how the PM shows them.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from planner.core.model.entities import Project, Resource
from planner.core.schedule.resource_calendar import resource_worktime
from planner.core.team.rates import format_rate
from planner.core.team.resource_calendar_edits import base_of, own_calendar
from planner.core.team.skill_levels import format_levels, levels_of_resource


def resource_entry(project: Project, resource: Resource) -> dict[str, Any]:
    own = own_calendar(project, resource)
    hours = resource_worktime(project, resource).minutes_per_week / 60
    return {
        "id": resource.id,
        "name": resource.name,
        "initials": resource.initials,
        "type": resource.kind,
        "group": resource.group,
        "role": resource.role,
        "email": resource.email,
        "max_units": resource.max_units,
        "standard_rate": resource.standard_rate,
        "standard_rate_unit": resource.standard_rate_unit,
        "overtime_rate": resource.overtime_rate,
        "overtime_rate_unit": resource.overtime_rate_unit,
        "cost_per_use": resource.cost_per_use,
        "accrue_at": resource.accrue_at,
        "calendar": base_of(project, resource).name,
        "hours_per_week": hours,
        "exceptions": [
            {"name": e.name, "start": e.start.isoformat(), "finish": e.finish.isoformat()}
            for e in (own.exceptions if own else [])
        ],
        "skills": [{"name": n, "level": level} for n, level in levels_of_resource(project, resource.id)],
    }


def write_team(project: Project, out: TextIO, as_json: bool) -> None:
    resources = sorted(project.resources.values(), key=lambda r: r.id)
    if as_json:
        skills = [s.name for s in sorted(project.skills.values(), key=lambda s: s.id)]
        json.dump({"resources": [resource_entry(project, r) for r in resources], "skills": skills}, out, indent=2)
        out.write("\n")
        return
    if not resources:
        out.write("no resources\n")
        return
    for r in resources:
        rate = (
            ""
            if r.kind == "cost"
            else format_rate(r.standard_rate, r.standard_rate_unit, project.units, project.currency)
        )
        hours = resource_worktime(project, r).minutes_per_week / 60
        units = f"{r.max_units:.0%}" if r.kind == "work" else ""
        line = f"{r.id:>4}  {r.name:<28} {r.kind:<8} {r.group:<14} {rate:>12}  {units:>5}  {hours:g} h/wk"
        skills = format_levels(levels_of_resource(project, r.id))
        out.write(line + (f"  {skills}" if skills else "") + "\n")

"""The project's settings as `planner info` prints them: a few lines to read, or JSON to parse.

The keys are the ones Project Information shows; minutes per day and week are what the
file stores (MS Project's hours per day and week, times 60), so a script sees exact numbers.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from planner.core.model.dates import when
from planner.core.model.entities import Project


def settings_dict(project: Project) -> dict[str, Any]:
    """name, start, status_date (None when unset), calendar (its name), currency, minutes_per_day/week."""
    return {
        "name": project.name,
        "start": project.start.isoformat(timespec="minutes"),
        "status_date": project.status_date.isoformat(timespec="minutes") if project.status_date else None,
        "calendar": project.calendar.name,
        "currency": project.currency,
        "minutes_per_day": project.units.minutes_per_day,
        "minutes_per_week": project.units.minutes_per_week,
    }


def write_settings(project: Project, out: TextIO, as_json: bool = False) -> None:
    if as_json:
        json.dump(settings_dict(project), out, indent=2)
        out.write("\n")
        return
    units = project.units
    lines = (
        ("Name", project.name),
        ("Start", when(project.start)),
        ("Status date", when(project.status_date) or "NA"),
        ("Calendar", project.calendar.name),
        ("Currency", project.currency),
        ("Hours per day", f"{units.minutes_per_day / 60:g}"),
        ("Hours per week", f"{units.minutes_per_week / 60:g}"),
    )
    for label, value in lines:
        out.write(f"{label + ':':<16}{value}\n")

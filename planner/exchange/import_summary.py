"""What an import of another tool's project file carried, in words: "42 tasks, 50 links, 5 resources".

The window's import report and the command line share it, for every format of
project_formats.IMPORTERS; what was not carried is the import's own `not_carried` lines.
"""

from __future__ import annotations

from planner.core.model.entities import Project

_COUNTED = (
    ("tasks", "task", "tasks"),
    ("links", "link", "links"),
    ("resources", "resource", "resources"),
    ("assignments", "assignment", "assignments"),
    ("calendars", "calendar", "calendars"),
    ("baselines", "baseline", "baselines"),
)


def carried_counts(project: Project) -> dict[str, int]:
    """tasks, links, resources, assignments, calendars, baselines: how many of each the project holds."""
    return {table: len(project.table(table)) for table, _, _ in _COUNTED}


def carried_text(project: Project) -> str:
    """`42 tasks, 50 links, 5 resources, 60 assignments, 3 calendars`: the tables that have rows."""
    counts = carried_counts(project)
    parts = [f"{counts[t]} {one if counts[t] == 1 else many}" for t, one, many in _COUNTED if counts[t]]
    return ", ".join(parts) or "nothing"

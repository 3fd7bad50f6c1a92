"""Project > Record Status (and the Trends page's button): a snapshot at the project's status date.

Without a status date the PM is asked for one (today offered); setting it and recording are then
one edit, so one Ctrl+Z takes both back. A snapshot already kept for that date is replaced only
after "Replace the status recorded for 15 Feb 2027?" is answered Yes.
"""

from __future__ import annotations

from datetime import datetime

from planner.core.trends.edits import day_text, record_status, record_status_setting_date, snapshot_at
from planner.exchange.trends_report import recorded_line
from planner.ui.tabs import TabHost
from planner.ui.trends import questions


def _now() -> datetime:
    return datetime.now().replace(second=0, microsecond=0)


def record_status_in_window(host: TabHost) -> bool:
    """Record status for the host's open project; True when a snapshot was kept."""
    session = host.session
    if session is None:
        return False
    project = session.project
    refusals: list[str] = []
    replaced = False
    if project.status_date is None:
        typed = questions.ask_status_date(host.window(), _now())
        if typed is None:
            return False
        edit = session.attempt(lambda p: record_status_setting_date(p, typed, _now()), refusals.append)
    else:
        status = project.status_date
        if snapshot_at(project, status) is not None and not questions.ask_replace(host.window(), day_text(status)):
            return False
        replaced = snapshot_at(project, status) is not None
        edit = session.attempt(lambda _p: record_status(session.schedule, _now()), refusals.append)
    if edit is None:
        host.status(f"Status not recorded: {refusals[0]}" if refusals else "Status not recorded", error=True)
        return False
    status = session.project.status_date
    snapshot = snapshot_at(session.project, status)
    host.status(recorded_line(snapshot, replaced) if snapshot else edit.label)
    return True

"""Opening a gate's checklist from the Gantt: double-click or Enter on its warning in the Indicators column.

The window's `reveal(table, record_id)` shows the tab and row a record lives in (the
Quality tab answers for checklists). If no tab does, the status bar says where the
gate stands, so the gesture is never silent.
"""

from __future__ import annotations

from planner.core.quality.gates import checklist_progress
from planner.core.quality.registers import CHECKLISTS
from planner.ui.session import Session
from planner.ui.tabs import TabHost


def open_checklist(host: TabHost, session: Session, checklist_id: int) -> bool:
    """Show the checklist where it is kept; False (and a status line) when no tab shows checklists."""
    if _reveal(host.window(), checklist_id):
        return True
    checklist = session.project.checklists.get(checklist_id)
    if checklist is not None:
        summary = checklist_progress(session.project, checklist_id).summary
        host.status(f"{CHECKLISTS.label(checklist_id)} {checklist.title}: {summary}")
    return False


def _reveal(window, checklist_id: int) -> bool:
    reveal = getattr(window, "reveal", None)  # a host without one (a test's) cannot show it
    return reveal is not None and bool(reveal("checklists", checklist_id))

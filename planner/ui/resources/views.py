"""The views of the Resources tab, in the order of their tabs: adding a view is one line here.

A view is a QWidget class with a `title` and a constructor `(session, parent)`; it may have
a `message` Signal(str, bool) for the status bar. The Sheet comes first.
"""

from __future__ import annotations

from planner.ui.resources.sheet import ResourceSheet
from planner.ui.workload.team_view import TeamView
from planner.ui.workload.usage_view import UsageView

VIEWS: tuple[type, ...] = (ResourceSheet, UsageView, TeamView)

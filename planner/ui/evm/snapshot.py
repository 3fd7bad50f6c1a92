"""Earned value of the open project as the Budget tab shows it, worked out once per edit."""

from __future__ import annotations

from datetime import datetime

from planner.core.evm.earned_value import EarnedValue
from planner.ui.session import Session


def status_of(session: Session) -> datetime:
    """The project's status date; today (end of day) when it has none, as MS Project measures then."""
    status = session.project.status_date
    return status or datetime.now().replace(hour=17, minute=0, second=0, microsecond=0)


def earned_value(session: Session) -> EarnedValue:
    return EarnedValue(session.schedule, status_of(session))

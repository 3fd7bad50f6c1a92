"""The stakeholder register and the communication plan as `planner stakeholders` and `planner comms` print them.

A table for people, JSON for programs. The plan is judged on a day: today, or the
status date of a plan still ahead of the calendar (the demo's), as the risk
register's reviews are, so the demo's overdue lines stay overdue.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from planner.core.communication.entities import Communication, Stakeholder
from planner.core.communication.grid import Quadrant, engagement_gap, quadrant, quadrant_counts
from planner.core.communication.plan import due_soon, is_overdue, overdue_communications
from planner.core.communication.registers import COMMUNICATIONS, STAKEHOLDERS
from planner.core.model.entities import Project
from planner.core.records.edits import records


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _value(choice: Any) -> str | None:
    return choice.value if choice is not None else None


def stakeholders_dict(project: Project) -> dict[str, Any]:
    """`stakeholders` (one entry each) and `quadrants` (how many in each), as `--json` writes them."""
    people: list[Stakeholder] = records(project, STAKEHOLDERS)
    return {
        "stakeholders": [_stakeholder_entry(s) for s in people],
        "quadrants": {q.value: n for q, n in quadrant_counts(people).items()},
    }


def _stakeholder_entry(s: Stakeholder) -> dict[str, Any]:
    return {
        "id": s.id,
        "label": STAKEHOLDERS.label(s.id),
        "name": s.name,
        "role": s.role,
        "organisation": s.organisation,
        "power": s.power,
        "interest": s.interest,
        "quadrant": quadrant(s).value,
        "engagement": s.engagement.value,
        "wanted": s.wanted.value,
        "gap": engagement_gap(s),
        "channel": s.channel,
        "frequency": _value(s.frequency),
    }


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def stakeholders_table(project: Project) -> str:
    """The register in fixed-width columns, grouped by quadrant (most attention first), then the counts."""
    people: list[Stakeholder] = records(project, STAKEHOLDERS)
    header = (
        f"{'ID':<4} {'Name':<20} {'Role':<32} {'Pow':>3} {'Int':>3} {'Quadrant':<15} "
        f"{'Engagement':<11} {'Wanted':<11} {'Gap':>3}  Channel"
    )
    out = [f"{project.name}: {len(people)} stakeholder{'s' * (len(people) != 1)}", header, "-" * len(header)]
    order = list(Quadrant)
    for s in sorted(people, key=lambda s: (order.index(quadrant(s)), -s.power, -s.interest, s.id)):
        out.append(
            f"{STAKEHOLDERS.label(s.id):<4} {_clip(s.name, 20):<20} {_clip(s.role, 32):<32} {s.power:>3} "
            f"{s.interest:>3} {quadrant(s).value:<15} {s.engagement.value:<11} {s.wanted.value:<11} "
            f"{engagement_gap(s):>3}  {s.channel}"
        )
    counts = quadrant_counts(people)
    out.append(", ".join(f"{q.value}: {counts[q]}" for q in Quadrant))
    return "\n".join(out)


def comms_dict(project: Project, day: date) -> dict[str, Any]:
    """`day`, `communications` (each with `overdue`), `overdue` and `due_soon` (labels), as `--json` writes them."""
    return {
        "day": day.isoformat(),
        "communications": [_comm_entry(line, day) for line in records(project, COMMUNICATIONS)],
        "overdue": [COMMUNICATIONS.label(line.id) for line in overdue_communications(project, day)],
        "due_soon": [COMMUNICATIONS.label(line.id) for line in due_soon(project, day)],
    }


def _comm_entry(line: Communication, day: date) -> dict[str, Any]:
    return {
        "id": line.id,
        "label": COMMUNICATIONS.label(line.id),
        "what": line.what,
        "audience": line.audience,
        "channel": line.channel,
        "frequency": _value(line.frequency),
        "owner": line.owner,
        "next_due": _iso(line.next_due),
        "last_done": _iso(line.last_done),
        "overdue": is_overdue(line, day),
    }


def comms_table(project: Project, day: date) -> str:
    """The plan in fixed-width columns, soonest due first, with what is overdue on `day` marked."""
    lines: list[Communication] = records(project, COMMUNICATIONS)
    lines.sort(key=lambda line: (line.next_due or date.max, line.id))
    header = (
        f"{'ID':<4} {'Communication':<36} {'Audience':<30} {'Frequency':<13} {'Owner':<18} {'Next due':<10} Last done"
    )
    late = overdue_communications(project, day)
    title = f"{project.name}: {len(lines)} communication{'s' * (len(lines) != 1)} on {day.isoformat()}"
    out = [title + (f", {len(late)} overdue" if late else ""), header, "-" * len(header)]
    for line in lines:
        row = (
            f"{COMMUNICATIONS.label(line.id):<4} {_clip(line.what, 36):<36} {_clip(line.audience, 30):<30} "
            f"{_value(line.frequency) or '':<13} {_clip(line.owner, 18):<18} {_iso(line.next_due) or '':<10} "
            f"{_iso(line.last_done) or '':<10}" + ("  OVERDUE" if is_overdue(line, day) else "")
        )
        out.append(row.rstrip())
    return "\n".join(out)

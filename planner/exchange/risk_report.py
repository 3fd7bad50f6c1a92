"""The register as `planner risks` prints it: a table for people, JSON for programs.

Task numbers are MS Project's IDs (row numbers), as everywhere on the command line;
probabilities are fractions in JSON (0.3) and percentages in the table.
"""

from __future__ import annotations

from typing import Any

from planner.core.model.entities import Project
from planner.core.model.wbs import Outline
from planner.core.risk.register import RiskLine, register_lines
from planner.core.risk.scoring import contingency_reserve

TITLE_WIDTH = 40


def risks_dict(project: Project) -> dict[str, Any]:
    """`risks`, `contingency_reserve` and `currency`, as `planner risks --json` writes them."""
    ids = Outline.of(project).ids
    return {
        "risks": [_risk_entry(line, ids) for line in register_lines(project)],
        "contingency_reserve": round(contingency_reserve(project), 2),
        "currency": project.currency,
    }


def _risk_entry(line: RiskLine, ids) -> dict[str, Any]:
    risk = line.risk
    return {
        "id": risk.id,
        "title": risk.title,
        "category": line.category or None,
        "kind": risk.kind.value,
        "probability": risk.probability,
        "impact": line.impact,
        "score": line.score,
        "emv": round(line.emv, 2),
        "owner": line.owner or None,
        "response": risk.response.value,
        "status": risk.status.value,
        "review_date": risk.review.isoformat() if risk.review else None,
        "tasks": [ids.id_of(uid) for uid in line.tasks],
    }


def amount_text(amount: float, currency: str) -> str:
    """`24,000 EUR`, `-5,000 EUR`: whole units, grouped, the currency after."""
    return f"{amount:,.0f} {currency}".strip()


def risks_table(project: Project) -> str:
    """The register in fixed-width columns, highest score first, with the reserve below."""
    lines = sorted(register_lines(project), key=lambda x: (-x.score, x.risk.id))
    header = (
        f"{'ID':>4}  {'Title':<{TITLE_WIDTH}} {'Category':<12} {'Kind':<11} {'Prob':>5} {'Imp':>3} "
        f"{'Score':>5} {'EMV':>12}  {'Owner':<16} {'Response':<9} {'Status':<8} Review"
    )
    out = [f"{project.name}: {len(lines)} risk{'s' * (len(lines) != 1)}", header, "-" * len(header)]
    for line in lines:
        risk = line.risk
        title = risk.title if len(risk.title) <= TITLE_WIDTH else risk.title[: TITLE_WIDTH - 1] + "…"
        out.append(
            f"{risk.id:>4}  {title:<{TITLE_WIDTH}} {line.category[:12]:<12} {risk.kind.value:<11} "
            f"{risk.probability:>5.0%} {line.impact:>3} {line.score:>5} {line.emv:>12,.0f}  "
            f"{line.owner[:16]:<16} {risk.response.value:<9} {risk.status.value:<8} "
            f"{risk.review.isoformat() if risk.review else ''}"
        )
    out.append(f"Contingency reserve (open risks' EMV): {amount_text(contingency_reserve(project), project.currency)}")
    return "\n".join(out)

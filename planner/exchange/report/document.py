"""`planner report` and Project > Status Report: the status report PDF of a period, in one call.

The PDF is written to a temporary file beside the target and moved over it when complete, so a
failed or cancelled report leaves the target as it was.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from matplotlib import rc_context
from matplotlib.backends.backend_pdf import PdfPages

from planner.core.progress import JobSteps
from planner.core.report.facts import StatusFacts, status_facts
from planner.core.report.period import Period
from planner.core.schedule.result import Schedule
from planner.exchange.report import figures, sections
from planner.exchange.report.pages import Pages
from planner.exchange.report.quality_section import quality

PDF_FONTS = {"pdf.fonttype": 42, "font.family": "DejaVu Sans"}  # TrueType: text stays text


def lay_out(pdf: PdfPages, facts: StatusFacts, prepared: date, steps: JobSteps) -> int:
    """Every section into `pdf`; the number of pages."""
    pages = Pages(pdf, f"{facts.project} · Status report {facts.period.text()}")
    pages.new_page()
    sections.title_block(pages, facts, prepared)
    sections.overall(pages, facts)
    steps.at(0.3)
    for section in (sections.finished, sections.slipped, sections.upcoming, sections.milestone_table, sections.issues):
        section(pages, facts)
    steps.at(0.6)
    figures.budget(pages, facts)
    steps.at(0.8)
    figures.risks(pages, facts)
    quality(pages, facts)
    pages.close()
    return pages.number


def write_status_report(
    schedule: Schedule,
    target: Path,
    period: Period,
    *,
    author: str = "",
    prepared: date | None = None,
    steps: JobSteps | None = None,
) -> StatusFacts:
    """Write the report of `period` to `target` (a PDF); return its facts."""
    steps = steps or JobSteps()
    facts = status_facts(schedule, period, author)
    steps.at(0.1)
    partial = target.with_name(f".{target.name}.partial")
    try:
        with rc_context(PDF_FONTS), PdfPages(partial, metadata=_metadata(facts)) as pdf:
            lay_out(pdf, facts, prepared or date.today(), steps)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    steps.at(1.0)
    return facts


def _metadata(facts: StatusFacts) -> dict[str, str]:
    return {
        "Title": f"{facts.project}: status report {facts.period.text()}",
        "Author": facts.author,
        "Subject": "Project status report",
        "Creator": "Planner",
    }

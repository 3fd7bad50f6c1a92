"""The status report's Quality section and its ratings come from the dashboard's one rule set."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest

from planner.core.report.period import default_period
from planner.core.schedule.engine import schedule
from planner.core.status.assess import assess
from planner.exchange.demo import demo_project
from planner.exchange.report.document import write_status_report

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler) is not installed")


@needs_poppler
def test_the_report_lists_open_defects_by_severity_and_the_gate_warnings(tmp_path) -> None:
    plan = schedule(demo_project())
    period = default_period(plan.project.status_date, date(2030, 1, 1))
    facts = write_status_report(plan, tmp_path / "status.pdf", period)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "status.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    status = assess(plan, date(2030, 1, 1), plan.project.status_date)
    assert [r.rag for r in facts.ratings] == [r.rag for r in status.ratings]  # the dashboard's colours
    quality = text[text.index("Quality\n") :]
    assert f"Open defects: {status.figures.open_defects}" in quality
    counts = "  ".join(str(n) for n in status.open_defects.values())
    assert " ".join(quality.split()).find(" ".join(counts.split())) >= 0
    assert "Gate warnings" in quality and "Security audit: design and hosting" in quality
    assert "23 Design approved" in quality

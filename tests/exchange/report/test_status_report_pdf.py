"""The status report PDF of the demo, read back as a stakeholder's PDF reader sees it (poppler's
pdftotext and pdffonts): every section there, the text searchable, nothing under 7 pt."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from planner.cli import main
from planner.core.progress import Cancelled, JobSteps
from planner.core.report.period import Period
from planner.core.schedule.engine import schedule
from planner.exchange.demo import demo_file_project, demo_project
from planner.exchange.report.document import write_status_report
from planner.store.projectfile import ProjectFile

POPPLER = shutil.which("pdftotext") is not None and shutil.which("pdffonts") is not None
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftotext, pdffonts) is not installed")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("report") / "demo.plandb"
    ProjectFile.create(path, demo_file_project()).close()
    return path


@pytest.fixture(scope="module")
def demo_pdf(demo_file, tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("pdf") / "status.pdf"
    assert main(["report", str(demo_file), "-o", str(target)]) == 0
    return target


def text_of(pdf: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(
        ["pdftotext", "-layout", *pages, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


@needs_poppler
def test_the_first_page_says_where_the_project_stands(demo_pdf):
    first = text_of(demo_pdf, 1)
    for words in [
        "Status report",
        "Customer Portal Rollout",
        "Period: Tue 2027-02-02 to Mon 2027-02-15",
        "Status date: Mon 2027-02-15",
        "Author: Anna Schmidt",
        "Overall: RED, needs action (schedule, cost, risk, quality)",
        "CPI 0.90; forecast 11% over budget",
        "Slipped against the baseline",
        "Requirements review workshop",
    ]:
        assert words in first, words


@needs_poppler
def test_every_section_is_in_the_report_as_text(demo_pdf):
    text = text_of(demo_pdf)
    for words in [
        "Finished in the period (0)",
        "Planned for the next period, Tue 2027-02-16 to Mon 2027-03-01",
        "Milestones (11)",
        "Go-live: customer portal live",
        "Past their deadline",
        "Over-allocated people",
        "Deniz Yilmaz",
        "Budget and earned value at Mon 2027-02-15",
        "Earned value S-curve",  # the Budget tab's chart, its text still text
        "365,711 EUR",
        "Cost by phase",
        "Hypercare and closure",
        "Top 5 risks",
        "CRM partner delivers the order-sync A",
        "Contingency reserve",
        "Finish, P50 / P80 (1,000 runs",
        "Impact",  # the heat map's axis
    ]:
        assert words in text, words
    assert text.count("Customer Portal Rollout · Status report") == 4  # a footer on every page
    assert "Page 4" in text


@needs_poppler
def test_the_fonts_are_embedded_truetype_so_text_stays_text(demo_pdf):
    fonts = subprocess.run(["pdffonts", str(demo_pdf)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all("TrueType" in row and " yes " in row for row in rows), fonts


def test_a_cancelled_report_leaves_no_file(tmp_path):
    target = tmp_path / "status.pdf"
    project = demo_project()
    steps = JobSteps(cancelled=lambda: True, job="The status report")
    with pytest.raises(Cancelled):
        write_status_report(schedule(project), target, Period(date(2027, 2, 1), date(2027, 2, 14)), steps=steps)
    assert list(tmp_path.iterdir()) == []


def test_the_command_line_refuses_a_bad_output_or_period_in_one_line(demo_file, tmp_path, capsys):
    assert main(["report", str(demo_file), "-o", str(tmp_path / "status.docx")]) == 2
    assert capsys.readouterr().err.strip().endswith("the status report is a PDF; name the output NAME.pdf")
    assert (
        main(["report", str(demo_file), "-o", str(tmp_path / "s.pdf"), "--from", "2027-03-01", "--to", "2027-02-01"])
        == 2
    )
    err = capsys.readouterr().err.strip()
    assert err == "planner: error: the report period ends (2027-02-01) before it begins (2027-03-01)"
    assert list(tmp_path.iterdir()) == []


def test_the_command_line_says_what_it_wrote(demo_file, tmp_path, capsys):
    target = tmp_path / "march.pdf"
    assert main(["report", str(demo_file), "-o", str(target), "--from", "2027-01-04", "--to", "2027-01-29"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"wrote the status report of Mon 2027-01-04 to Fri 2027-01-29 to {target}: overall RED;")
    assert "finished" in out and target.stat().st_size > 10_000


@needs_poppler
def test_a_new_empty_project_gets_a_report_that_says_what_is_missing(tmp_path, capsys):
    plan, target = tmp_path / "empty.plandb", tmp_path / "empty.pdf"
    assert main(["new", str(plan), "--name", "Empty", "--start", "2027-03-01"]) == 0
    assert main(["report", str(plan), "-o", str(target), "--to", "2027-03-12"]) == 0
    assert "overall N/A" in capsys.readouterr().out  # nothing to measure is not a green
    text = text_of(target)
    for words in [
        "Period: Sat 2027-02-27 to Fri 2027-03-12",  # the two weeks ending on --to
        "Status date: none set (measured at Fri 2027-03-12)",
        "No baseline with costs yet: Project > Set Baseline",
        "No defects or checklists are logged yet (the Quality tab).",
        "No baseline is saved, so there is nothing to slip against",
        "The plan has no milestones.",
        "The risk register is empty.",
    ]:
        assert words in text, words

"""The printed Gantt: tiled pages with the columns and timescale repeated, vector text, nothing under 7 pt."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest

from planner.cli import main
from planner.core.errors import InputError
from planner.core.model.page_setup import PageSetup
from planner.exchange.demo import demo_project
from planner.store.projectfile import ProjectFile
from planner.ui.printing.layout import PrintLayout
from planner.ui.printing.output import write_pdf
from planner.ui.printing.plan import scheduled
from planner.ui.printing.style import Fonts

from ..helpers import small_project

pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed")
PRINTED = date(2026, 12, 1)


def page_texts(path: Path, pages: int) -> list[str]:
    command = ["pdftotext", "-layout", "-f", "{n}", "-l", "{n}", str(path), "-"]
    return [
        subprocess.run([a.format(n=n) for a in command], capture_output=True, text=True, check=True).stdout
        for n in range(1, pages + 1)
    ]


@pytest.fixture(scope="module")
def demo():
    return scheduled(demo_project())


def test_the_demo_on_a4_landscape_tiles_over_pages(qapp, demo):
    layout = PrintLayout(demo, PageSetup())
    assert layout.fit.scale == 1 and layout.points == 9
    assert layout.fit.pages_wide == 4 and layout.page_rows == 3  # 7 months in weeks; 88 tasks, 30 a page
    assert layout.fit.rows_per_page == 30 and layout.row_height < layout.row_h  # closed up to save a 4th row
    assert [(p.row, p.column) for p in layout.pages[:5]] == [(1, 1), (1, 2), (1, 3), (1, 4), (2, 1)]
    assert layout.pages[-1].last == len(demo.rows) == 88
    two = PrintLayout(demo, PageSetup(pages_wide=2, paper="Letter"))
    assert (two.fit.pages_wide, two.page_rows, two.points) == (2, 3, 9)  # Letter is taller: 3 rows of pages


def test_the_small_plan_fits_one_page_as_asked(qapp, tmp_path):
    plan = scheduled(small_project())
    printed = write_pdf(plan, PageSetup(pages_wide=1), tmp_path / "one.pdf")
    assert (printed.pages, printed.columns, printed.rows) == (1, 1, 1)


@pdftotext
def test_every_page_repeats_the_columns_the_timescale_and_says_where_it_is(qapp, demo, tmp_path):
    target = tmp_path / "gantt.pdf"
    printed = write_pdf(demo, PageSetup(pages_wide=2), target, printed_on=PRINTED)
    assert (printed.pages, printed.columns, printed.rows) == (6, 2, 3)
    texts = page_texts(target, printed.pages)
    for number, text in enumerate(texts, start=1):
        row, column = (number - 1) // 2 + 1, (number - 1) % 2 + 1
        assert "Customer Portal Rollout" in text and "Gantt · Sat 2027-01-02 – " in text
        for title in ("ID", "Task Name", "Duration", "Start", "Finish", "Resource Names"):
            assert title in text, (number, title)
        assert f"Customer Portal Rollout — row {row}, column {column} of 6 — printed 2026-12-01" in text
        foot = " ".join(text.split("\n")[-3:]).split()
        assert foot[:8] == ["Task", "Critical", "Summary", "Milestone", "Status", "date", "Progress", "Deadline"]
    assert "January 2027" in texts[0] and "May 2027" in texts[1]  # the timescale goes on across
    assert "Project kick-off meeting" in texts[0] and "Project kick-off meeting" in texts[1]  # rows repeat across
    assert "Project closed" in texts[-1] and "Project closed" not in texts[0]


def test_no_font_is_set_under_7_pt_even_squeezed_on_portrait(qapp, demo, tmp_path):
    from planner.ui.printing import output

    used: set[float] = set()
    real = Fonts.font

    def spy(self, points, bold=False):
        used.add(points)
        return real(self, points, bold)

    for setup in (PageSetup(), PageSetup(landscape=False, pages_wide=1), PageSetup(paper="Letter", pages_wide=1)):
        Fonts.font = spy
        try:
            output.write_pdf(demo, setup, tmp_path / "squeezed.pdf")
        finally:
            Fonts.font = real
    assert used and min(used) >= 7.0
    assert min(used) < 9.0  # the portrait page did shrink, but not below 7 pt


def test_a_request_that_cannot_be_read_is_refused_in_one_line_with_no_file(qapp, demo, tmp_path):
    target = tmp_path / "tiny.pdf"
    setup = PageSetup(pages_wide=1, date_from=datetime(2027, 1, 1), date_to=datetime(2030, 1, 1))
    with pytest.raises(InputError) as refused:
        write_pdf(demo, setup, target)
    assert str(refused.value).startswith("At 1 page wide the task names and bar labels would be ")
    assert "\n" not in str(refused.value) and not target.exists()


@pdftotext
def test_planner_print_writes_the_pdf_and_says_how_it_is_tiled(qapp, tmp_path, capsys):
    path = tmp_path / "demo.plandb"
    ProjectFile.create(path, demo_project()).close()
    target = tmp_path / "gantt.pdf"
    assert main(["print", str(path), "-o", str(target), "--paper", "Letter", "--landscape", "--pages-wide", "2"]) == 0
    assert capsys.readouterr().out == f"wrote 6 pages (2 columns x 3 rows of pages) to {target}\n"
    assert "Task Name" in page_texts(target, 1)[0]
    arguments = ["print", str(path), "-o", str(target), "--from", "2027-03-01", "--to", "2027-04-30", "--json"]
    assert main(arguments) == 0
    found = json.loads(capsys.readouterr().out)
    assert found == {"pages": 3, "columns": 1, "rows": 3, "output": str(target)}
    assert "March 2027" in page_texts(target, 1)[0]


def test_planner_print_refuses_bad_setup_in_one_line(qapp, tmp_path, capsys):
    path = tmp_path / "demo.plandb"
    ProjectFile.create(path, small_project()).close()
    target = tmp_path / "gantt.pdf"
    for arguments, message in (
        (["--paper", "A3"], "planner: error: paper 'A3' is not one Planner prints on; choose A4 or Letter\n"),
        (["--pages-wide", "0", "--columns", "id,nam"], "planner: error: no column nam to print; the columns are id, "),
        (["--from", "2027-03-01", "--to", "2027-02-01"],
         "planner: error: the date range ends (2027-02-01) before it starts (2027-03-01)\n"),
    ):  # fmt: skip
        assert main(["print", str(path), "-o", str(target), *arguments]) == 2
        error = capsys.readouterr().err
        assert error.startswith(message) and error.count("\n") == 1
    assert not target.exists()


def test_a_plan_too_tall_for_one_picture_is_refused_with_no_file(qapp, tmp_path):
    from planner.core.errors import PlannerError
    from planner.core.model.duration import Duration
    from planner.core.model.entities import Task
    from planner.core.model.factory import new_project
    from planner.ui.printing.output import write_png

    project = new_project("Long list", datetime(2027, 1, 4, 8))
    project.tasks = {i: Task(i, f"Task {i}", position=i, duration=Duration(480)) for i in range(1, 2001)}
    target = tmp_path / "chart.png"
    with pytest.raises(PlannerError, match=r"the chart of 2,000 rows would be .* pixels, more than one picture can"):
        write_png(scheduled(project), PageSetup(), target)
    assert not target.exists()


def test_a_cancelled_pdf_leaves_no_file(qapp, demo, tmp_path):
    from planner.core.errors import Cancelled

    target = tmp_path / "cancelled.pdf"
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 3  # the user presses Cancel while page 4 is next

    with pytest.raises(Cancelled, match="Printing the Gantt cancelled; nothing was written"):
        write_pdf(demo, PageSetup(), target, cancelled=cancelled)
    assert not target.exists() and list(tmp_path.iterdir()) == []

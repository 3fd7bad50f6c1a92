"""LibreOffice opens the demo's workbook, recalculates every formula, and gets Planner's figures.

LibreOffice computes a formula that has no cached value on load (openpyxl writes none), so a
headless conversion to .xlsx holds the recalculated values, read back with data_only=True. Skips
only when LibreOffice is not installed (.ci/run installs libreoffice-calc-nogui).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from planner.core.risk.register import register_lines, top_risks
from planner.core.summary.key_dates import key_dates
from planner.core.summary.milestones import milestone_lines, next_milestones

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


def recalculated(source: Path, folder: Path) -> Path:
    """`source` opened and saved again by LibreOffice, with its own profile (parallel runs don't collide)."""
    profile = (folder / "profile").as_uri()
    out = folder / "out"
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML",
         "--outdir", str(out), str(source)],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    return out / source.name


@pytest.fixture(scope="module")
def books(demo_book, tmp_path_factory):
    """(the workbook as written, the same recalculated by LibreOffice)."""
    again = recalculated(demo_book, tmp_path_factory.mktemp("libreoffice"))
    return load_workbook(demo_book), load_workbook(again, data_only=True)


def formula_cells(book, title: str) -> set[str]:
    return {c.coordinate for row in book[title].iter_rows() for c in row if c.data_type == "f"}


def close(actual, expected) -> bool:
    if isinstance(expected, datetime):
        return isinstance(actual, datetime) and abs((actual - expected).total_seconds()) < 1
    if isinstance(expected, float | int) and not isinstance(expected, bool):
        return isinstance(actual, float | int) and abs(actual - expected) < 1e-6
    return actual == expected


def test_every_milestone_slip_is_planners(books, demo_schedule) -> None:
    written, again = books
    lines = milestone_lines(demo_schedule)
    expected = {f"F{row}": line.slip for row, line in enumerate(lines, start=2)}
    assert formula_cells(written, "Milestones") == set(expected)
    sheet = again["Milestones"]
    wrong = {cell: (sheet[cell].value, want) for cell, want in expected.items() if not close(sheet[cell].value, want)}
    assert not wrong


def test_every_summary_formula_is_planners(books, demo_schedule) -> None:
    written, again = books
    sheet, source = again["Summary"], written["Summary"]
    labels = {source[f"A{r}"].value: r for r in range(source.max_row, 0, -1)}  # the first row of each label
    labels["Risk"] = max(r for r in range(1, source.max_row + 1) if source[f"A{r}"].value == "Risk")
    dates = key_dates(demo_schedule)
    expected: dict[str, object] = {
        f"B{labels['Start']}": dates.start,
        f"B{labels['Forecast finish']}": dates.forecast_finish,
        f"B{labels['Slip (calendar days)']}": dates.slip,
    }
    first = labels["Risk"] + 1  # the Top risks table's first row (its header says "Risk")
    for row, line in enumerate(top_risks(register_lines(demo_schedule.project)), start=first):
        expected |= {
            f"A{row}": f"R{line.risk.id} {line.risk.title}",
            f"B{row}": line.score,
            f"C{row}": line.owner,
            f"D{row}": line.emv,
        }
    lines = milestone_lines(demo_schedule)
    first = labels["Milestone"] + 1
    for row, line in enumerate(next_milestones(lines, demo_schedule.project.status_date), start=first):
        expected |= {f"A{row}": line.name, f"B{row}": line.forecast, f"C{row}": line.baseline, f"D{row}": line.slip}
    figures = {c for c in formula_cells(written, "Summary") if re.fullmatch(r"=[A-Za-z]\w*", source[c].value)}
    for cell in figures:  # a figure another sheet named: the Summary shows what that sheet computed
        name = source[cell].value.removeprefix("=")
        target = written.defined_names[name].attr_text.replace("$", "").replace("'", "")
        title, at = target.split("!")
        expected[cell] = again[title][at].value
    assert formula_cells(written, "Summary") == set(expected)
    wrong = {cell: (sheet[cell].value, want) for cell, want in expected.items() if not close(sheet[cell].value, want)}
    assert not wrong


def test_libreoffice_keeps_the_outline_and_the_gantt_rules(books) -> None:
    _, again = books
    sheet = again["Schedule"]
    assert sheet.row_dimensions[3].outline_level == 1
    assert len([r for cf in sheet.conditional_formatting for r in cf.rules]) >= 5

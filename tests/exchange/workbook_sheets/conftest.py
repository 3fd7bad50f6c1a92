"""The demo's workbook, built once, read back with openpyxl, and recalculated by LibreOffice.

LibreOffice runs with a profile of its own in a temporary folder, so that it never meets a
desktop instance or another test's; a test that needs it skips only when soffice is absent.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from planner.core.schedule.engine import Schedule, schedule
from planner.exchange.demo import demo_file_project
from planner.exchange.workbook.book import build_workbook


def recalculate(path: Path, folder: Path) -> Workbook:
    """`path` as LibreOffice computes it: opened headless, every formula evaluated, saved again as
    .xlsx; read back with the values (data_only)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    out = folder / "recalculated"
    profile = (folder / "lo-profile").as_uri()
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--calc", "--convert-to", "xlsx",
         "--outdir", str(out), str(path)],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    return load_workbook(out / path.name, data_only=True)


@pytest.fixture(scope="session")
def demo_schedule() -> Schedule:
    return schedule(demo_file_project())


@pytest.fixture(scope="session")
def demo_path(demo_schedule, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("workbook") / "demo.xlsx"
    build_workbook(demo_schedule).save(path)
    return path


@pytest.fixture(scope="session")
def demo_book(demo_path) -> Workbook:
    """The demo's workbook as written: formulas as text."""
    return load_workbook(demo_path)


@pytest.fixture(scope="session")
def demo_values(demo_path, tmp_path_factory) -> Workbook:
    """The demo's workbook after LibreOffice recalculated it: the formulas' values."""
    return recalculate(demo_path, tmp_path_factory.mktemp("lo"))


def rows_of(sheet, header_row: int) -> dict[str, int]:
    """Column number of each header text of row `header_row`."""
    return {cell.value: cell.column for cell in sheet[header_row] if cell.value is not None}


def find_row(sheet, text: str, column: int = 1) -> int:
    """The first row whose cell in `column` holds `text`."""
    for row in range(1, sheet.max_row + 1):
        if sheet.cell(row, column).value == text:
            return row
    raise AssertionError(f"{text!r} not found in column {column} of {sheet.title}")

"""Hostile sheets in every encoding and delimiter the import reads: one clear line per problem, never a traceback.

Each example is a task list made of cells a PM or a broken exporter could write
(plausible values, huge and non-finite numbers, stray quotes, delimiters and line
breaks inside cells, odd unicode), laid out with a delimiter the import sniffs and
saved in an encoding it decodes, or as an .xlsx workbook. `planner import` must then
exit 0 (and the file it wrote must schedule) or exit 2 with one line per problem
and no file written, within a bounded time. PLANNER_HYPOTHESIS=thorough runs
thousands of examples instead of a hundred.
"""

from __future__ import annotations

import contextlib
import io
import signal
import tempfile
from datetime import datetime
from pathlib import Path

import openpyxl
from hypothesis import example, given
from hypothesis import strategies as st
from openpyxl.utils.exceptions import IllegalCharacterError

from planner.cli import main

HEADERS = ["ID", "Name", "Duration", "Start", "Finish", "Predecessors", "Outline Level", "Constraint Type"]
HEADERS += ["Constraint Date", "Deadline", "% Complete", "Priority", "Notes", "Resource Names", ""]
HOSTILE = [
    "", " ", "NA", "0", "1", "-1", "3", "1.5", "2,5", "1e400", "nan", "inf", "-inf", "9" * 30,
    "99999999999999999999999",
    "3d", "0d", "-2d", "1e400d", "4 hrs", "2 wks", "3ed", "1000000mo", "?",
    "1", "2FS+1d", "1;2", "3SS-2d", "1FS+1e30%", "1FS+nan%", "2FF+50%", "1SF+inf%", "5FS+", "FS", "1,,2",
    "2027-01-04", "1/4/2027", "Mon 1/4/27 8:00 AM", "Tue 1/4/27", "31/31/2027", "2150-01-01", "1900-01-01",
    "Must Start On", "SNET", "Start Sometime", "50%", "150%", "high",
    '"', '""', 'a"b', '"open', 'close"', "a\nb", "a\r\nb", ",", ";", "\t", "\x00", "\ufeff", "é", "\u2028", "💥",
]  # fmt: skip
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "cp1252"]
DELIMITERS = [",", ";", "\t"]


def cell_text() -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(HOSTILE), st.text(max_size=12))


@st.composite
def sheets(draw: st.DrawFn) -> tuple[list[str], list[list[str]]]:
    header = draw(st.lists(st.sampled_from(HEADERS), min_size=1, max_size=8))
    if draw(st.booleans()):
        header = ["ID", "Name", *header]  # most sheets a PM tries have these
    width = len(header)
    rows = draw(st.lists(st.lists(cell_text(), min_size=0, max_size=width + 2), max_size=12))
    return header, rows


def raw_csv(header: list[str], rows: list[list[str]], delimiter: str, quote_all: bool) -> str:
    """Cells joined as a careless exporter does (quoted or not, stray quotes left as they are)."""

    def line(cells: list[str]) -> str:
        return delimiter.join(f'"{c}"' if quote_all else c for c in cells)

    return "\r\n".join([line(header)] + [line(r) for r in rows]) + "\r\n"


@contextlib.contextmanager
def time_limit(seconds: int):
    """A hang fails the example instead of stopping the run."""

    def stop(signum, frame):
        raise AssertionError(f"the import took more than {seconds} s: it hangs")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), time_limit(60):
        code = main(argv)
    return code, out.getvalue(), err.getvalue()


def check_import(source: Path, folder: Path) -> None:
    output = folder / "out.plandb"
    code, out, err = run(["import", str(source), "-o", str(output), "--start", "2027-01-04"])
    assert code in (0, 2), err
    assert "Traceback" not in err
    lines = err.splitlines()
    if code == 2:
        assert not output.exists(), "a refused import wrote a file"
        assert lines and lines[-1].startswith("planner: error: "), err
        for problem in lines[:-1]:
            assert problem.startswith(("warning: ", "note: ", f"{source}: ")), problem
    else:
        assert output.exists()
        assert out.startswith("imported "), out
        assert all(line.startswith(("warning: ", "note: ")) for line in lines), err
        code, _, err = run(["schedule", str(output)])
        assert code == 0, err


@given(
    sheet=sheets(),
    encoding=st.sampled_from(ENCODINGS),
    delimiter=st.sampled_from(DELIMITERS),
    quote_all=st.booleans(),
)
@example(sheet=(["ID", "Name", "Duration"], [["99999999999999999999999", "A", "1d"]]), encoding="utf-8",
         delimiter=",", quote_all=False)  # fmt: skip
@example(sheet=(["ID", "Name", "Predecessors"], [["1", '"A', ""], ["2", "B", "1"]]), encoding="cp1252",
         delimiter=";", quote_all=False)  # fmt: skip
def test_a_hostile_csv_is_imported_or_refused_in_one_line_per_problem(sheet, encoding, delimiter, quote_all) -> None:
    header, rows = sheet
    text = raw_csv(header, rows, delimiter, quote_all)
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "sheet.csv"
        source.write_bytes(text.encode(encoding, errors="replace"))
        check_import(source, Path(folder))


def xlsx_value() -> st.SearchStrategy[object]:
    return st.one_of(
        cell_text().map(lambda text: text.replace("\x00", "")),
        st.integers(min_value=-(2**70), max_value=2**70),
        st.floats(allow_nan=False, allow_infinity=False),
        st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(9999, 1, 1)),
        st.none(),
        st.booleans(),
    )


@given(header=st.lists(st.sampled_from(HEADERS), min_size=1, max_size=8), data=st.data())
def test_a_hostile_workbook_is_imported_or_refused_in_one_line_per_problem(header, data) -> None:
    rows = data.draw(st.lists(st.lists(xlsx_value(), max_size=len(header) + 1), max_size=8))
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["ID", "Name", *header])
    for row in rows:
        try:
            sheet.append(row)
        except (ValueError, TypeError, IllegalCharacterError):  # a value openpyxl cannot store (a control character)
            sheet.append([None])
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "sheet.xlsx"
        book.save(source)
        check_import(source, Path(folder))

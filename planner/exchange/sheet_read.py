"""A task list file read into a header and numbered rows of cells, from .csv or .xlsx.

Row numbers are the ones a user sees in a spreadsheet program (the header is
usually row 1), so a message such as "row 7: ..." points at the right line.
Every way a file can fail to be a readable sheet (missing, wrong kind, damaged,
empty, undecodable) becomes one InputError with a message fit to show as it is.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from planner.core.errors import InputError, PlannerError
from planner.exchange.sheet_cells import Cell
from planner.exchange.sheet_quotes import check_record_quotes

SHEET_NAMES = ("task_table1", "tasks")  # what MS Project's export wizard names the task sheet
RESOURCE_SHEET_NAMES = ("resource_table1", "resources")  # and the resource sheet
# Comma; semicolon, as Excel writes CSV where the decimal separator is a comma; tab ("Unicode text").
CSV_DELIMITERS = (",", ";", "\t")


@dataclass
class Sheet:
    """The header cells' text and every non-blank row below it, each with its spreadsheet row number."""

    name: str
    header: list[str]
    rows: list[tuple[int, list[Cell]]] = field(default_factory=list)


RowsRead = Callable[[int], None]  # told every TICK_ROWS rows read; may raise to stop the reading
TICK_ROWS = 2000


def read_sheet(
    path: Path, rows_read: RowsRead | None = None, names: tuple[str, ...] = SHEET_NAMES, what: str = "tasks"
) -> Sheet:
    """Read a .csv or .xlsx task list; raise InputError if it cannot be read as one.

    `rows_read(count)`, if given, is called every TICK_ROWS rows, so a job runner can
    cancel a long read (by raising from it). In a workbook, the worksheet named one of
    `names` is read, else the first; `what` names the rows in messages ("resources").
    """
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: there is no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a task list file")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        records = _csv_records(path, rows_read)
    elif suffix in (".xlsx", ".xlsm"):
        records = _xlsx_records(path, rows_read, names)
    elif suffix == ".xls":
        raise InputError(f"{path.name}: old Excel 97-2003 workbooks (.xls) cannot be read; save it as .xlsx or .csv")
    else:
        raise InputError(f"{path.name}: only .csv and .xlsx task lists can be imported")
    return _sheet_of(path.name, records, what)


def _sheet_of(name: str, records: list[tuple[int, list[Cell]]], what: str = "tasks") -> Sheet:
    """The first non-blank row is the header; blank rows below it are dropped."""
    filled = [(number, cells) for number, cells in records if any(not c.blank for c in cells)]
    if not filled:
        raise InputError(f"{name} is empty: it has no header row and no {what}")
    header_cells = filled[0][1]
    header = [str(c.value).strip() if not c.blank else "" for c in header_cells]
    if len(filled) == 1:
        raise InputError(f"{name} has a header row but no {what} below it")
    return Sheet(name, header, filled[1:])


# -- CSV ---------------------------------------------------------------------------------------
def _check_readable(path: Path) -> None:
    try:
        with path.open("rb"):
            pass
    except OSError as error:
        raise InputError(f"{path.name}: cannot be read ({error.strerror or error})") from None


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise InputError(f"{path.name}: cannot be read ({error.strerror or error})") from None


ZIP_MAGIC = b"PK\x03\x04"  # an .xlsx is a zip archive
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # an .xls, or an .xlsx saved with a password


def decode_text(data: bytes, name: str) -> str:
    """CSV text as Excel may save it: UTF-8 (with or without BOM), UTF-16 'Unicode text', or Windows-1252."""
    if data.startswith((ZIP_MAGIC, OLE_MAGIC)):
        raise InputError(f"{name} is an Excel workbook, not a text (CSV) file; name it .xlsx (or save it as CSV)")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates: tuple[str, ...] = ("utf-16",)
    else:
        candidates = ("utf-8-sig", "cp1252")
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            raise InputError(f"{name} is not a text (CSV) file")
        return text
    raise InputError(f"{name} is not text in UTF-8 or Windows-1252; save it from Excel as 'CSV UTF-8'")


def sniff_delimiter(first_line: str) -> str:
    """The delimiter that splits the header line into the most columns (comma on a tie).

    The header decides, not the data: notes may hold any number of commas.
    """
    counts = {d: len(next(csv.reader([first_line], delimiter=d), [])) for d in CSV_DELIMITERS}
    return max(CSV_DELIMITERS, key=lambda d: (counts[d], d == ","))


def _csv_records(path: Path, rows_read: RowsRead | None) -> list[tuple[int, list[Cell]]]:
    text = decode_text(_read_bytes(path), path.name)
    first_line = next((line for line in io.StringIO(text) if line.strip()), "").rstrip("\r\n")
    delimiter = sniff_delimiter(first_line)
    header_width = len(next(csv.reader([first_line], delimiter=delimiter), []))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[tuple[int, list[Cell]]] = []
    lines: list[str] | None = None  # the file's physical lines, split only if a record spans several
    last_line = 0
    try:
        for number, record in enumerate(reader, start=1):
            if reader.line_num > last_line + 1:
                lines = lines if lines is not None else io.StringIO(text, newline="").readlines()
                span = lines[last_line : reader.line_num]
                check_record_quotes(path.name, span, delimiter, header_width, number, last_line + 1)
            last_line = reader.line_num
            if rows_read is not None and number % TICK_ROWS == 0:
                rows_read(number)
            if any(value and not value.isspace() for value in record):  # a blank row is left out at once
                records.append((number, [Cell(value) for value in record]))
    except csv.Error as error:
        raise InputError(f"{path.name}: line {reader.line_num} cannot be read as CSV ({error})") from None
    return records


# -- XLSX --------------------------------------------------------------------------------------
def _xlsx_records(path: Path, rows_read: RowsRead | None, names: tuple[str, ...]) -> list[tuple[int, list[Cell]]]:
    from openpyxl import load_workbook  # imported here: a CSV import should not pay for it

    _check_readable(path)  # a permission problem gets its own message, not "damaged"
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # openpyxl raises a dozen kinds (zip, XML, key errors) on a file that is not a workbook
        raise InputError(
            f"{path.name} is not an Excel .xlsx workbook, or it is damaged or password-protected"
        ) from None
    try:
        sheet = named_worksheet(workbook, names) or _first_other(workbook, names)
        if sheet is None:
            return []
        sheet.reset_dimensions()  # some writers record a wrong size; read every row there is
        records = []
        for number, row in enumerate(sheet.iter_rows(), start=1):
            records.append((number, [Cell(c.value, "%" in (getattr(c, "number_format", "") or "")) for c in row]))
            if rows_read is not None and number % TICK_ROWS == 0:
                rows_read(number)
        return records
    except PlannerError:  # an InputError of ours, or a job cancelled from rows_read
        raise
    except Exception:  # a damaged sheet inside a sound zip fails only while its rows are read
        raise InputError(f"{path.name}: the worksheet is damaged and cannot be read") from None
    finally:
        workbook.close()


def named_worksheet(workbook: Any, names: tuple[str, ...]) -> Any:
    """The worksheet whose title is one of `names` (MS Project's export names), if any."""
    for sheet in workbook.worksheets:
        if sheet.title.strip().lower() in names:
            return sheet
    return None


def _first_other(workbook: Any, names: tuple[str, ...]) -> Any:
    """The first worksheet, passing over the resource sheet when tasks are read (it may come first)."""
    others = [
        w for w in workbook.worksheets if names != SHEET_NAMES or w.title.strip().lower() not in RESOURCE_SHEET_NAMES
    ]
    return others[0] if others else None


def has_worksheet(path: Path, names: tuple[str, ...]) -> bool:
    """Whether an .xlsx workbook holds a worksheet named one of `names` (a CSV holds none)."""
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return False
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True)
    except Exception:  # the task reading says what is wrong with the file
        return False
    try:
        return named_worksheet(workbook, names) is not None
    finally:
        workbook.close()

"""Sheets from issue 9 that gave a traceback or were silently mangled: each now gets row errors."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from planner.cli import main
from planner.core.errors import InputError
from planner.exchange.task_import import read_task_sheet

START = datetime(2027, 1, 4, 8, 0)
HEADER = "ID,Name,Duration,Predecessors\n"


def sheet(folder: Path, body: str) -> Path:
    path = folder / "tasks.csv"
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def problems(path: Path) -> list[str]:
    return [str(p) for p in read_task_sheet(path, start=START).problems]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("99999999999999999999999,A,1d,\n", "row 2: task ID '99999999999999999999999' is too large"),
        ("1,A," + "9" * 400 + "d,\n", "row 2: duration '" + "9" * 400 + "d' is too long"),
        ("1,A,1d,\n2,B,1d,1FS+1e30%\n", "row 3: lag '+1e30%' is too long"),
        ("1,A,1d,\n2,B,1d,1FS+nan%\n", "row 3: lag '+nan%' is not a percentage"),
    ],
)
def test_huge_numbers_are_row_errors(tmp_path: Path, body: str, expected: str) -> None:
    (found,) = problems(sheet(tmp_path, body))
    assert found.startswith(expected)


def test_a_huge_number_in_an_excel_cell_is_a_row_error(tmp_path: Path) -> None:
    path = tmp_path / "tasks.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["ID", "Name", "Duration"])
    book.active.append([1e23, "A", "1d"])
    book.active.append([2, "B", 1e30])
    book.save(path)
    assert problems(path) == [
        "row 2: task ID '99999999999999991611392' is too large; the largest task ID is 2,147,483,647",
        "row 3: duration '1000000000000000019884624838656' is too long; Planner schedules at most the years 1984-2149",
    ]


def test_the_cli_refuses_a_huge_id_in_one_line_per_row_and_writes_nothing(tmp_path: Path, capsys) -> None:
    source = sheet(tmp_path, "99999999999999999999999,A,1d,\n2,B,1d,1FS+1e30%\n")
    output = tmp_path / "out.plandb"
    assert main(["import", str(source), "-o", str(output), "--start", "2027-01-04"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 3  # two rows, then the summary
    assert not output.exists()


# -- a quote left open --------------------------------------------------------------------------
def test_an_unterminated_quote_is_refused_where_it_opened(tmp_path: Path, capsys) -> None:
    source = sheet(tmp_path, '1,A,1d,\n2,"B,1d,1\n3,C,1d,2\n4,D,1d,3\n')
    output = tmp_path / "out.plandb"
    assert main(["import", str(source), "-o", str(output), "--start", "2027-01-04"]) == 2
    assert capsys.readouterr().err == (
        "planner: error: tasks.csv: row 3, column B: the quote that opens this cell never closes, so every line "
        'below it would be read as one cell; close the quote, or double it ("") where it is part of the text\n'
    )
    assert not output.exists()


def test_a_quote_closed_by_a_later_cells_opening_quote_is_refused(tmp_path: Path) -> None:
    source = sheet(tmp_path, '1,A,1d,\n2,"B,1d,1\n3,"C,1d,2\n4,D,1d,3\n')
    with pytest.raises(InputError, match=r"row 3, column B: the quote that opens this cell closes only on line 4"):
        read_task_sheet(source, start=START)


def test_a_quote_that_swallows_whole_rows_is_refused(tmp_path: Path) -> None:
    source = sheet(tmp_path, '1,"A,1d,\n2,B,1d,1\n3,C,1d,2\n4,D",1d,3\n5,E,1d,\n')
    with pytest.raises(InputError, match=r"row 2, column B: .* closes only on line 5, so lines 2-5 would be read"):
        read_task_sheet(source, start=START)


def test_a_quoted_note_over_several_lines_still_imports(tmp_path: Path) -> None:
    path = tmp_path / "tasks.csv"
    path.write_text('ID,Name,Duration,Notes\n1,A,1d,"one\ntwo, with a comma\n""three"""\n2,B,1d,\n', encoding="utf-8")
    result = read_task_sheet(path, start=START)
    assert result.ok
    assert result.project.tasks[1].notes == 'one\ntwo, with a comma\n"three"'
    assert result.project.tasks[2].name == "B"


def test_a_quote_opening_in_a_semicolon_sheet_is_found_in_its_column(tmp_path: Path) -> None:
    path = tmp_path / "tasks.csv"
    path.write_bytes('ID;Name;Duration\n1;Design;1d\n2;Büild;"2d\n3;Test;1d\n'.encode("cp1252"))
    with pytest.raises(InputError, match="row 3, column C: the quote that opens this cell never closes"):
        read_task_sheet(path, start=START)

"""Tab-separated clipboard text as Excel writes and reads it."""

from __future__ import annotations

from planner.exchange.tsv import read_tsv, write_tsv


def test_rows_are_written_as_excel_puts_them_on_the_clipboard() -> None:
    assert write_tsv([["1", "Design", "3d"], ["2", "Build", ""]]) == "1\tDesign\t3d\r\n2\tBuild\t\r\n"


def test_a_cell_with_a_tab_a_line_break_or_a_quote_is_quoted_and_reads_back_whole() -> None:
    grid = [["a\tb", 'say "hi"', "two\nlines"], ["plain", "", "x"]]
    text = write_tsv(grid)
    assert text.startswith('"a\tb"\t"say ""hi"""\t"two\nlines"\r\n')
    assert read_tsv(text) == grid


def test_excel_text_reads_with_any_line_end_and_without_the_final_one() -> None:
    assert read_tsv("Spec\t2d\r\nBuild\t3d\r\n") == [["Spec", "2d"], ["Build", "3d"]]
    assert read_tsv("Spec\t2d\nBuild\t3d") == [["Spec", "2d"], ["Build", "3d"]]
    assert read_tsv("Spec\t2d\rBuild\t3d\r") == [["Spec", "2d"], ["Build", "3d"]]


def test_trailing_blank_lines_are_not_rows_but_empty_cells_inside_are_kept() -> None:
    assert read_tsv("Spec\t\t2d\r\n\r\n\r\n") == [["Spec", "", "2d"]]
    assert read_tsv("") == [] and read_tsv("\r\n") == []

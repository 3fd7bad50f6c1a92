"""Tab-separated text as Excel puts it on the clipboard and reads it back. Qt-free.

Excel writes one line per row (CRLF), cells separated by tabs, a final line break, and
quotes a cell that holds a tab, a line break or a quote ("" inside). Reading accepts
that, LF or CR line ends, and a missing final line break. The stdlib csv module does
the quoting both ways; it is told the dialect rather than left to guess.
"""

from __future__ import annotations

import csv
import io


class _ExcelTab(csv.excel_tab):
    lineterminator = "\r\n"


def write_tsv(rows: list[list[str]]) -> str:
    """The grid as Excel's clipboard text: tab between cells, CRLF after each row."""
    out = io.StringIO()
    csv.writer(out, dialect=_ExcelTab).writerows(rows)
    return out.getvalue()


def read_tsv(text: str) -> list[list[str]]:
    """The grid of cells in clipboard text; [] for empty text. Rows keep their own lengths.

    Trailing blank lines (Excel adds one; some programs more) are not rows.
    """
    if not text:
        return []
    rows = list(csv.reader(io.StringIO(text, newline=""), dialect=_ExcelTab))
    while rows and not any(cell for cell in rows[-1]):
        rows.pop()
    return rows

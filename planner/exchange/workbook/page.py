"""What every sheet gets the same: frozen headers, an autofilter, and a print setup a stakeholder
can print without touching it (landscape, one page wide, header rows repeated on every page, the
project's name and "Page 3 of 7" in the footer)."""

from __future__ import annotations

from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet


def footer_text(text: str) -> str:
    """Text for a header/footer section: "&" starts a code there (&P is the page), so it is doubled."""
    return text.replace("&", "&&")


def print_setup(
    sheet: Worksheet, project_name: str, title_rows: str | None, pages_wide: int | None = 1, pages_tall: int = 0
) -> None:
    """Landscape, `pages_wide` pages wide (None: the sheet's own size, tiled) and `pages_tall` tall
    (0: as many as it takes), `title_rows` ("1:1") repeated on every page, footer: project name,
    page numbers, sheet name."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    if pages_wide is not None:
        sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        sheet.page_setup.fitToWidth = pages_wide
        sheet.page_setup.fitToHeight = pages_tall
    if title_rows:
        sheet.print_title_rows = title_rows
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    footer = sheet.oddFooter
    footer.left.text, footer.left.size = footer_text(project_name), 8
    footer.center.text, footer.center.size = "Page &P of &N", 8
    footer.right.text, footer.right.size = "&A", 8


def table_sheet(
    sheet: Worksheet, project_name: str, header_row: int, last_row: int, last_column: str, freeze: str
) -> None:
    """Freeze the panes at `freeze` (the first cell that scrolls), filter the table, set up printing."""
    sheet.freeze_panes = freeze
    sheet.auto_filter.ref = f"A{header_row}:{last_column}{max(last_row, header_row + 1)}"
    print_setup(sheet, project_name, f"{header_row}:{header_row}")

"""The print setup every sheet gets, so a stakeholder can print without touching it: landscape, one
page wide (as many tall as it takes), the header rows on every page, and the project's name,
"Page 3 of 7" and the sheet's name in the footer. The paper is the reader's printer's (A4 or
Letter), except on the Risks sheet, which asks for A3: its twenty columns one page wide would be
about 6 pt on A4."""

from __future__ import annotations

from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet


def footer_text(text: str) -> str:
    """Text for a header/footer section: "&" starts a code there (&P is the page), so it is doubled."""
    return text.replace("&", "&&")


def print_setup(
    sheet: Worksheet, project_name: str, title_rows: str | None, pages_wide: int | None = 1, pages_tall: int = 0
) -> None:
    """Landscape, `pages_wide` pages wide (None: the sheet's own size, tiled across) and `pages_tall`
    tall (0: as many as it takes), `title_rows` ("1:1") repeated on every page, and the footer."""
    sheet.page_setup.orientation = "landscape"
    if pages_wide is not None:
        sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        sheet.page_setup.fitToWidth = pages_wide
        sheet.page_setup.fitToHeight = pages_tall
    if title_rows:
        sheet.print_title_rows = title_rows
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    footer = sheet.oddFooter
    footer.left.text, footer.left.size = footer_text(project_name), 8
    footer.center.text, footer.center.size = "Page &P of &N", 8
    footer.right.text, footer.right.size = "&A", 8

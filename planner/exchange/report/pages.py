"""A4 portrait pages that fill from the top: headings, wrapped text, tables that carry on over a page
break with their header repeated, red/amber/green lines, and a chart in a band of a page.

Drawn with matplotlib into PdfPages (no Qt, text stays text: TrueType fonts are embedded, so a
reader can select, search and copy it). Positions are in points from the page's top-left corner.
A chart comes from the same chart functions as the tabs: the function draws its Figure at the
page's size, and its constrained layout is held to the band the chart is given; the page's text
is then written on that Figure.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.patches import Rectangle
from matplotlib.textpath import TextToPath

A4 = (595.0, 842.0)  # points
MARGIN = 48.0
BODY = 9.0  # pt: the text size of the body and the tables (never under 7)
INK, GREY, RULE = "#1a1a1a", "#5f6368", "#d0d4da"
HEADER_FILL = "#eef1f5"
SIGN_COLOURS = {"green": "#2e7d32", "amber": "#f9a825", "red": "#c62828", "n/a": "#9e9e9e"}
SIGN_WORDS = {"green": "GREEN", "amber": "AMBER", "red": "RED", "n/a": "N/A"}


@lru_cache(maxsize=1024)
def _advance(char: str, bold: bool) -> float:
    """One character's advance at 100 pt, measured once: a report measures thousands of cells."""
    prop = FontProperties(family="DejaVu Sans", size=100, weight="bold" if bold else "normal")
    width, _height, _descent = TextToPath().get_text_width_height_descent(f"|{char}|", prop, ismath=False)
    bars, _h, _d = TextToPath().get_text_width_height_descent("||", prop, ismath=False)
    return width - bars


def text_width(text: str, size: float = BODY, bold: bool = False) -> float:
    """The width of `text` in points as it will be drawn (kerning left out: 2% to spare)."""
    return 1.02 * size / 100 * sum(_advance(char, bold) for char in text)


def fit(text: str, width: float, size: float = BODY, bold: bool = False) -> str:
    """`text` cut with an ellipsis so that it fits `width` points."""
    if text_width(text, size, bold) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if text_width(text[:middle].rstrip() + "…", size, bold) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def wrap(text: str, width: float, size: float = BODY, bold: bool = False) -> list[str]:
    """`text` broken into lines at spaces so that each fits `width` points."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if current and text_width(candidate, size, bold) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    return [*lines, current] if current else lines


@dataclass(frozen=True)
class Column:
    title: str
    width: float  # points
    align: str = "left"  # left or right
    wrap: bool = False  # a long text goes on as many lines as it needs (else it is cut with …)


class Pages:
    """The report's pages as they fill; `close()` writes the last one."""

    def __init__(self, pdf: PdfPages, footer: str) -> None:
        self.pdf = pdf
        self.footer = footer
        self.number = 0
        self.figure: Figure | None = None
        self.y = MARGIN

    @property
    def width(self) -> float:
        return A4[0] - 2 * MARGIN

    def new_page(self, figure: Figure | None = None) -> None:
        self._finish_page()
        self.number += 1
        self.figure = figure or Figure(figsize=(A4[0] / 72, A4[1] / 72))
        self.y = MARGIN

    def need(self, height: float) -> None:
        """Room for `height` points more on this page, else a new one."""
        if self.figure is None or self.y + height > A4[1] - MARGIN - 14:
            self.new_page()

    def close(self) -> None:
        self._finish_page()

    def _finish_page(self) -> None:
        if self.figure is None:
            return
        self.write(MARGIN, A4[1] - MARGIN + 16, self.footer, size=7.5, colour=GREY)
        self.write(A4[0] - MARGIN, A4[1] - MARGIN + 16, f"Page {self.number}", size=7.5, colour=GREY, align="right")
        self.pdf.savefig(self.figure)
        self.figure = None

    def write(self, x: float, y: float, text: str, *, size: float = BODY, bold: bool = False,
              colour: str = INK, align: str = "left") -> None:  # fmt: skip
        """One line of text whose baseline is `y` points from the top."""
        assert self.figure is not None
        self.figure.text(x / A4[0], 1 - y / A4[1], text, fontsize=size, fontweight="bold" if bold else "normal",
                         color=colour, ha=align, va="baseline", family="DejaVu Sans")  # fmt: skip

    def box(self, x: float, y: float, width: float, height: float, colour: str, edge: str | None = None) -> None:
        """A filled rectangle whose top-left corner is (x, y) points from the page's top-left."""
        assert self.figure is not None
        self.figure.add_artist(Rectangle(
            (x / A4[0], 1 - (y + height) / A4[1]), width / A4[0], height / A4[1],
            transform=self.figure.transFigure, facecolor=colour, edgecolor=edge or colour, linewidth=0.6,
        ))  # fmt: skip

    def heading(self, text: str, size: float = 12.5) -> None:
        self.need(size + 70)  # never a heading alone at the foot of a page
        self.y += size + 10
        self.write(MARGIN, self.y, text, size=size, bold=True)
        self.y += 4
        self.box(MARGIN, self.y, self.width, 0.8, RULE)
        self.y += 8

    def paragraph(self, text: str, *, size: float = BODY, colour: str = INK, indent: float = 0,
                  bold: bool = False) -> None:  # fmt: skip
        for line in wrap(text, self.width - indent, size, bold):
            self.need(size * 1.45)
            self.y += size * 1.45
            self.write(MARGIN + indent, self.y, line, size=size, colour=colour, bold=bold)

    def space(self, points: float) -> None:
        self.y += points

    def sign(self, sign: str, area: str, finding: str, rule: str) -> None:
        """A coloured label (RED/AMBER/GREEN) with the area, what was found and the rule below it."""
        label_width, left = 52.0, MARGIN + 150
        finding_lines = wrap(finding, self.width - 150, BODY)
        rule_lines = wrap(f"Rule: {rule}", self.width - 150, 7.5)
        height = 4 + 13 * len(finding_lines) + 10 * len(rule_lines)
        self.need(height + 6)
        top = self.y + 4
        self.box(MARGIN, top, label_width, 15, SIGN_COLOURS[sign])
        word_colour = INK if sign == "amber" else "white"
        self.write(
            MARGIN + label_width / 2, top + 11, SIGN_WORDS[sign], size=8, bold=True, colour=word_colour, align="center"
        )
        self.write(MARGIN + label_width + 10, top + 11, area, size=10, bold=True)
        y = top
        for line in finding_lines:
            y += 13 if y == top else 12
            self.write(left, y - (2 if y == top + 13 else 0), line)
        for line in rule_lines:
            y += 10
            self.write(left, y, line, size=7.5, colour=GREY)
        self.y = max(y, top + 15) + 8

    def table(self, columns: Sequence[Column], rows: Sequence[Sequence[str]], *, size: float = 8.5,
              marks: Sequence[str | None] | None = None) -> None:  # fmt: skip
        """Rows under a header row; the header is repeated on each page the table carries on to.
        `marks` colours a row's text (e.g. a late one red); None keeps the ink."""
        height = size + 5.5
        self._table_header(columns, size, height)
        for index, row in enumerate(rows):
            lines = self._lines(columns, row, size)
            tall = height + (max(len(cell) for cell in lines) - 1) * size * 1.25
            if self.y + tall > A4[1] - MARGIN - 14:
                self.new_page()
                self._table_header(columns, size, height)
            colour = (marks[index] if marks else None) or INK
            self._table_row(columns, lines, size, tall, colour)
        self.y += 4

    @staticmethod
    def _lines(columns: Sequence[Column], row: Sequence[str], size: float, bold: bool = False) -> list[list[str]]:
        """Each cell's lines: wrapped in a wrapping column, else one line cut to fit."""
        return [
            (wrap(cell, c.width - 6, size, bold) or [""]) if c.wrap else [fit(cell, c.width - 6, size, bold)]
            for c, cell in zip(columns, row, strict=True)
        ]

    def _table_header(self, columns: Sequence[Column], size: float, height: float) -> None:
        self.need(3 * height)
        self.box(MARGIN, self.y, self.width, height + 1, HEADER_FILL)
        titles = [[fit(c.title, c.width - 6, size, True)] for c in columns]
        self._table_row(columns, titles, size, height + 1, INK, bold=True)

    def _table_row(self, columns: Sequence[Column], cells: Sequence[list[str]], size: float, height: float,
                   colour: str, bold: bool = False) -> None:  # fmt: skip
        x = MARGIN
        first = self.y + size + 1.5
        for column, lines in zip(columns, cells, strict=True):
            for number, text in enumerate(lines):
                y = first + number * size * 1.25
                if column.align == "right":
                    self.write(x + column.width - 3, y, text, size=size, bold=bold, colour=colour, align="right")
                else:
                    self.write(x + 3, y, text, size=size, bold=bold, colour=colour)
            x += column.width
        self.y += height
        self.box(MARGIN, self.y, self.width, 0.4, RULE)

    def chart_page(self, draw: Callable[[tuple[float, float]], Figure]) -> None:
        """A new page whose Figure `draw` (a chart function) makes at the page's size; `chart_band`
        then says where on the page the chart goes, and text is written around it."""
        self.new_page(draw((A4[0] / 72, A4[1] / 72)))

    def chart_band(self, height: float, width: float | None = None) -> float:
        """Hold the page's chart to a band `height` points tall (`width` wide) from the cursor; return
        the band's top, for text written beside a narrow chart."""
        assert self.figure is not None
        width = width or self.width
        top = self.y
        rect = (MARGIN / A4[0], 1 - (top + height) / A4[1], width / A4[0], height / A4[1])
        self.figure.get_layout_engine().set(rect=rect)
        self.y += height + 6
        return top

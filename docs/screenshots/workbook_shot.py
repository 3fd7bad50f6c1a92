"""Make the README's picture of the stakeholder workbook: the demo's workbook as LibreOffice prints
it, the Summary page beside the top of the Schedule page (the WBS and the Gantt drawn in cells),
the Schedule printed on A3 for the picture so that its text shows near its size on screen.

    python docs/screenshots/workbook_shot.py [docs/screenshots/workbook.png]

Needs LibreOffice (soffice) and poppler (pdftoppm), as the LibreOffice test does.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from PIL import Image, ImageChops

from planner.core.schedule.loops import LoopBreaker
from planner.exchange.demo import demo_project
from planner.exchange.project_formats import export_project

HERE = Path(__file__).parent
GAP = 24


def pages(folder: Path, resolution: int) -> list[Path]:
    """The workbook's printed pages as PNGs at `resolution` dots per inch."""
    book = export_project(LoopBreaker().schedule_first(demo_project()), folder / "portal.xlsx")
    workbook = load_workbook(book)
    workbook["Schedule"].page_setup.paperSize = Worksheet.PAPERSIZE_A3
    workbook.save(book)
    profile = (folder / "profile").as_uri()
    convert = ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf"]
    subprocess.run([*convert, "--outdir", str(folder), str(book)], check=True, capture_output=True)
    pdf, prefix = str(folder / "portal.pdf"), str(folder / "page")
    subprocess.run(["pdftoppm", "-png", "-r", str(resolution), pdf, prefix], check=True)
    return sorted(folder.glob("page-*.png"))


def trimmed(path: Path, keep_height: float = 1.0) -> Image.Image:
    """The page without its white margins (and footer), cut to `keep_height` of what is left."""
    page = Image.open(path).convert("RGB")
    body = page.crop((0, 0, page.width, int(page.height * 0.92)))  # the footer goes
    box = ImageChops.difference(body, Image.new("RGB", body.size, "white")).getbbox()
    content = body.crop(box)
    return content.crop((0, 0, content.width, int(content.height * keep_height)))


def main(target: Path) -> None:
    with tempfile.TemporaryDirectory() as name:
        printed = pages(Path(name), 100)
        summary, schedule = trimmed(printed[0]), trimmed(printed[1], 0.62)
    height = max(summary.height, schedule.height) + 2 * GAP
    picture = Image.new("RGB", (summary.width + schedule.width + 3 * GAP, height), "white")
    picture.paste(summary, (GAP, GAP))
    picture.paste(schedule, (summary.width + 2 * GAP, GAP))
    picture.save(target, optimize=True)
    print(f"wrote {target} ({picture.width}x{picture.height})")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "workbook.png")

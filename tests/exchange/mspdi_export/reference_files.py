"""The MSPDI files other tools wrote (../shared/data/mspdi): MS Project's own, Aspose's and MPXJ's."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


def mspdi_folder() -> Path:
    """The reference files beside the checkout (CI) or the worktrees (a developer's machine); skip without."""
    for candidate in (ROOT.parent / "shared", ROOT.parents[1] / "shared", Path("/work/shared")):
        folder = candidate / "data" / "mspdi"
        if (folder / "INDEX.tsv").is_file():
            return folder
    pytest.skip("no ../shared/data/mspdi here: the MSPDI reference files are not available")


def reference_files(saved_by: str = "") -> list[Path]:
    """Every readable file of INDEX.tsv whose saving application starts with `saved_by`."""
    folder = mspdi_folder()
    with (folder / "INDEX.tsv").open(encoding="utf-8") as index:
        rows = list(csv.DictReader(index, delimiter="\t"))
    return [
        folder.parent / row["path"]
        for row in rows
        if not row["error"] and row["app_guess"].startswith(saved_by) and (folder.parent / row["path"]).is_file()
    ]

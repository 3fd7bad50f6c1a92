"""Page setup lives in the project file (0011_print), per view, as MS Project keeps it; an edit undoes it."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from planner.core.errors import InputError
from planner.core.model.factory import new_project
from planner.core.model.page_setup import PageSetup, page_setup_of
from planner.core.printing.edits import set_page_setup
from planner.store.document import Document
from planner.store.projectfile import ProjectFile

SAMPLES = Path(__file__).parent.parent / "samples"


def test_page_setup_survives_a_reopen_and_an_undo(tmp_path):
    path = tmp_path / "plan.plandb"
    document = Document.create(path, new_project("Plan", datetime(2027, 1, 4, 8)))
    assert page_setup_of(document.project) == PageSetup()  # no row: the defaults
    dates = dict(date_from=datetime(2027, 2, 1), date_to=datetime(2027, 5, 1))
    setup = PageSetup(paper="Letter", landscape=False, margin_mm=12.5, pages_wide=3, columns=("id", "name"), **dates)
    edit = set_page_setup(document.project, setup)
    assert edit.label == "Page Setup"
    document.apply(edit)
    assert set_page_setup(document.project, setup) is None  # nothing changes
    document.close()
    with ProjectFile.open(path) as file:
        kept = page_setup_of(file.load())
    assert kept == PageSetup(id=kept.id, **{k: v for k, v in vars(setup).items() if k != "id"})
    document = Document.open(path)
    document.apply(edit.inverse())
    document.close()
    with ProjectFile.open(path) as file:
        assert file.load().page_setups == {}


def test_a_setup_that_cannot_print_is_refused_and_not_kept():
    project = new_project("Plan", datetime(2027, 1, 4, 8))
    with pytest.raises(InputError, match="pages wide must be from 1 to 50"):
        set_page_setup(project, PageSetup(pages_wide=80))
    assert project.page_setups == {}


def test_a_file_of_schema_10_gets_the_table_and_prints_with_the_defaults(tmp_path):
    path = tmp_path / "old.plandb"
    shutil.copy(SAMPLES / "schema-10.plandb", path)
    with ProjectFile.open(path) as file:
        project = file.load()
    assert project.page_setups == {} and page_setup_of(project) == PageSetup()
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("SELECT next_id FROM counters WHERE table_name = 'page_setups'").fetchone() == (1,)
    finally:
        connection.close()


def test_a_damaged_row_is_named(tmp_path):
    path = tmp_path / "plan.plandb"
    document = Document.create(path, new_project("Plan", datetime(2027, 1, 4, 8)))
    document.apply(set_page_setup(document.project, PageSetup()))
    document.close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE page_setups SET paper = 'A3'")
    connection.commit()
    connection.close()
    with pytest.raises(Exception, match="paper 'A3' is not one of A4, Letter"), ProjectFile.open(path) as file:
        file.load()

"""File > Page Setup as an edit: the view's one row put in place, undone like any other change."""

from __future__ import annotations

from dataclasses import replace

from planner.core.edits.edit import Edit, Put
from planner.core.model.entities import Project
from planner.core.model.page_setup import PageSetup, check_page_setup


def set_page_setup(project: Project, setup: PageSetup) -> Edit | None:
    """Keep `setup` as its view's page setup (InputError if it cannot be printed); None if nothing changes."""
    check_page_setup(setup)
    before = next((s for s in project.page_setups.values() if s.view == setup.view), None)
    after = replace(setup, id=before.id if before is not None else project.next_id("page_setups"))
    if after == before:
        return None
    return Edit("Page Setup", (Put("page_setups", before, after),))

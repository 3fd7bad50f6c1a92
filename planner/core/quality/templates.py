"""Checklist templates: a standard's controls (ISO/IEC 27001, GDPR) or a team's own list, made into a checklist.

An audit of a gate starts from the controls the standard names, not from a blank page.
A template is plain data (its source files are read by planner.exchange.checklist_templates,
the core does no I/O); `checklist_from_template` makes the checklist and all its items,
open, in the template's order, as one edit: one undo takes it all away again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from planner.core.errors import InputError
from planner.core.model.entities import Project
from planner.core.quality.entities import Checklist, ChecklistItem

if TYPE_CHECKING:
    from planner.core.edits.edit import Edit


@dataclass(frozen=True)
class TemplateItem:
    reference: str  # "A.8.8", "Art. 32", "" for an internal item
    requirement: str


@dataclass(frozen=True)
class ChecklistTemplate:
    key: str  # what the command line and the dialog call it: "iso27001"
    title: str  # the new checklist's title: "ISO/IEC 27001:2022 Annex A controls"
    standard: str  # "ISO/IEC 27001:2022"
    description: str
    items: tuple[TemplateItem, ...]


def template_named(templates: dict[str, ChecklistTemplate], name: str) -> ChecklistTemplate:
    """The template by its key, or by its title or the start of either when only one fits."""
    wanted = name.strip().lower()
    by_key = {t.key.lower(): t for t in templates.values()}
    if wanted in by_key:
        return by_key[wanted]
    fits = [t for t in templates.values() if t.key.lower().startswith(wanted) or t.title.lower().startswith(wanted)]
    if wanted and len(fits) == 1:
        return fits[0]
    raise InputError(
        f"there is no checklist template {name.strip()!r}; the templates are {', '.join(sorted(templates))}"
    )


def checklist_from_template(
    project: Project, template: ChecklistTemplate, task_id: int | None, title: str = "", auditor: str = ""
) -> Edit:
    """One edit adding the checklist on gate `task_id` and every item of the template, open, in order."""
    from planner.core.edits.edit import Edit, Put
    from planner.core.quality.registers import CHECKLISTS
    from planner.core.records.edits import check_record

    if task_id is not None and task_id not in project.tasks:
        raise InputError(f"there is no task with Unique ID {task_id} to check")
    checklist = Checklist(
        project.next_id("checklists"), title.strip() or template.title, task_id, template.standard, auditor.strip()
    )
    check_record(CHECKLISTS, checklist)
    puts = [Put("checklists", None, checklist)]
    next_item = project.next_id("checklist_items")
    for position, line in enumerate(template.items, start=1):
        while next_item in project.checklist_items:
            next_item += 1
        item = ChecklistItem(next_item, checklist.id, line.requirement, line.reference, position=position)
        puts.append(Put("checklist_items", None, item))
        next_item += 1
    return Edit(f"New checklist from template {template.title}", tuple(puts))

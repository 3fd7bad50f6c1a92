"""What a PERSON or TASK cell offers as it is typed: the project's people, its tasks as "12 Build API".

People are the project's resources and the stakeholders' names, and the names
already typed in the register's column, so "Alice" is offered wherever she owns
something. Both lists are read when an editor opens: cheap (a list of names), and
always what the project holds now.
"""

from __future__ import annotations

from planner.core.model.entities import Project
from planner.core.model.wbs import Outline
from planner.core.records.spec import Kind, RecordField, RecordSpec


def people(project: Project, spec: RecordSpec | None = None) -> list[str]:
    names = {r.name.strip() for r in project.resources.values()}
    names |= {s.name.strip() for s in project.stakeholders.values()}
    if spec is not None:
        for field in spec.fields:
            if field.kind is Kind.PERSON:
                names |= {str(getattr(r, field.key)).strip() for r in getattr(project, spec.table).values()}
    return sorted((n for n in names if n), key=str.lower)


def tasks(project: Project, outline: Outline | None = None) -> list[str]:
    outline = outline or Outline.of(project)
    ids = outline.ids
    return [f"{ids.id_of(uid)} {project.tasks[uid].name}" for uid in outline.rows()]


def used(project: Project, spec: RecordSpec, key: str) -> list[str]:
    """The values already typed in a text column (a lesson's categories), for typing them the same way."""
    values = {" ".join(str(getattr(r, key)).split()) for r in getattr(project, spec.table).values()}
    return sorted((v for v in values if v), key=str.lower)


def offered(project: Project, spec: RecordSpec, field: RecordField, outline: Outline | None = None) -> list[str]:
    """The completions of a cell of `field`: none for kinds typed without a list."""
    if field.kind is Kind.PERSON:
        return people(project, spec)
    if field.kind is Kind.TASK:
        return tasks(project, outline)
    return []

"""The demo's defect log and lessons learned, read from `resources/demo/portal-quality.toml`.

Every value is read as the Quality tab reads a typed one (core.records.values) and
every defect is checked as the log checks one (dates not before found, dates that
follow the status), so a mistake in the file is reported with the entry it is in.
"""

from __future__ import annotations

import tomllib
from datetime import date
from importlib.resources import files
from typing import Any

from planner.core.errors import InputError
from planner.core.model.entities import Project
from planner.core.quality.defect_typing import dates_follow_status
from planner.core.quality.registers import DEFECTS, LESSONS
from planner.core.records.edits import check_record
from planner.core.records.spec import RecordSpec
from planner.core.records.values import parse

DEMO_QUALITY_FILE = "portal-quality.toml"
RENAMED = {"found_in": "task_id"}  # the file's words for the entity's fields


def add_demo_quality(project: Project) -> None:
    """Put the demo's defects and lessons into the demo project (built fresh: rows go straight in)."""
    source = files("planner.resources") / "demo" / DEMO_QUALITY_FILE
    add_quality_from_toml(project, source.read_text(encoding="utf-8"), DEMO_QUALITY_FILE)


def add_quality_from_toml(project: Project, text: str, source: str = DEMO_QUALITY_FILE) -> None:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise InputError(f"{source}: not valid TOML: {error}") from None
    for spec, key in ((DEFECTS, "defects"), (LESSONS, "lessons")):
        table = getattr(project, spec.table)
        for row in data.get(key, []):
            record = _record(project, spec, row, f"{source}: {spec.singular} {row.get('id', '?')}")
            table[record.id] = record


def _record(project: Project, spec: RecordSpec, row: dict[str, Any], where: str) -> Any:
    known = {f.key for f in spec.fields}
    values: dict[str, Any] = {}
    try:
        for name, raw in row.items():
            key = RENAMED.get(name, name)
            if key == "id":
                continue
            if key not in known:
                raise InputError(f"unknown key {name!r}")
            text = raw.isoformat() if isinstance(raw, date) else str(raw)
            values[key] = parse(project, spec.field(key), text)
        record = spec.entity(id=int(row["id"]), **values)
        check_record(spec, record)
        if spec is DEFECTS:
            dates_follow_status(record, spec.label(record.id))
    except (InputError, KeyError, ValueError) as error:
        raise InputError(f"{where}: {error}") from None
    return record

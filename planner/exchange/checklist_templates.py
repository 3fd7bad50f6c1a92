"""The checklist templates shipped in `resources/checklists/*.toml`, read and checked.

Each file is one template (iso27001.toml's header gives the format). A mistake in a file
is one line naming the file and the item, so a team adding its own template sees what to fix.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib.resources import files

from planner.core.errors import InputError
from planner.core.quality.templates import ChecklistTemplate, TemplateItem
from planner.exchange.toml_values import TomlValues

TEMPLATE_KEYS = {"key", "title", "standard", "description", "items"}
ITEM_KEYS = {"reference", "requirement"}


@cache
def shipped_templates() -> dict[str, ChecklistTemplate]:
    """Every shipped template by key, in key order."""
    folder = files("planner.resources") / "checklists"
    found = [
        template_from_toml(entry.read_text(encoding="utf-8"), entry.name)
        for entry in folder.iterdir()
        if entry.name.endswith(".toml")
    ]
    return {t.key: t for t in sorted(found, key=lambda t: t.key)}


def template_from_toml(text: str, source: str) -> ChecklistTemplate:
    values = TomlValues(source)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise InputError(f"{source}: not valid TOML: {error}") from None
    values.check_keys(data, TEMPLATE_KEYS, "the template")
    items = []
    for number, row in enumerate(data.get("items", []), start=1):
        where = f"item {number}"
        values.check_keys(row, ITEM_KEYS, where)
        requirement = values.text(row, "requirement", where).strip()
        if not requirement:
            raise values.fail(where, "requirement is empty")
        items.append(TemplateItem(values.text(row, "reference", where, "").strip(), requirement))
    if not items:
        raise values.fail("the template", "it has no [[items]]")
    return ChecklistTemplate(
        values.text(data, "key", "the template").strip(),
        values.text(data, "title", "the template").strip(),
        values.text(data, "standard", "the template", "").strip(),
        values.text(data, "description", "the template", "").strip(),
        tuple(items),
    )

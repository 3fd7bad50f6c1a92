"""Building the XML tree: a child element per value, skipping the values a task does not have."""

from __future__ import annotations

from collections.abc import Iterable
from xml.etree.ElementTree import Element, SubElement

Field = tuple[str, object | None]


def add(parent: Element, tag: str, value: object | None = None) -> Element:
    """A child element `tag`, holding `value` as text unless it is None."""
    element = SubElement(parent, tag)
    if value is not None:
        element.text = str(value)
    return element


def add_fields(parent: Element, fields: Iterable[Field]) -> None:
    """One child per (tag, value) in order, leaving out those whose value is None (the schema's
    minOccurs=0: MS Project takes its default)."""
    for tag, value in fields:
        if value is not None:
            add(parent, tag, value)

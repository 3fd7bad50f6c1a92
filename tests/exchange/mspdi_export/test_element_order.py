"""MS Project refuses an MSPDI file whose elements are out of the schema's order: ours keep it.

The order is learnt from the files MS Project and MPXJ (whose writer is generated from
Microsoft's schema) wrote, in ../shared/data/mspdi: wherever one element comes before another
there and never after it, it must come before it in ours too. Every element we write must be
one those files, or Aspose.Tasks' (which keeps no strict order), use at the same place.
"""

from __future__ import annotations

import re
from collections import defaultdict
from xml.etree.ElementTree import Element, parse

import pytest

from planner.exchange.demo import demo_project

from .projects import exported, sampler, scheduled
from .reference_files import reference_files

# Files whose order is not learnt from: Aspose.Tasks keeps none, and GanttProject's test files come from an
# old MPXJ writer that puts Active after Hyperlink, where MS Project's own files have it after Name.
UNORDERED_WRITERS = re.compile(r"/(aspose-tasks-|bardsoftware-ganttproject/)")


# Schema elements no reference file happens to use: HyperlinkAddress follows Hyperlink in a task as in an
# assignment (Microsoft's hyperlinkaddress-element page lists both parents).
IN_THE_SCHEMA = {"Project/Tasks/Task": {"HyperlinkAddress"}}


def _tag(element: Element) -> str:
    return element.tag.rsplit("}", 1)[-1]


def _walk(element: Element, path: str, seen: dict, before: dict) -> None:
    tags = [_tag(child) for child in element]
    for i, tag in enumerate(tags):
        seen[path].add(tag)
        for later in tags[i + 1 :]:
            if later != tag:
                before[path].add((tag, later))
    for child in element:
        if len(child):
            _walk(child, f"{path}/{_tag(child)}", seen, before)


@pytest.fixture(scope="module")
def reference() -> tuple[dict, dict]:
    seen: dict[str, set] = defaultdict(set)
    before: dict[str, set] = defaultdict(set)
    unordered: dict[str, set] = defaultdict(set)
    for path in reference_files():
        strict = UNORDERED_WRITERS.search(path.as_posix()) is None
        _walk(parse(path).getroot(), "Project", seen, before if strict else unordered)
    return seen, before


def _problems(root: Element, reference: tuple[dict, dict]) -> list[str]:
    ref_seen, ref_before = reference
    seen: dict[str, set] = defaultdict(set)
    before: dict[str, set] = defaultdict(set)
    _walk(root, "Project", seen, before)
    problems = [
        f"{path}: {tag} is no element there"
        for path, tags in seen.items()
        for tag in tags - ref_seen[path] - IN_THE_SCHEMA.get(path, set())
    ]
    for path, pairs in before.items():
        for first, second in pairs:
            if (second, first) in ref_before[path] and (first, second) not in ref_before[path]:
                problems.append(f"{path}: {first} before {second}")
    return sorted(problems)


def test_the_sampler_keeps_the_schema_order(reference) -> None:
    root, _ = exported(sampler())
    assert _problems(root, reference) == []


def test_the_demo_keeps_the_schema_order(reference) -> None:
    from xml.etree.ElementTree import fromstring, tostring

    from planner.exchange.mspdi_export.writer import build_mspdi

    root, _ = build_mspdi(scheduled(demo_project()), "demo.xml")
    assert _problems(fromstring(tostring(root)), reference) == []

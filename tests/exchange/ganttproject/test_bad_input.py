"""A broken .gan or .planner file gets one clear line and nothing is written: the command line says
it on stderr with exit 2, and no project file appears (GNOME Planner's own cases are beside its tests)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from planner.cli import main
from planner.core.errors import InputError
from planner.exchange.project_formats import import_project

from .gan_files import gan, task

BOMB = """<?xml version="1.0"?>
<!DOCTYPE project [
  <!ENTITY a "lol">
  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
  <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
  <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
  <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
  <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
]>
<project name="&g;"/>
"""
EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE project [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<project name="&secret;"/>
"""
GOOD_GAN = gan(task(0, "Build", "2024-01-08", 2))
GOOD_PLANNER = """<?xml version="1.0"?>
<project name="Small" project-start="20270104T000000Z" mrproject-version="2">
  <tasks>
    <task id="1" name="Build" work="28800" start="20270104T000000Z" end="20270104T170000Z" type="normal"/>
  </tasks>
</project>
"""
KINDS = [(".gan", "GanttProject file", GOOD_GAN), (".planner", "GNOME Planner file", GOOD_PLANNER)]

CASES = {
    "not XML": ("PK\x03\x04 a zip file, perhaps", "is not a {kind}: it is not XML"),
    "empty": ("", "is empty"),
    "another kind of XML": ('<?xml version="1.0"?><Project xmlns="x"><Tasks/></Project>', "is XML but not a {kind}"),
    "an entity bomb": (BOMB, "declares XML entities"),
    "an external entity": (EXTERNAL, "declares XML entities"),
}


@pytest.mark.parametrize(("suffix", "kind", "good"), KINDS, ids=[".gan", ".planner"])
@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_a_broken_file_is_one_line_and_writes_nothing(case, suffix, kind, good, tmp_path, capsys) -> None:
    text, expected = CASES[case]
    source = tmp_path / f"plan{suffix}"
    source.write_text(text, encoding="utf-8")
    refused(source, expected.format(kind=kind), tmp_path, capsys)


@pytest.mark.parametrize(("suffix", "kind", "good"), KINDS, ids=[".gan", ".planner"])
def test_a_cut_off_file_says_it_ends_too_early(suffix, kind, good, tmp_path, capsys) -> None:
    source = tmp_path / f"plan{suffix}"
    source.write_text(good[: len(good) * 2 // 3], encoding="utf-8")
    refused(source, "ends before its XML is complete", tmp_path, capsys)


MISSING_RESOURCE = '<allocation task-id="0" resource-id="9" load="100"/>'


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (gan(task(0, "Build", "2024-01-08", 2, '<depend id="7" type="2" difference="0"/>')), "task id '7'"),
        (gan(task(0, "Build", "2024-01-08", -3)), "negative duration"),
        (gan(task(0, "Build", "next week", 2)), "not a date"),
        (gan(task(0, "A", "2024-01-08", 2) + task(0, "B", "2024-01-08", 2)), "task id 0 is used by two tasks"),
        (gan(task(0, "Build", "2024-01-08", 2), allocations=MISSING_RESOURCE), "resource id '9'"),
    ],
    ids=["missing task", "negative duration", "bad date", "twice the same id", "missing resource"],
)
def test_a_gan_file_that_does_not_hold_together_is_refused(text, expected, tmp_path, capsys) -> None:
    source = tmp_path / "plan.gan"
    source.write_text(text, encoding="utf-8")
    refused(source, expected, tmp_path, capsys)


def refused(source: Path, expected: str, folder: Path, capsys) -> None:
    with pytest.raises(InputError, match=re.escape(expected)):
        import_project(source)
    target = folder / "out.plandb"
    assert main(["import", str(source), "-o", str(target)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and expected in err[0], err
    assert not target.exists()
    assert sorted(p.name for p in folder.iterdir()) == [source.name]

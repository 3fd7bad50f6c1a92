"""Files that are not MS Project XML, are cut off, or are hostile: one clear line, nothing written."""

from __future__ import annotations

import resource
import time

import pytest

from planner.cli import main
from planner.core.errors import InputError
from tests.exchange.mspdi.snippets import project_xml, read, task

BOMB = """<?xml version="1.0"?>
<!DOCTYPE Project [
  <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
  <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
  <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
  <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
  <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
]>
<Project xmlns="http://schemas.microsoft.com/project"><Name>&g;</Name></Project>
"""
EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE Project [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<Project xmlns="http://schemas.microsoft.com/project"><Name>&secret;</Name></Project>
"""


def test_the_entity_bomb_fails_fast_without_eating_memory(tmp_path) -> None:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    began = time.perf_counter()
    with pytest.raises(InputError, match=r"bomb\.xml: the file declares XML entities"):
        read(tmp_path, BOMB, "bomb.xml")  # expanded, &g; would be 100 * 30**6 bytes: 73 GB
    assert time.perf_counter() - began < 1.0
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 50_000  # kB: nothing was expanded


def test_an_external_entity_is_never_fetched(tmp_path) -> None:
    with pytest.raises(InputError, match=r"secret\.xml: the file declares XML entities .* so it was not read"):
        read(tmp_path, EXTERNAL, "secret.xml")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("Task Name,Duration\nDesign,3d\n", r"plan\.xml: this is not XML \(line 1, column 1"),
        ("", r"plan\.xml: the file is empty"),
        ('<?xml version="1.0"?><gantt><tasks/></gantt>', r"this is XML but not MS Project XML .*<gantt>"),
        ('<project name="x"><tasks/></project>', r"not MS Project XML \(its root element is <project>"),
        ('<Project xmlns="urn:other"><Tasks/></Project>', r"not MS Project XML"),
    ],
)
def test_files_that_are_not_ms_project_xml(tmp_path, content, message) -> None:
    with pytest.raises(InputError, match=message):
        read(tmp_path, content)


def test_a_truncated_file_is_called_cut_off(tmp_path) -> None:
    whole = project_xml(task(1) + task(2))
    with pytest.raises(InputError, match=r"plan\.xml: the file ends in the middle of its XML .*cut off"):
        read(tmp_path, whole[: len(whole) * 2 // 3])


def test_a_binary_mpp_file_is_told_to_be_saved_as_xml(tmp_path) -> None:
    path = tmp_path / "plan.xml"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500))
    with pytest.raises(InputError, match=r"binary MS Project \(\.mpp\) file; in MS Project save it as XML"):
        from planner.exchange.mspdi.reader import read_mspdi

        read_mspdi(path)


@pytest.mark.parametrize(
    "xml",
    [
        BOMB,
        project_xml(task(1) + task(2, extra="<PredecessorLink><PredecessorUID>9</PredecessorUID></PredecessorLink>")),
        project_xml(task(1, duration="PT99999999H0M0S")),
        "not xml at all",
    ],
    ids=["bomb", "missing predecessor", "endless duration", "not xml"],
)
def test_the_command_line_prints_one_line_exits_2_and_writes_nothing(tmp_path, capsys, xml) -> None:
    source = tmp_path / "plan.xml"
    source.write_text(xml, encoding="utf-8")
    target = tmp_path / "plan.plandb"
    assert main(["import", str(source), "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "plan.xml" in err
    assert not target.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["plan.xml"]

"""`planner defects`: the log and its figures for people and for scripts, with stable JSON keys."""

from __future__ import annotations

import json

import pytest

from planner.cli import main
from planner.exchange.demo import demo_project
from planner.store.projectfile import ProjectFile

ENTRY_KEYS = {"id", "label", "title", "kind", "severity", "priority", "status", "found_in", "owner", "found",
              "fixed", "closed", "resolution"}  # fmt: skip


@pytest.fixture
def demo_file(tmp_path):
    path = tmp_path / "demo.plandb"
    ProjectFile.create(path, demo_project()).close()
    return path


def test_json_lists_each_entry_with_the_figures_as_of_the_status_date(demo_file, capsys):
    assert main(["defects", str(demo_file), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"defects", "open_by_severity", "ageing", "figures", "day"}
    first = data["defects"][0]
    assert set(first) == ENTRY_KEYS
    assert (first["label"], first["found_in"], first["status"], first["closed"]) == ("D1", 10, "closed", "2027-02-01")
    assert data["day"] == "2027-02-15"
    assert data["open_by_severity"] == {"critical": 1, "major": 3, "minor": 2, "trivial": 0}
    assert {bucket: sum(row.values()) for bucket, row in data["ageing"].items()} == {
        "0-7": 4, "8-30": 2, "31-90": 0, ">90": 0,
    }  # fmt: skip
    assert data["figures"]["open_issues"] == 4 and data["figures"]["awaiting_close"] == 2


def test_the_table_ends_with_the_open_figures(demo_file, capsys):
    assert main(["defects", str(demo_file)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Customer Portal Rollout: 19 entries in the defect log"
    assert out[3].startswith("D1    NFR: load target")
    assert out[-2] == "Open defects on 2027-02-15: 6 (1 critical, 3 major, 2 minor, 0 trivial); 2 fixed, not closed"


def test_a_missing_file_is_one_line_and_exit_2(tmp_path, capsys):
    assert main(["defects", str(tmp_path / "nope.plandb")]) == 2
    assert capsys.readouterr().err.strip().endswith("nope.plandb: no such file")

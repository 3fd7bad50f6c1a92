"""`planner stakeholders` and `planner comms` on the demo: the register with its grid, the plan with what is late."""

from __future__ import annotations

import json
from datetime import date

import pytest

from planner.cli import main
from planner.exchange.demo import demo_project
from planner.store.projectfile import ProjectFile


@pytest.fixture
def demo_file(tmp_path):
    path = tmp_path / "demo.plandb"
    ProjectFile.create(path, demo_project()).close()
    return path


def test_stakeholders_json_places_each_one_on_the_grid(demo_file, capsys):
    assert main(["stakeholders", str(demo_file), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["stakeholders"]) == 10
    sponsor = data["stakeholders"][0]
    assert set(sponsor) == {
        "id", "label", "name", "role", "organisation", "power", "interest", "quadrant", "engagement", "wanted",
        "gap", "channel", "frequency",
    }  # fmt: skip
    assert (sponsor["label"], sponsor["quadrant"], sponsor["gap"]) == ("S1", "manage closely", 1)
    assert data["quadrants"] == {"manage closely": 5, "keep satisfied": 2, "keep informed": 2, "monitor": 1}
    engagement = {s["name"]: s["engagement"] for s in data["stakeholders"]}
    assert engagement["Dr. Miriam Lang"] == "unaware" and engagement["Helga Schröder"] == "resistant"


def test_stakeholders_table_groups_by_quadrant(demo_file, capsys):
    assert main(["stakeholders", str(demo_file)]) == 0
    out = capsys.readouterr().out
    assert out.index("Dr. Katrin Vogel") < out.index("Dr. Miriam Lang") < out.index("Nina Wolf") < out.index("Jonas")
    assert "manage closely: 5, keep satisfied: 2, keep informed: 2, monitor: 1" in out


def test_comms_judges_the_plan_today_or_on_a_status_date_still_ahead(demo_file, capsys):
    assert main(["comms", str(demo_file), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["day"] == max(date.today(), date(2027, 2, 15)).isoformat()


def test_comms_on_the_demo_status_date_lists_what_is_late_and_due(demo_file, capsys):
    assert main(["comms", str(demo_file), "--json", "--on", "2027-02-15"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["overdue"] == ["K4", "K1"]  # the newsletter is the later of the two
    assert data["due_soon"] == ["K6", "K5"]
    report = data["communications"][0]
    assert set(report) == {
        "id", "label", "what", "audience", "channel", "frequency", "owner", "next_due", "last_done", "overdue",
    }  # fmt: skip
    assert (report["what"], report["next_due"], report["overdue"]) == ("Weekly status report", "2027-02-12", True)


def test_comms_done_dates_the_line_and_moves_it_on_in_the_file(demo_file, capsys):
    assert main(["comms", str(demo_file), "--done", "K1", "--done", "project newsletter", "--on", "2027-02-16"]) == 0
    captured = capsys.readouterr()
    assert "K1 Weekly status report done on 2027-02-16, next due 2027-02-19" in captured.err
    assert "2 overdue" not in captured.out and "OVERDUE" not in captured.out
    with ProjectFile.open(demo_file) as file:
        project = file.load()
    status, newsletter = project.communications[1], project.communications[4]
    assert (status.last_done.isoformat(), status.next_due.isoformat()) == ("2027-02-16", "2027-02-19")
    assert (newsletter.last_done.isoformat(), newsletter.next_due.isoformat()) == ("2027-02-16", "2027-03-10")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--done", "K1", "--done", "K19"], "there is no communication K19"),
        (["--done", "K1", "--on", "31/02/2027"], "--on '31/02/2027' is not a date"),
    ],
)
def test_a_bad_line_or_day_is_one_line_and_nothing_is_marked(demo_file, capsys, argv, message):
    assert main(["comms", str(demo_file), *argv]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    with ProjectFile.open(demo_file) as file:
        assert file.load().communications[1].last_done.isoformat() == "2027-02-05"

"""The register in the project file: it survives a reopen, a bad row is named, old files have no risks."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from planner.core.edits.outline_edits import delete_tasks
from planner.core.model.entities import Task
from planner.core.model.factory import new_project
from planner.core.risk.edits import add_risk, set_linked_tasks
from planner.core.risk.entities import Dimension, Response, RiskCategory, RiskScale
from planner.core.risk.typed import set_risk_field
from planner.store.document import Document
from planner.store.errors import BadData
from planner.store.projectfile import ProjectFile

SAMPLES = Path(__file__).parents[1] / "samples"


def register_file(path: Path) -> Path:
    project = new_project("Portal", datetime(2027, 1, 4, 8, 0))
    project.tasks[1] = Task(1, "Integrate payment API", position=1)
    project.risk_categories[1] = RiskCategory(1, "Vendor")
    project.risk_scales[1] = RiskScale(1, Dimension.COST, 3, "20k to 60k", 60_000.0)
    ProjectFile.create(path, project).close()
    with Document.open(path) as document:
        p = document.project
        document.apply(add_risk(p, date(2027, 1, 4), "Vendor API late", category_id=1, probability=0.4,
                                impact_schedule=4, cost_impact=30_000, response=Response.MITIGATE))  # fmt: skip
        document.apply(set_linked_tasks(p, 1, [1]))
        document.apply(set_risk_field(p, 1, "probability", "60%", date(2027, 1, 18)))
        document.apply(set_risk_field(p, 1, "review", "2027-02-01", date(2027, 1, 18)))
    return path


def test_the_register_survives_a_reopen(tmp_path):
    path = register_file(tmp_path / "risks.plandb")
    with Document.open(path) as document:
        p = document.project
        risk = p.risks[1]
        assert (risk.title, risk.probability, risk.impact_schedule) == ("Vendor API late", 0.6, 4)
        assert risk.cost_impact == 30_000
        assert risk.review == date(2027, 2, 1) and risk.response is Response.MITIGATE
        assert p.risk_categories[risk.category_id].name == "Vendor"
        assert [(h.day, h.probability) for h in p.risk_history.values()] == [
            (date(2027, 1, 4), 0.4),
            (date(2027, 1, 18), 0.6),
        ]
        assert [t.task_id for t in p.risk_tasks.values()] == [1]
        assert p.risk_scales[1].label == "20k to 60k"


def test_deleting_the_linked_task_drops_the_link_in_the_file(tmp_path):
    path = register_file(tmp_path / "risks.plandb")
    with Document.open(path) as document:
        document.apply(delete_tasks(document.project, [1]))
    with Document.open(path) as document:
        assert not document.project.risk_tasks and 1 in document.project.risks


@pytest.mark.parametrize(
    ("sql", "message"),
    [
        ("UPDATE risks SET probability = 1.2", "risk 1: probability 1.2 is not between 0 and 1"),
        ("UPDATE risks SET impact_cost = 7", "risk 1: cost impact score 7 is not between 1 and 5"),
        ("UPDATE risks SET response = 'pray'", "risk 1: response 'pray' is not one of"),
        ("UPDATE risks SET category_id = 9", "risk 1: risk category 9 does not exist"),
    ],
)
def test_a_bad_row_is_named_and_the_file_left_alone(tmp_path, sql, message):
    path = register_file(tmp_path / "risks.plandb")
    connection = sqlite3.connect(path)
    connection.execute(sql)
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(BadData, match=message), ProjectFile.open(path) as file:
        file.load()
    assert path.read_bytes() == before


def test_an_older_file_has_an_empty_register(tmp_path):
    path = tmp_path / "old.plandb"
    shutil.copy(SAMPLES / "schema-3.plandb", path)
    with Document.open(path) as document:
        assert document.project.risks == {} and document.project.risk_categories == {}
        document.apply(add_risk(document.project, date(2027, 1, 4), "Key person leaves"))
    with Document.open(path) as document:
        assert [r.title for r in document.project.risks.values()] == ["Key person leaves"]

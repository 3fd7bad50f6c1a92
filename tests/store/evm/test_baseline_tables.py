"""Baselines survive a reopen, do not reschedule, and an older file gets the tables by migration."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from planner.core.edits.baseline_edits import clear_baseline, save_baseline
from planner.core.edits.edit import Edit, Put
from planner.core.evm.baselines import baseline_numbered, task_rows
from planner.core.model.baselines import EarnedValueMethod, TaskEarnedValue
from planner.store.document import Document
from planner.store.errors import BadData
from planner.store.projectfile import ProjectFile
from tests.core.evm.worked import BUILD, KICK_OFF, planned_project

SAMPLES = Path(__file__).parent.parent / "samples"


def test_a_saved_baseline_survives_a_reopen_and_does_not_reschedule(tmp_path):
    path = tmp_path / "plan.plandb"
    Document.create(path, planned_project()).close()
    with Document.open(path) as document:
        before = document.schedule
        document.apply(save_baseline(document.schedule, 0, KICK_OFF, name="Kick-off"))
        assert document.schedule is before
        uid = document.project.next_id("task_earned_value")
        document.apply(
            Edit("Physical", (Put("task_earned_value", None, TaskEarnedValue(uid, BUILD, "physical", 30.0)),))
        )
    with Document.open(path) as document:
        project = document.project
        baseline = baseline_numbered(project, 0)
        assert (baseline.name, baseline.saved, baseline.for_variance) == ("Kick-off", KICK_OFF, True)
        assert task_rows(project, baseline)[BUILD].cost == 8000
        assert project.task_earned_value[uid].method == EarnedValueMethod.PHYSICAL
        document.apply(clear_baseline(project, 0))
    with Document.open(path) as document:
        assert document.project.baselines == {} and document.project.task_baselines == {}


def test_a_baseline_row_edited_outside_planner_is_refused_by_name(tmp_path):
    path = tmp_path / "plan.plandb"
    with Document.create(path, planned_project()) as document:
        document.apply(save_baseline(document.schedule, 0, KICK_OFF))
    connection = sqlite3.connect(path)
    connection.execute("UPDATE task_baselines SET cost = 'lots' WHERE task_id = ?", (BUILD,))
    connection.commit()
    connection.close()
    with pytest.raises(BadData, match="baseline cost 'lots' is not a number"):
        ProjectFile.open(path).load()


def test_an_older_file_is_migrated_to_have_baselines(tmp_path):
    path = tmp_path / "old.plandb"
    shutil.copy(SAMPLES / "schema-3.plandb", path)
    with Document.open(path) as document:
        document.apply(save_baseline(document.schedule, 3, KICK_OFF, name="Old file"))
    with Document.open(path) as document:
        assert baseline_numbered(document.project, 3).name == "Old file"
        assert len(task_rows(document.project, baseline_numbered(document.project, 3))) == 88

"""Status snapshots in the project file: they survive a reopen, and a bad row is named."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest

from planner.core.trends.edits import delete_snapshots, record_status
from planner.store.document import Document
from planner.store.errors import BadData
from planner.store.projectfile import ProjectFile
from tests.core.trends.plans import STATUS, build_plan

NOW = datetime(2027, 1, 8, 18, 30)


def recorded_file(tmp_path):
    path = tmp_path / "trends.plandb"
    ProjectFile.create(path, build_plan()).close()
    with Document.open(path) as document:
        document.apply(record_status(document.schedule, NOW))
        kept = dict(document.project.snapshots), dict(document.project.snapshot_milestones)
    return path, kept


def test_snapshots_survive_a_reopen(tmp_path):
    path, (snapshots, milestones) = recorded_file(tmp_path)
    with Document.open(path) as document:
        assert document.project.snapshots == snapshots
        assert document.project.snapshot_milestones == milestones
        shot = next(iter(document.project.snapshots.values()))
        assert (shot.status_date, shot.spi, shot.open_defects["critical"]) == (STATUS, 0.5, 0)


def test_a_deleted_snapshot_stays_deleted(tmp_path):
    path, (snapshots, _) = recorded_file(tmp_path)
    with Document.open(path) as document:
        document.apply(delete_snapshots(document.project, set(snapshots)))
    with Document.open(path) as document:
        assert not document.project.snapshots and not document.project.snapshot_milestones


def test_a_bad_row_is_named(tmp_path):
    path, _ = recorded_file(tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE snapshots SET open_defects = '{\"blocker\": 2}'")
    with pytest.raises(BadData, match="status snapshot 1: open defects: severity 'blocker'"):
        Document.open(path).close()

"""Every released schema opens in this Planner: one sample file per schema under samples/."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from planner.core.edits.edit import apply_edit
from planner.core.edits.outline_edits import delete_tasks, insert_task
from planner.core.schedule.engine import schedule
from planner.store.projectfile import ProjectFile
from planner.store.schema import known_migrations

SAMPLES = sorted((Path(__file__).parent / "samples").glob("schema-*.plandb"))


def test_there_is_a_sample_of_the_current_schema():
    assert f"schema-{len(known_migrations())}.plandb" in {p.name for p in SAMPLES}


def _applied(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [n for (n,) in connection.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
    finally:
        connection.close()


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_sample_opens_migrates_and_schedules(tmp_path, sample):
    path = tmp_path / sample.name
    shutil.copy(sample, path)
    version = int(sample.stem.split("-")[1])
    with ProjectFile.open(path) as file:
        project = file.load()
    assert project.name == "Customer Portal Rollout" and len(project.tasks) == 88
    assert schedule(project).project_finish.year == 2027
    assert _applied(path) == known_migrations()
    backups = sorted(p.name for p in tmp_path.iterdir() if p != path)
    if version < len(known_migrations()):  # an older file: migrated, with the original kept beside it
        assert backups == [f"{sample.name}.bak-schema-{version}"]
        assert (tmp_path / backups[0]).read_bytes() == sample.read_bytes()
    else:
        assert backups == []


def test_schema_1_gets_counters_above_its_rows_and_never_reuses_them(tmp_path):
    path = tmp_path / "old.plandb"
    shutil.copy(Path(__file__).parent / "samples" / "schema-1.plandb", path)
    with ProjectFile.open(path) as file:
        project = file.load()
        highest = max(project.tasks)
        edit = delete_tasks(project, [highest])
        file.write(project, apply_edit(project, edit))
        inserted = insert_task(project, None)
        file.write(project, apply_edit(project, inserted))
    new_id = inserted.changes[0].after.id
    assert new_id == highest + 1
    with ProjectFile.open(path) as file:
        reopened = file.load()
    assert new_id in reopened.tasks and highest not in reopened.tasks
    assert reopened.next_id("tasks") == highest + 2


def test_the_backup_is_not_overwritten_by_a_second_open(tmp_path):
    path = tmp_path / "old.plandb"
    shutil.copy(Path(__file__).parent / "samples" / "schema-1.plandb", path)
    ProjectFile.open(path).close()
    ProjectFile.open(path).close()  # already migrated: no second copy
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.plandb", "old.plandb.bak-schema-1"]


def test_an_older_file_is_read_without_migrating_it(tmp_path, capsys):
    from planner.cli import main

    path = tmp_path / "old.plandb"
    shutil.copy(Path(__file__).parent / "samples" / "schema-1.plandb", path)
    assert main(["schedule", str(path), "--json"]) == 0
    assert "Customer Portal Rollout" in capsys.readouterr().out
    assert _applied(path) == known_migrations()[:1]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.plandb"]

"""Every released schema opens in this Planner: one sample file per schema under samples/."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from planner.core.schedule.engine import schedule
from planner.store.projectfile import ProjectFile
from planner.store.schema import known_migrations

SAMPLES = sorted((Path(__file__).parent / "samples").glob("schema-*.plandb"))


def test_there_is_a_sample_of_the_current_schema():
    assert f"schema-{len(known_migrations())}.plandb" in {p.name for p in SAMPLES}


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_sample_opens_migrates_and_schedules(tmp_path, sample):
    path = tmp_path / sample.name
    shutil.copy(sample, path)
    version = int(sample.stem.split("-")[1])
    with ProjectFile.open(path) as file:
        project = file.load()
    assert project.name == "Customer Portal Rollout" and len(project.tasks) == 88
    assert schedule(project).project_finish.year == 2027
    backups = list(tmp_path.glob("*.bak"))
    if version < len(known_migrations()):  # an older file: migrated, with the original kept beside it
        assert [b.read_bytes() for b in backups] == [sample.read_bytes()]
    else:
        assert backups == []

"""Every register in the project file: it survives a reopen, and a bad row is named."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest

from planner.core.communication.entities import Engagement
from planner.core.communication.registers import STAKEHOLDERS
from planner.core.model.factory import new_project
from planner.core.quality.entities import CheckResult, Severity
from planner.core.quality.registers import CHECKLIST_ITEMS, CHECKLISTS, DEFECTS
from planner.core.records.edits import add_record
from planner.core.records.registry import REGISTERS
from planner.store.document import Document
from planner.store.errors import BadData
from planner.store.projectfile import ProjectFile


def test_registers_survive_a_reopen(tmp_path):
    path = tmp_path / "registers.plandb"
    ProjectFile.create(path, new_project("Portal", datetime(2027, 1, 4, 8, 0))).close()
    with Document.open(path) as document:
        p = document.project
        document.apply(add_record(p, DEFECTS, title="Login fails", severity=Severity.CRITICAL, found=date(2027, 3, 1)))
        document.apply(add_record(p, CHECKLISTS, title="Security audit", standard="ISO/IEC 27001:2022"))
        document.apply(add_record(p, CHECKLIST_ITEMS, checklist_id=1, requirement="Secure coding",
                                  reference="A.8.28", result=CheckResult.FAIL))  # fmt: skip
        document.apply(add_record(p, STAKEHOLDERS, name="Dana", power=5, interest=2, engagement=Engagement.RESISTANT))
    with Document.open(path) as document:
        p = document.project
        assert (p.defects[1].severity, p.defects[1].found) == (Severity.CRITICAL, date(2027, 3, 1))
        assert p.checklist_items[1].result is CheckResult.FAIL and p.checklists[1].standard.startswith("ISO")
        assert (p.stakeholders[1].power, p.stakeholders[1].engagement) == (5, Engagement.RESISTANT)


def test_the_file_has_a_column_for_every_field(tmp_path):
    path = tmp_path / "empty.plandb"
    ProjectFile.create(path, new_project("Portal", datetime(2027, 1, 4, 8, 0))).close()
    connection = sqlite3.connect(path)
    for spec in REGISTERS.values():
        columns = {row[1] for row in connection.execute(f"PRAGMA table_info([{spec.table}])")}
        assert columns == {"id", *(f.key for f in spec.fields)}, spec.table
    connection.close()


def test_a_bad_severity_in_the_file_is_named(tmp_path):
    path = tmp_path / "bad.plandb"
    ProjectFile.create(path, new_project("Portal", datetime(2027, 1, 4, 8, 0))).close()
    connection = sqlite3.connect(path)
    connection.execute("INSERT INTO defects (id, title, kind, severity, priority, status) "
                       "VALUES (3, 'x', 'defect', 'apocalyptic', 'low', 'new')")  # fmt: skip
    connection.commit()
    connection.close()
    with (
        pytest.raises(BadData, match="defect 3: severity 'apocalyptic' is not one of critical"),
        ProjectFile.open(path) as file,
    ):
        file.load()

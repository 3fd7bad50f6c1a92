"""`planner schedule` output, streamed: the same text as the whole-document forms, written in chunks."""

from __future__ import annotations

import io
import json
from datetime import datetime

import pytest

import planner.exchange.schedule_report as report
from planner.core.model.duration import Duration
from planner.core.model.entities import Task
from planner.core.model.factory import new_project
from planner.core.schedule.engine import schedule
from planner.exchange.demo import demo_project
from planner.exchange.schedule_report import (
    schedule_dict,
    schedule_json,
    schedule_table,
    write_schedule_json,
    write_schedule_table,
)


class CountingStream(io.StringIO):
    def __init__(self) -> None:
        super().__init__()
        self.writes = 0

    def write(self, text: str) -> int:
        self.writes += 1
        return super().write(text)


@pytest.fixture(scope="module")
def demo():
    return schedule(demo_project())


def test_streamed_json_is_exactly_json_dumps_of_the_document(demo) -> None:
    out = io.StringIO()
    write_schedule_json(demo, out)
    assert out.getvalue() == json.dumps(schedule_dict(demo), indent=2) + "\n"
    assert schedule_json(demo) == json.dumps(schedule_dict(demo), indent=2)


def test_json_of_names_with_quotes_and_accents_and_of_an_empty_project() -> None:
    project = new_project('Q "3" Müller', datetime(2027, 1, 4, 8, 0))
    project.tasks[1] = Task(1, 'Say "hi" \\ naïve\tstep', position=1, duration=Duration(480))
    project.tasks[1].percent_complete = 37.5
    result = schedule(project)
    assert json.loads(schedule_json(result))["tasks"][0]["name"] == 'Say "hi" \\ naïve\tstep'
    assert schedule_json(result) == json.dumps(schedule_dict(result), indent=2)
    empty = schedule(new_project("Empty", datetime(2027, 1, 4, 8, 0)))
    assert schedule_json(empty) == json.dumps(schedule_dict(empty), indent=2)


def test_output_is_written_in_chunks_not_one_text(demo, monkeypatch) -> None:
    monkeypatch.setattr(report, "CHUNK", 5)
    tasks = len(demo.project.tasks)
    table, document = CountingStream(), CountingStream()
    write_schedule_table(demo, table)
    write_schedule_json(demo, document)
    assert table.writes >= tasks // 5
    assert document.writes >= tasks // 5
    assert table.getvalue() == schedule_table(demo) + "\n"


def test_a_deep_outline_gets_its_levels_and_codes_without_walking_ancestors() -> None:
    project = new_project("Deep", datetime(2027, 1, 4, 8, 0))
    for task_id in range(1, 401):
        parent = task_id - 1 if task_id > 1 else None
        project.tasks[task_id] = Task(task_id, f"L{task_id}", parent_id=parent, position=1, duration=Duration(60))
    rows = list(report.outline_rows(schedule(project).outline))
    assert rows[0] == (1, "1", 1)
    assert rows[-1] == (400, ".".join(["1"] * 400), 400)

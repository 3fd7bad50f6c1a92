"""`planner schedule --json` per task: "resources" [{"name", "units", "work_hours"}] and "work_hours"."""

from __future__ import annotations

import json

from planner.core.schedule.engine import schedule
from planner.exchange.demo import demo_project
from planner.exchange.schedule_report import schedule_dict, schedule_json


def test_tasks_carry_their_resources_and_work_and_summaries_roll_work_up() -> None:
    plan = schedule(demo_project())
    tasks = schedule_dict(plan)["tasks"]
    assert json.loads(schedule_json(plan)) == json.loads(json.dumps(schedule_dict(plan)))
    assert schedule_json(plan) == json.dumps(schedule_dict(plan), indent=2)
    assigned = next(t for t in tasks if t["resources"] and len(t["resources"]) > 1)
    assert set(assigned["resources"][0]) == {"name", "units", "work_hours"}
    assert assigned["work_hours"] == sum(r["work_hours"] for r in assigned["resources"])
    for entry in assigned["resources"]:
        assert entry["work_hours"] == assigned["duration_hours"] * entry["units"]
    top = [t for t in tasks if t["outline_level"] == 1]
    leaves = [t for t in tasks if not t["summary"]]
    assert sum(t["work_hours"] for t in top) == sum(t["work_hours"] for t in leaves) > 0
    assert all(t["resources"] == [] for t in tasks if t["summary"])

"""The demo's audits: a security audit on the design gate with one failed item, a go-live gate all open."""

from __future__ import annotations

import pytest

from planner.core.errors import InputError
from planner.core.model.entities import Task
from planner.core.model.factory import new_project
from planner.core.quality.checking import items_of
from planner.core.quality.entities import CheckResult
from planner.core.quality.gates import checklist_progress, gate_warnings
from planner.exchange.demo import demo_project
from planner.exchange.demo_audits import add_audits_from_toml


@pytest.fixture(scope="module")
def demo():
    return demo_project()


def test_the_security_audit_is_mostly_passed_with_evidence_and_one_failed_item(demo):
    security = next(c for c in demo.checklists.values() if c.title.startswith("Security audit"))
    assert demo.tasks[security.task_id].name == "Design approved"
    counts = checklist_progress(demo, security.id)
    assert counts.failed == 1 and counts.passed > 2 * counts.open > 0
    [failed] = [i for i in items_of(demo, security.id) if i.result is CheckResult.FAIL]
    assert failed.reference == "A.8.8" and "two high findings" in failed.notes.lower()
    checked = [i for i in items_of(demo, security.id) if i.result is not CheckResult.OPEN]
    assert all(i.checked is not None and i.checked <= demo.status_date.date() for i in checked)
    assert all(i.evidence.startswith("https://") for i in checked if i.result is CheckResult.PASS)
    assert {i.reference.split(".")[0] for i in items_of(demo, security.id)} >= {"A", "Art"}


def test_both_gates_warn_and_go_live_is_all_open(demo):
    warnings = {demo.tasks[w.task_id].name: w for w in gate_warnings(demo)}
    assert warnings["Design approved"].text == "Security audit: design and hosting: 1 failed, 3 open"
    go_live = warnings["Go-live: customer portal live"]
    assert go_live.failed == 0 and go_live.open == 10
    assert all(demo.tasks[w.task_id].milestone for w in warnings.values())


def test_a_mistake_in_the_file_names_the_checklist_and_item():
    project = new_project("P")
    project.tasks[1] = Task(1, "Gate", milestone=True)
    text = '[[checklists]]\ntitle = "Audit"\ngate = "Gate"\n[[checklists.items]]\nrequirement = "x"\nresult = "maybe"\n'
    with pytest.raises(InputError, match=r"demo\.toml: checklist 1 \(Audit\): item 1: result 'maybe' is not one of"):
        add_audits_from_toml(project, text, "demo.toml")
    with pytest.raises(InputError, match=r"gate 'Nope' is neither a task ID nor a task's name"):
        add_audits_from_toml(project, '[[checklists]]\ntitle = "A"\ngate = "Nope"\n', "demo.toml")

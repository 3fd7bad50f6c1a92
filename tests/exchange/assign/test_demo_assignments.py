"""The demo's assignments: nobody above their max units except ONE over-allocation that levelling
can resolve within float (Deniz on SIT defect fixing and the performance test at once)."""

from __future__ import annotations

from planner.core.schedule.engine import schedule
from planner.exchange.demo import demo_project


def peaks(project, plan) -> dict[str, tuple[float, set[str]]]:
    """Per person over their max units: the peak load and the tasks that make it."""
    found = {}
    for resource in project.resources.values():
        spans = [
            (*plan.span(a.task_id), a.units, project.tasks[a.task_id].name)
            for a in project.assignments.values()
            if a.resource_id == resource.id
        ]
        for start, _finish, _units, _name in spans:
            running = [(u, n) for s, f, u, n in spans if s <= start < f]
            load = sum(u for u, _ in running)
            if load > resource.max_units + 1e-9:
                found[resource.name] = (load, {n for _, n in running})
    return found


def test_the_demo_has_exactly_one_over_allocation_with_float_to_resolve_it() -> None:
    project = demo_project()
    plan = schedule(project)
    assert peaks(project, plan) == {
        "Deniz Yilmaz": (1.5, {"SIT defect fixing", "Performance and load test (2,000 concurrent users)"})
    }
    test = next(t for t in project.tasks.values() if t.name.startswith("Performance and load test"))
    fixing = next(t for t in project.tasks.values() if t.name == "SIT defect fixing")
    delay = plan.span(fixing.id)[1] - plan.span(test.id)[0]
    assert delay.days < 20 and plan.total_float(test.id) >= 10 * 480  # the test can wait for Deniz

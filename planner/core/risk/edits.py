"""Edits of the register: add, change and delete risks, link them to tasks, create response tasks.

Every builder returns one Edit (or None when nothing differs) and changes nothing
itself. A change to a risk's scores (probability, impact, residual probability or
impact) adds a row to its score history in the same edit, dated `today`, so an undo
takes both back and the trend chart never shows a score the register did not hold.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from planner.core.edits.cascade import deletion
from planner.core.edits.edit import Change, Edit, Put
from planner.core.errors import InputError
from planner.core.model.duration import Duration
from planner.core.model.entities import Project, Task
from planner.core.risk.entities import Risk, RiskScore, RiskTask, responses_for
from planner.core.risk.scoring import impact

NEW_RISK_TITLE = "New risk"


def risk_of(project: Project, risk_id: int) -> Risk:
    try:
        return project.risks[risk_id]
    except KeyError:
        raise InputError(f"there is no risk with ID {risk_id}") from None


def scores_of(risk: Risk) -> tuple:
    """What the history records: a change of any of these is a new history row."""
    return (risk.probability, impact(risk), risk.residual_probability, risk.residual_impact)


def history_row(project: Project, risk: Risk, today: date) -> RiskScore:
    return RiskScore(
        project.next_id("risk_history"),
        risk.id,
        today,
        risk.probability,
        impact(risk),
        risk.residual_probability,
        risk.residual_impact,
    )


def check_risk(risk: Risk) -> None:
    """What a risk must be to enter the register; InputError says what is wrong."""
    if not risk.title.strip():
        raise InputError("a risk needs a title")
    if risk.response not in responses_for(risk.kind):
        fitting = ", ".join(r.value for r in responses_for(risk.kind))
        raise InputError(f"response {risk.response.value!r} does not fit a {risk.kind.value}; use one of {fitting}")
    if risk.closed and risk.identified and risk.closed < risk.identified:
        raise InputError(f"closed date {risk.closed} is before the risk was identified ({risk.identified})")


def add_risk(project: Project, today: date, title: str = NEW_RISK_TITLE, **fields) -> Edit:
    """A new risk (identified today unless said) and its first history row."""
    risk = Risk(project.next_id("risks"), title.strip(), **fields)
    if risk.identified is None:
        risk = replace(risk, identified=today)
    check_risk(risk)
    return Edit("Add risk", (Put("risks", None, risk), Put("risk_history", None, history_row(project, risk, today))))


def change_risk(project: Project, risk_id: int, today: date, label: str = "Edit risk", **fields) -> Edit | None:
    """Some fields of one risk replaced; a score change adds its history row. None if nothing differs."""
    risk = risk_of(project, risk_id)
    changed = {k: v for k, v in fields.items() if getattr(risk, k) != v}
    if not changed:
        return None
    after = replace(risk, **changed)
    if "kind" in changed and after.response not in responses_for(after.kind):
        after = replace(after, response=responses_for(after.kind)[3])  # accept fits both
    check_risk(after)
    changes: list[Change] = [Put("risks", risk, after)]
    if scores_of(after) != scores_of(risk):
        changes.append(Put("risk_history", None, history_row(project, after, today)))
    return Edit(label, tuple(changes))


def delete_risks(project: Project, risk_ids: list[int]) -> Edit:
    """The risks with their task links and history (the tasks stay)."""
    for risk_id in risk_ids:
        risk_of(project, risk_id)
    label = "Delete risk" if len(risk_ids) == 1 else f"Delete {len(risk_ids)} risks"
    return Edit(label, tuple(deletion(project, "risks", set(risk_ids))))


def linked_tasks(project: Project, risk_id: int, response: bool = False) -> list[int]:
    """The Unique IDs of the tasks a risk bears on (or, with `response`, of its response tasks), as linked."""
    links = sorted(project.risk_tasks.values(), key=lambda x: x.id)
    return [x.task_id for x in links if x.risk_id == risk_id and x.response == response]


def set_linked_tasks(project: Project, risk_id: int, task_ids: list[int]) -> Edit | None:
    """Make these exactly the tasks the risk bears on (its response tasks stay); None if they are."""
    risk_of(project, risk_id)
    for task_id in task_ids:
        if task_id not in project.tasks:
            raise InputError(f"there is no task with Unique ID {task_id}")
    wanted = list(dict.fromkeys(task_ids))
    links = {x.task_id: x for x in project.risk_tasks.values() if x.risk_id == risk_id and not x.response}
    changes: list[Change] = [Put("risk_tasks", links[t], None) for t in links if t not in wanted]
    next_id = project.next_id("risk_tasks")
    for task_id in wanted:
        if task_id not in links:
            changes.append(Put("risk_tasks", None, RiskTask(next_id, risk_id, task_id)))
            next_id += 1
            while next_id in project.risk_tasks:
                next_id += 1
    if not changes:
        return None
    return Edit("Link risk to tasks", tuple(changes))


def response_task(project: Project, risk_id: int, name: str = "") -> Edit:
    """A new task carrying out the risk's response, linked back to the risk, in one edit.

    It goes at the end of the phase of the risk's first linked task (the project's end
    if it has none), a day long, named after the response: "Mitigate: Vendor API late".
    """
    risk = risk_of(project, risk_id)
    name = name.strip() or f"{risk.response.value.capitalize()}: {risk.title}"
    first = next((t for t in linked_tasks(project, risk_id) if t in project.tasks), None)
    parent = project.tasks[first].parent_id if first is not None else None
    position = 1 + max((t.position for t in project.tasks.values() if t.parent_id == parent), default=0)
    task = Task(
        project.next_id("tasks"),
        name,
        parent_id=parent,
        position=position,
        duration=Duration(project.units.minutes_per_day),
        notes=f"Response to risk R{risk.id}: {risk.response_plan}".strip().removesuffix(":"),
    )
    link = RiskTask(project.next_id("risk_tasks"), risk_id, task.id, response=True)
    return Edit("Create response task", (Put("tasks", None, task), Put("risk_tasks", None, link)))


def unlinked_risks_note(changes: tuple[Change, ...]) -> str:
    """` (unlinks risk R3)`: what a task delete's description adds when it drops risks' task links."""
    risks = sorted({c.before.risk_id for c in changes if isinstance(c, Put) and c.table == "risk_tasks"})
    if not risks:
        return ""
    named = ", ".join(f"R{r}" for r in risks)
    return f" (unlinks risk{'s' if len(risks) > 1 else ''} {named})"

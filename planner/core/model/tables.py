"""The tables of a project: one declaration each, read by the edits, the store and the views.

A table is a dict of entities on the Project (`project.tasks`, `project.links`, ...)
keyed by Unique ID. Its declaration says what the core must know about it: the
entity class, which of its fields refer to rows of other tables (so that deleting a
task cascades to, or is refused by, every table that refers to it), and whether the
scheduler reads it (an edit touching only other tables does not reschedule).

How to add a table (say `risks`, each risk optionally about one task):

1. Its entity in core/model (a dataclass with an `id: int` first), and a dict field
   `risks: dict[int, Risk]` on Project.
2. One entry here: `Table("risks", Risk, (Reference("task_id", "tasks", CASCADE, optional=True),))`;
   `affects_schedule=True` only if the scheduler reads it.
3. One migration in store/schema.py creating the SQL table, say `0003_risks`, and a
   sample file of the new schema (tests/store/make_sample.py).
4. One codec (store/codec.py), in a module of its own and listed in store/codecs.py:
   its columns, the values of an entity, the entity of a row with each field checked
   (store/fields.py), and `since="0003_risks"` so that an older file read without
   migrating it has no risks rather than a missing table.

How to add a field to an existing table (say `group` on resources): the dataclass field with
a default, at the end of the class; its column in a new migration (`ALTER TABLE ... ADD
COLUMN` through sqlite-utils' `table.add_column`); the column in the codec's columns and in
`added={"group": "0004_team"}`, whose `entity_of` reads NULL as the default (an older file
read without migrating has NULL there).

Edits (`Put("risks", ...)`), Changes, cascades, Unique IDs, the file's reads and
writes and the checks on load then follow from the declaration.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from planner.core.model.baselines import Baseline, TaskBaseline, TaskEarnedValue
from planner.core.model.costs import BudgetLine, CostAccount, Expense, ResourceCost, TaskCost
from planner.core.model.entities import Assignment, Calendar, Link, Resource, ResourceSkill, Skill, Task, TaskSkill
from planner.core.model.estimates import Simulation, TaskEstimate
from planner.core.model.levelling import LevellingDelay
from planner.core.model.msproject import MsProjectTask
from planner.core.model.page_setup import PageSetup
from planner.core.records.registry import REGISTERS
from planner.core.risk.entities import Risk, RiskCategory, RiskScale, RiskScore, RiskTask
from planner.core.trends.entities import Snapshot, SnapshotMilestone


class OnDelete(StrEnum):
    """What deleting the referenced row does to the rows that refer to it."""

    CASCADE = "cascade"  # they go too (a task's links and assignments, a summary's subtasks)
    REFUSE = "refuse"  # the delete is refused while they refer to it (a calendar still in use)


CASCADE = OnDelete.CASCADE
REFUSE = OnDelete.REFUSE


@dataclass(frozen=True)
class Reference:
    """A field holding the Unique ID of a row of `table` (None allowed when `optional`)."""

    field: str
    table: str
    on_delete: OnDelete
    optional: bool = False
    label: str = ""  # how a message names it: "predecessor task"; default: the table's singular

    @property
    def described(self) -> str:
        return self.label or singular(self.table)


@dataclass(frozen=True)
class Table:
    name: str
    entity: type
    references: tuple[Reference, ...] = ()
    affects_schedule: bool = False
    dangling_dropped: bool = False  # a row pointing at a missing row may be dropped to repair a file


REGISTER_REFERENCES: dict[str, tuple[Reference, ...]] = {
    "checklist_items": (Reference("checklist_id", "checklists", CASCADE),),
    "meetings": (Reference("communication_id", "communications", REFUSE, optional=True, label="plan line"),),
    "decisions": (Reference("meeting_id", "meetings", CASCADE, optional=True),),
    "action_items": (Reference("meeting_id", "meetings", CASCADE, optional=True),),
}

TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        Table(
            "tasks",
            Task,
            (
                Reference("parent_id", "tasks", CASCADE, optional=True, label="parent task"),
                Reference("calendar_id", "calendars", REFUSE, optional=True),
            ),
            affects_schedule=True,
        ),
        Table(
            "links",
            Link,
            (
                Reference("predecessor_id", "tasks", CASCADE, label="predecessor task"),
                Reference("successor_id", "tasks", CASCADE, label="successor task"),
            ),
            affects_schedule=True,
            dangling_dropped=True,
        ),
        Table(
            "calendars",
            Calendar,
            (Reference("base_id", "calendars", REFUSE, optional=True, label="base calendar"),),
            affects_schedule=True,
        ),
        Table(
            "resources",
            Resource,
            (Reference("calendar_id", "calendars", REFUSE, optional=True),),
            affects_schedule=True,  # work is scheduled on a resource's calendar
        ),
        Table(
            "assignments",
            Assignment,
            (Reference("task_id", "tasks", CASCADE), Reference("resource_id", "resources", CASCADE)),
            affects_schedule=True,
            dangling_dropped=True,
        ),
        Table("skills", Skill),
        Table(
            "resource_skills",
            ResourceSkill,
            (Reference("resource_id", "resources", CASCADE), Reference("skill_id", "skills", CASCADE)),
            dangling_dropped=True,
        ),
        Table(
            "task_skills",
            TaskSkill,
            (Reference("task_id", "tasks", CASCADE), Reference("skill_id", "skills", CASCADE)),
            dangling_dropped=True,
        ),
        # 0006_levelling
        Table(
            "levelling_delays",
            LevellingDelay,
            (Reference("task_id", "tasks", CASCADE),),
            affects_schedule=True,
            dangling_dropped=True,
        ),
        Table("cost_accounts", CostAccount),
        Table(
            "task_costs",
            TaskCost,
            (Reference("task_id", "tasks", CASCADE), Reference("account_id", "cost_accounts", REFUSE, optional=True)),
            dangling_dropped=True,
        ),
        Table(
            "resource_costs",
            ResourceCost,
            (
                Reference("resource_id", "resources", CASCADE),
                Reference("account_id", "cost_accounts", REFUSE, optional=True),
            ),
            dangling_dropped=True,
        ),
        Table(
            "budget_lines",
            BudgetLine,
            (
                Reference("account_id", "cost_accounts", REFUSE, optional=True),
                Reference("task_id", "tasks", CASCADE, optional=True, label="phase"),
            ),
        ),
        Table(
            "expenses",
            Expense,
            (
                Reference("account_id", "cost_accounts", REFUSE, optional=True),
                Reference("task_id", "tasks", REFUSE, optional=True),  # money paid is never lost with a task
            ),
        ),
        # 0008_baselines
        Table("baselines", Baseline),
        Table(
            "task_baselines",
            TaskBaseline,
            (Reference("baseline_id", "baselines", CASCADE), Reference("task_id", "tasks", CASCADE)),
            dangling_dropped=True,
        ),
        Table("task_earned_value", TaskEarnedValue, (Reference("task_id", "tasks", CASCADE),), dangling_dropped=True),
        # the risk register (0009_risks): a risk's owner is not a reference (core.risk.entities says why)
        Table("risk_categories", RiskCategory),
        Table("risks", Risk, (Reference("category_id", "risk_categories", REFUSE, optional=True),)),
        Table(
            "risk_tasks",
            RiskTask,
            (Reference("risk_id", "risks", CASCADE), Reference("task_id", "tasks", CASCADE, label="linked task")),
            dangling_dropped=True,
        ),
        Table("risk_history", RiskScore, (Reference("risk_id", "risks", CASCADE),), dangling_dropped=True),
        Table("risk_scales", RiskScale),
        Table("task_estimates", TaskEstimate, (Reference("task_id", "tasks", CASCADE),), dangling_dropped=True),
        Table("simulations", Simulation),
        Table("page_setups", PageSetup),  # 0011_print
        Table("msp_tasks", MsProjectTask, (Reference("task_id", "tasks", CASCADE),), dangling_dropped=True),
        # the registers (0014_registers): tasks and people in them are not references (see their entities)
        *(Table(name, spec.entity, REGISTER_REFERENCES.get(name, ())) for name, spec in REGISTERS.items()),
        # status snapshots (0015_snapshots): a milestone row names its task by Unique ID, not as a
        # reference, so a milestone deleted later keeps its history (core.trends.entities)
        Table("snapshots", Snapshot),
        Table("snapshot_milestones", SnapshotMilestone, (Reference("snapshot_id", "snapshots", CASCADE),)),
    )
}

TABLE_NAMES = tuple(TABLES)


SINGULARS = {  # where dropping the "s" does not name one row
    "risk_categories": "risk category",
    "risk_tasks": "risk's task link",
    "risk_history": "risk score",
    "risk_scales": "risk scale level",
    "msp_tasks": "task's MS Project codes",
    **{name: spec.singular for name, spec in REGISTERS.items()},
    "snapshots": "status snapshot",
    "snapshot_milestones": "snapshot's milestone",
}


def singular(table: str) -> str:
    """How a message names one row of `table`: "task", "link"."""
    return SINGULARS.get(table) or table.removesuffix("s")


def referring(table: str) -> list[tuple[Table, Reference]]:
    """Every (table, reference) pointing at rows of `table`."""
    return [(t, r) for t in TABLES.values() for r in t.references if r.table == table]

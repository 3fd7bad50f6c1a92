"""The project as plain data: tasks in a WBS, links, calendars, resources.

Nothing here schedules or stores; the scheduler reads these objects and the
store persists them. Every row's `id` is its Unique ID: given once per file and
table, never reused after a delete (MS Project's "Unique ID"); everything that
refers to a row (`parent_id`, `predecessor_id`, ...) holds that Unique ID.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum
from typing import TYPE_CHECKING

from planner.core.model.baselines import Baseline, TaskBaseline, TaskEarnedValue
from planner.core.model.costs import BudgetLine, CostAccount, Expense, ResourceCost, TaskCost
from planner.core.model.duration import ZERO_LAG, Duration, Lag, TimeUnits
from planner.core.model.estimates import Simulation, TaskEstimate
from planner.core.model.levelling import LevellingDelay
from planner.core.model.msproject import MsProjectTask
from planner.core.model.page_setup import PageSetup

if TYPE_CHECKING:
    from planner.core.communication.entities import (
        ActionItem,
        Communication,
        Decision,
        Meeting,
        Stakeholder,
    )
    from planner.core.quality.entities import Checklist, ChecklistItem, Defect, Lesson
    from planner.core.risk.entities import Risk, RiskCategory, RiskScale, RiskScore, RiskTask
    from planner.core.trends.entities import Snapshot, SnapshotMilestone

Interval = tuple[int, int]  # minutes from midnight, start < end
STANDARD_DAY: tuple[Interval, ...] = ((8 * 60, 12 * 60), (13 * 60, 17 * 60))


class LinkType(StrEnum):
    FS = "FS"
    SS = "SS"
    FF = "FF"
    SF = "SF"


class TaskType(StrEnum):
    """MS Project's task types: which of duration, work and units holds when another changes
    (the rule table is in planner/core/resources/effort.py)."""

    FIXED_UNITS = "fixed_units"
    FIXED_WORK = "fixed_work"
    FIXED_DURATION = "fixed_duration"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").title()


class ConstraintType(StrEnum):
    """MS Project's eight constraint types, by their short names."""

    ASAP = "ASAP"
    ALAP = "ALAP"
    SNET = "SNET"
    SNLT = "SNLT"
    FNET = "FNET"
    FNLT = "FNLT"
    MSO = "MSO"
    MFO = "MFO"

    @property
    def needs_date(self) -> bool:
        return self not in (ConstraintType.ASAP, ConstraintType.ALAP)

    @property
    def label(self) -> str:
        return CONSTRAINT_LABELS[self]


CONSTRAINT_LABELS = {
    ConstraintType.ASAP: "As Soon As Possible",
    ConstraintType.ALAP: "As Late As Possible",
    ConstraintType.SNET: "Start No Earlier Than",
    ConstraintType.SNLT: "Start No Later Than",
    ConstraintType.FNET: "Finish No Earlier Than",
    ConstraintType.FNLT: "Finish No Later Than",
    ConstraintType.MSO: "Must Start On",
    ConstraintType.MFO: "Must Finish On",
}


@dataclass
class CalendarException:
    """Days that differ from the weekly pattern: a holiday (no hours) or special hours."""

    start: date
    finish: date
    name: str = ""
    hours: tuple[Interval, ...] = ()


@dataclass
class Calendar:
    """Weekly working hours (Monday first) plus exceptions and a country's public holidays."""

    id: int
    name: str
    week: tuple[tuple[Interval, ...], ...] = (STANDARD_DAY,) * 5 + ((), ())
    exceptions: list[CalendarException] = field(default_factory=list)
    country: str = ""
    # 0004_team: a resource's calendar is built on a base calendar (MS Project's "Base Calendar"):
    # the base's exceptions and public holidays apply, the calendar's own exceptions on top of them,
    # and its week is the base's while `inherits_week` (core/schedule/resource_calendar.py resolves it).
    base_id: int | None = None
    inherits_week: bool = False


@dataclass
class Task:
    id: int
    name: str
    parent_id: int | None = None
    position: int = 0  # order among its siblings
    duration: Duration = Duration(480)
    milestone: bool = False
    priority: int = 500
    constraint_type: ConstraintType = ConstraintType.ASAP
    constraint_date: datetime | None = None
    deadline: datetime | None = None
    percent_complete: float = 0.0
    actual_start: datetime | None = None
    actual_finish: datetime | None = None
    notes: str = ""
    calendar_id: int | None = None  # None: the project's calendar
    # 0005_assignments
    task_type: TaskType = TaskType.FIXED_UNITS
    effort_driven: bool = False  # MS Project 2010's default for a new task
    # 0012_rules: MS Project's Task Mode. A manually scheduled task keeps the start the PM typed
    # (None: where the scheduler would put it) and its duration; its links drive its successors
    # but nothing moves it (core/schedule/rules.py).
    manual: bool = False
    manual_start: datetime | None = None


@dataclass
class Link:
    id: int
    predecessor_id: int
    successor_id: int
    type: LinkType = LinkType.FS
    lag: Lag = ZERO_LAG


RATE_UNITS = ("h", "d", "w", "mo", "y")  # how a rate is shown and typed: €50/h, €400/d
ACCRUALS = ("start", "prorated", "end")  # when a resource's cost is incurred (MS Project's Accrue At)


@dataclass
class Resource:
    """A person, a material or a cost item that tasks are assigned.

    Rates are stored per working hour whatever unit they are shown in, so a cost engineer
    multiplies `standard_rate` by hours of work: `€400/d` on an 8-hour day is stored as 50.0
    with `standard_rate_unit` "d" (core/team/rates.py converts with the project's hours per
    day, week and month, as MS Project does). A material resource's rates are per unit of its
    `material_label` (per tonne, per licence) and its unit is not used.
    """

    id: int
    name: str
    kind: str = "work"  # work, material, cost
    initials: str = ""
    email: str = ""
    max_units: float = 1.0
    standard_rate: float = 0.0  # per hour
    overtime_rate: float = 0.0  # per hour
    cost_per_use: float = 0.0
    calendar_id: int | None = None  # None: the project's calendar
    # 0004_team
    group: str = ""  # the team or department: "Development", "Vendor"
    role: str = ""
    notes: str = ""
    standard_rate_unit: str = "h"  # one of RATE_UNITS: how the rate is shown
    overtime_rate_unit: str = "h"
    accrue_at: str = "prorated"  # one of ACCRUALS
    material_label: str = ""  # a material's unit: "licence", "t"


@dataclass
class Assignment:
    id: int
    task_id: int
    resource_id: int
    units: float = 1.0  # 1.0 is 100% for a work resource; an amount (2 licences) for a material one
    work_minutes: int = 0  # all the work, overtime included (MS Project's Work; 0 for material and cost resources)
    # 0007_costs
    overtime_work_minutes: int = 0  # the part of the work paid at the overtime rate
    actual_work_minutes: int | None = None  # None: the task's % complete of the work
    cost: float = 0.0  # a cost resource's amount on this assignment (travel, a licence)
    # 0012_rules: MS Project's Assignment Delay: the resource starts this many working minutes
    # (of the resource's calendar) after the task starts; the task ends when its last assignment does.
    delay_minutes: int = 0


@dataclass
class Skill:
    """A skill the project keeps in its list (Java, React, Testing, DBA, Security, PM)."""

    id: int
    name: str


@dataclass
class ResourceSkill:
    """A person's level (1 to 5) in one skill of the project's list."""

    id: int
    resource_id: int
    skill_id: int
    level: int = 3


@dataclass
class TaskSkill:
    """A skill a task needs, at a minimum level (1 to 5), for matching people to work."""

    id: int
    task_id: int
    skill_id: int
    min_level: int = 1


@dataclass
class Project:
    name: str = "New project"
    start: datetime = datetime(2027, 1, 4, 8, 0)
    status_date: datetime | None = None
    currency: str = "EUR"
    units: TimeUnits = TimeUnits()
    calendar_id: int = 1
    calendars: dict[int, Calendar] = field(default_factory=dict)
    tasks: dict[int, Task] = field(default_factory=dict)
    links: dict[int, Link] = field(default_factory=dict)
    resources: dict[int, Resource] = field(default_factory=dict)
    assignments: dict[int, Assignment] = field(default_factory=dict)
    skills: dict[int, Skill] = field(default_factory=dict)
    resource_skills: dict[int, ResourceSkill] = field(default_factory=dict)
    task_skills: dict[int, TaskSkill] = field(default_factory=dict)
    # 0006_levelling
    levelling_delays: dict[int, LevellingDelay] = field(default_factory=dict)
    cost_accounts: dict[int, CostAccount] = field(default_factory=dict)
    task_costs: dict[int, TaskCost] = field(default_factory=dict)
    resource_costs: dict[int, ResourceCost] = field(default_factory=dict)
    budget_lines: dict[int, BudgetLine] = field(default_factory=dict)
    expenses: dict[int, Expense] = field(default_factory=dict)
    # 0008_baselines
    baselines: dict[int, Baseline] = field(default_factory=dict)
    task_baselines: dict[int, TaskBaseline] = field(default_factory=dict)
    task_earned_value: dict[int, TaskEarnedValue] = field(default_factory=dict)
    # the risk register (core.risk.entities; migration 0009_risks)
    risk_categories: dict[int, RiskCategory] = field(default_factory=dict)
    risks: dict[int, Risk] = field(default_factory=dict)
    risk_tasks: dict[int, RiskTask] = field(default_factory=dict)
    risk_history: dict[int, RiskScore] = field(default_factory=dict)
    risk_scales: dict[int, RiskScale] = field(default_factory=dict)
    task_estimates: dict[int, TaskEstimate] = field(default_factory=dict)  # 0010_estimates
    simulations: dict[int, Simulation] = field(default_factory=dict)  # 0010_estimates
    page_setups: dict[int, PageSetup] = field(default_factory=dict)  # 0011_print: File > Page Setup, per view
    # 0012_rules: MS Project's "Tasks will always honor their constraint dates" (off: links win over
    # a constraint they break), and its Default Start/End Time: a date typed without a time gets them.
    honour_constraints: bool = True
    default_start_time: time = time(8, 0)
    default_finish_time: time = time(17, 0)
    msp_tasks: dict[int, MsProjectTask] = field(default_factory=dict)  # 0013_mspdi: WBS codes, GUIDs, hyperlinks
    # the registers (core.records; migration 0014_registers): quality, then stakeholders and communication
    defects: dict[int, Defect] = field(default_factory=dict)
    checklists: dict[int, Checklist] = field(default_factory=dict)
    checklist_items: dict[int, ChecklistItem] = field(default_factory=dict)
    lessons: dict[int, Lesson] = field(default_factory=dict)
    stakeholders: dict[int, Stakeholder] = field(default_factory=dict)
    communications: dict[int, Communication] = field(default_factory=dict)
    meetings: dict[int, Meeting] = field(default_factory=dict)
    decisions: dict[int, Decision] = field(default_factory=dict)
    action_items: dict[int, ActionItem] = field(default_factory=dict)
    # status snapshots for the trends (core.trends; migration 0015_snapshots)
    snapshots: dict[int, Snapshot] = field(default_factory=dict)
    snapshot_milestones: dict[int, SnapshotMilestone] = field(default_factory=dict)
    counters: dict[str, int] = field(default_factory=dict, compare=False)  # next Unique ID per table

    def __post_init__(self) -> None:
        if not self.calendars:
            self.calendars[1] = Calendar(1, "Standard")
            self.calendar_id = 1

    @property
    def calendar(self) -> Calendar:
        return self.calendars[self.calendar_id]

    def table(self, name: str) -> dict:
        """The rows of table `name` (planner.core.model.tables), by Unique ID."""
        return getattr(self, name)

    def next_id(self, name: str) -> int:
        """The Unique ID the next new row of table `name` gets; an ID is never given twice in a file.

        Only applying an edit that adds the row advances the counter, so building an edit
        that is never applied costs no ID. Rows put straight into a dict (importers,
        generators building a new project) are stepped over.
        """
        rows = self.table(name)
        following = self.counters.get(name)
        if following is None:
            following = max(rows, default=0) + 1
        while following in rows:
            following += 1
        self.counters[name] = following
        return following

    def use_id(self, name: str, uid: int) -> None:
        """Note that `uid` is (or was) taken in table `name`: the counter moves past it and never back."""
        if uid >= self.next_id(name):
            self.counters[name] = uid + 1

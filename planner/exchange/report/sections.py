"""The report's sections, in the order a steering committee reads them: where we stand, what was
done, what slipped, what comes next, milestones, issues, then the money and the risks."""

from __future__ import annotations

from datetime import date, datetime

from planner.core.report.facts import StatusFacts
from planner.core.report.tasks import TaskLine
from planner.exchange.report.pages import GREY, MARGIN, SIGN_COLOURS, Column, Pages

LATE = SIGN_COLOURS["red"]
NOTHING = 8.5
LIST_LIMIT = 25  # rows of one list; the rest is counted


def day(moment: datetime | date | None) -> str:
    return "" if moment is None else f"{moment:%a %Y-%m-%d}"


def short(moment: datetime | date | None) -> str:
    """A date in a dense table: 2027-02-22."""
    return "" if moment is None else f"{moment:%Y-%m-%d}"


def slip(days: float | None) -> str:
    if days is None:
        return ""
    return "0d" if days == 0 else f"{days:+g}d"


def money(amount: float | None, currency: str) -> str:
    return "—" if amount is None else f"{amount:,.0f} {currency}"


def title_block(pages: Pages, facts: StatusFacts, prepared: date) -> None:
    pages.need(120)
    pages.y += 22
    pages.write(MARGIN, pages.y, "Status report", size=20, bold=True)
    pages.y += 20
    pages.write(MARGIN, pages.y, facts.project, size=14)
    pages.y += 18
    status = day(facts.status) if facts.status_given else f"none set (measured at {day(facts.status)})"
    first = f"Period: {facts.period.text()}    ·    Status date: {status}"
    pages.write(MARGIN, pages.y, first, size=9, colour=GREY)
    pages.y += 13
    pages.write(
        MARGIN, pages.y, f"Author: {facts.author or '—'}    ·    Prepared: {day(prepared)}", size=9, colour=GREY
    )
    pages.y += 6


def overall(pages: Pages, facts: StatusFacts) -> None:
    pages.heading("Overall status")
    sign = facts.overall.value
    pages.need(30)
    pages.box(MARGIN, pages.y, pages.width, 22, SIGN_COLOURS[sign])
    colour = "#1a1a1a" if sign == "amber" else "white"
    words = {"red": "needs action", "amber": "needs watching", "green": "on track", "n/a": "not rated"}[sign]
    worst_areas = [r.area.lower() for r in facts.ratings if r.rag.value == sign]
    because = f" ({', '.join(worst_areas)})" if sign in ("red", "amber") else ""
    pages.write(
        MARGIN + 10, pages.y + 15, f"Overall: {sign.upper()}, {words}{because}", size=11, bold=True, colour=colour
    )
    pages.y += 30
    for rating in facts.ratings:
        pages.sign(rating.rag.value, rating.area, rating.reading, rating.rule)
    key = facts.key_dates
    pages.space(2)
    pages.table(
        [Column("Start", 120), Column("Baseline finish", 120), Column("Forecast finish", 120), Column("Slip", 139)],
        [[day(key.start), day(key.baseline_finish) or "no baseline", day(key.forecast_finish), slip(key.slip_days)]],
    )


def _more(pages: Pages, shown: int, total: int, what: str, where: str = "the Gantt") -> None:
    if total > shown:
        pages.paragraph(f"… and {total - shown} more {what} (see {where}).", size=8, colour=GREY)


def finished(pages: Pages, facts: StatusFacts) -> None:
    pages.heading(f"Finished in the period ({len(facts.finished)})")
    if not facts.finished:
        pages.paragraph("No task was finished in the period.", size=NOTHING, colour=GREY)
        return
    shown = facts.finished[:LIST_LIMIT]
    pages.table(
        [Column("ID", 34, "right"), Column("Task", 285, wrap=True), Column("Finished", 90), Column("Baseline", 90)],
        [[str(t.id), t.name, day(t.finish), day(t.baseline_finish)] for t in shown],
    )
    _more(pages, len(shown), len(facts.finished), "tasks finished")


def slipped(pages: Pages, facts: StatusFacts) -> None:
    pages.heading(f"Slipped against the baseline ({len(facts.slipped)})")
    if facts.key_dates.baseline_finish is None:
        pages.paragraph("No baseline is saved, so there is nothing to slip against (Project > Set Baseline).",
                        size=NOTHING, colour=GREY)  # fmt: skip
    elif not facts.slipped:
        pages.paragraph("No task due by the end of the next period is behind its baseline.", size=NOTHING, colour=GREY)
    else:
        shown = facts.slipped[:LIST_LIMIT]
        pages.table(
            [
                Column("ID", 34, "right"),
                Column("Task", 171, wrap=True),
                Column("Base start", 58),
                Column("Start", 58),
                Column("Base finish", 60),
                Column("Forecast", 58),
                Column("Finish slip", 60, "right"),
            ],
            [
                [
                    str(t.id),
                    t.name,
                    short(t.baseline_start),
                    short(t.start),
                    short(t.baseline_finish),
                    short(t.finish),
                    slip(t.finish_slip_days),
                ]
                for t in shown
            ],
        )
        pages.paragraph(
            "Base: the baseline the project is measured against. Slip: working days on the project calendar.",
            size=7.5, colour=GREY,
        )  # fmt: skip
        _more(pages, len(shown), len(facts.slipped), "slipped tasks")
    if facts.slipped_later:
        pages.paragraph(
            f"Knock-on: {facts.slipped_later} tasks later in the plan are forecast to finish after their baseline too.",
            size=8.5,
        )


def upcoming(pages: Pages, facts: StatusFacts) -> None:
    following = facts.period.following()
    pages.heading(f"Planned for the next period, {following.text()} ({len(facts.next)})")
    if not facts.next:
        pages.paragraph("No work is scheduled in the next period.", size=NOTHING, colour=GREY)
        return
    shown = facts.next[:LIST_LIMIT]
    pages.table(
        [
            Column("ID", 34, "right"),
            Column("Task", 255, wrap=True),
            Column("Start", 80),
            Column("Finish", 80),
            Column("% done", 50, "right"),
        ],
        [[str(t.id), t.name, day(t.start), day(t.finish), f"{t.percent:.0f}%"] for t in shown],
    )
    _more(pages, len(shown), len(facts.next), "tasks")


def milestone_table(pages: Pages, facts: StatusFacts) -> None:
    pages.heading(f"Milestones ({len(facts.milestones)})")
    if not facts.milestones:
        pages.paragraph("The plan has no milestones.", size=NOTHING, colour=GREY)
        return

    def state(t: TaskLine) -> str:
        if t.done:
            return "done"
        if t.deadline is not None and t.finish > t.deadline:
            return "past deadline"
        return "late" if (t.finish_slip_days or 0) > 0 else "on plan"

    current = [t for t in facts.milestones if not (t.done and t.finish < facts.period.opens)]
    shown = current[:LIST_LIMIT]
    pages.table(
        [
            Column("ID", 34, "right"),
            Column("Milestone", 199, wrap=True),
            Column("Baseline", 80),
            Column("Forecast", 80),
            Column("Slip", 36, "right"),
            Column("Status", 70),
        ],
        [[str(t.id), t.name, day(t.baseline_finish), day(t.finish), slip(t.finish_slip_days), state(t)] for t in shown],
        marks=[LATE if state(t) in ("late", "past deadline") else None for t in shown],
    )
    earlier = len(facts.milestones) - len(current)
    if earlier:
        pages.paragraph(f"{earlier} milestone(s) reached before the period are not listed.", size=8, colour=GREY)
    _more(pages, len(shown), len(current), "milestones later in the plan")


def issues(pages: Pages, facts: StatusFacts) -> None:
    count = sum(len(s.overallocations) for s in facts.overallocated) + len(facts.past_deadline)
    pages.heading(f"Issues ({count})")
    if not count:
        pages.paragraph("No over-allocated people and no task past its deadline.", size=NOTHING, colour=GREY)
        return
    if facts.past_deadline:
        pages.paragraph("Past their deadline", bold=True)
        pages.table(
            [
                Column("ID", 34, "right"),
                Column("Task", 265, wrap=True),
                Column("Deadline", 80),
                Column("Forecast", 80),
                Column("Late", 40, "right"),
            ],
            [
                [str(t.id), t.name, day(t.deadline), day(t.finish), slip(t.deadline_slip_days)]
                for t in facts.past_deadline[:LIST_LIMIT]
            ],
            marks=[LATE] * len(facts.past_deadline[:LIST_LIMIT]),
        )
        _more(pages, min(LIST_LIMIT, len(facts.past_deadline)), len(facts.past_deadline), "tasks past their deadline")
    if facts.overallocated:
        pages.paragraph("Over-allocated people", bold=True)
        rows = [
            [s.name, f"{day(o.start)} to {day(o.finish)}", f"{o.peak_units:.0%}", _task_ids(facts, o.task_ids)]
            for s in facts.overallocated
            for o in s.overallocations
        ]
        total = len(rows)
        rows = rows[:LIST_LIMIT]
        pages.table(
            [Column("Person", 130), Column("When", 190), Column("Peak", 50, "right"), Column("Tasks", 129)], rows
        )
        _more(pages, len(rows), total, "over-allocations", "the Resources tab")


def _task_ids(facts: StatusFacts, uids: tuple[int, ...]) -> str:
    """The tasks by their IDs (row numbers), as the table shows them."""
    return ", ".join(str(facts.rows.get(uid, uid)) for uid in uids)

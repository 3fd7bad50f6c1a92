"""The import report: one line per kind of thing, naming as many of its tasks as fit a short line."""

from __future__ import annotations

from planner.exchange.foreign.not_carried import LINE_LENGTH, NotCarried


def test_each_kind_is_one_line_in_the_order_first_met_with_its_count() -> None:
    report = NotCarried()
    for name in ("Roof", "Walls", "Roof", "Floor", "Paint", "Doors"):
        report.note("task bar colours", name)
    report.note("the company (Acme)")
    report.note("custom column 'Is done'", "Roof")
    assert report.lines() == [
        "task bar colours (5): Roof, Walls, Floor and 2 more",
        "the company (Acme)",
        "custom column 'Is done' (1): Roof",
    ]


def test_long_names_are_cut_to_a_line_the_report_dialog_shows_whole() -> None:
    report = NotCarried()
    for number in range(12):
        report.note("task coordinators (GanttProject's responsible flag)", f"Jack House on Equipment planning {number}")
    (line,) = report.lines()
    assert len(line) <= LINE_LENGTH
    assert line.startswith("task coordinators (GanttProject's responsible flag) (12): Jack House on Equip")
    assert line.endswith("… and 11 more")

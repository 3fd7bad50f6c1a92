"""The chart's one time<->pixel mapping and the two-tier timescale it picks per zoom (no widget needed)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from planner.ui.gantt.chart.timescale import (
    DAY,
    HOUR,
    MONTH,
    QUARTER,
    TIERS,
    WEEK,
    YEAR,
    ZOOM_STEPS,
    TimeScale,
    Unit,
    clamp_zoom,
    label_level,
    pick_label,
    zoom_step,
)

ORIGIN = datetime(2027, 1, 4, 0, 0)  # a Monday


def measure(text: str) -> float:
    """Seven pixels a character, like a 9 pt sans font."""
    return 7.0 * len(text)


@pytest.mark.parametrize("zoom", [0.1, 0.4, 3.0, 30.0, 400.0, 1440.0])
@pytest.mark.parametrize("moment", [datetime(2027, 1, 4, 8), datetime(2027, 3, 28, 17, 30), datetime(2031, 12, 31, 23)])
def test_x_of_and_datetime_at_are_inverse(zoom: float, moment: datetime) -> None:
    scale = TimeScale(ORIGIN, zoom)
    x = scale.x_of(moment)
    assert abs(scale.datetime_at(x) - moment) < timedelta(seconds=1)
    assert scale.x_of(scale.datetime_at(123.0)) == pytest.approx(123.0)


def test_one_day_is_px_per_day_wide() -> None:
    scale = TimeScale(ORIGIN, 30.0)
    assert scale.x_of(ORIGIN) == 0
    assert scale.x_of(ORIGIN + timedelta(days=2)) == pytest.approx(60.0)
    assert scale.x_of(ORIGIN - timedelta(hours=12)) == pytest.approx(-15.0)


@pytest.mark.parametrize(
    ("zoom", "upper", "lower"),
    [
        (1440.0, DAY, HOUR),
        (45.0, WEEK, DAY),
        (12.0, MONTH, WEEK),
        (1.6, QUARTER, MONTH),
        (0.3, YEAR, QUARTER),
        (0.1, Unit("decade"), YEAR),
    ],
)
def test_tiers_follow_the_zoom_from_hours_to_years(zoom: float, upper: Unit, lower: Unit) -> None:
    assert TimeScale(ORIGIN, zoom).tiers() == (upper, lower)


def test_a_larger_font_picks_coarser_tiers() -> None:
    assert TimeScale(ORIGIN, 18.0, char_px=7.0).tiers()[1] == DAY
    assert TimeScale(ORIGIN, 18.0, char_px=10.0).tiers()[1] == WEEK


def test_zoom_is_clamped_between_years_and_hours() -> None:
    assert clamp_zoom(0.0001) == ZOOM_STEPS[0]
    assert clamp_zoom(1e9) == ZOOM_STEPS[-1]


def test_zoom_steps_walk_the_presets() -> None:
    assert zoom_step(30.0, +1) == 45.0
    assert zoom_step(30.0, -1) == 20.0
    assert zoom_step(ZOOM_STEPS[-1], +1) == ZOOM_STEPS[-1]
    assert zoom_step(ZOOM_STEPS[0], -1) == ZOOM_STEPS[0]


def test_zoom_around_keeps_the_date_under_the_mouse() -> None:
    scale = TimeScale(ORIGIN, 30.0)
    under = scale.datetime_at(250)
    scale.zoom_around(250, 90.0)
    assert scale.px_per_day == 90.0
    assert scale.x_of(under) == pytest.approx(250)


@pytest.mark.parametrize(
    ("unit", "moment", "floor", "after"),
    [
        (HOUR, datetime(2027, 1, 6, 9, 40), datetime(2027, 1, 6, 9), datetime(2027, 1, 6, 10)),
        (Unit("hour", 6), datetime(2027, 1, 6, 9, 40), datetime(2027, 1, 6, 6), datetime(2027, 1, 6, 12)),
        (DAY, datetime(2027, 1, 6, 9, 40), datetime(2027, 1, 6), datetime(2027, 1, 7)),
        (WEEK, datetime(2027, 1, 6, 9, 40), datetime(2027, 1, 4), datetime(2027, 1, 11)),
        (MONTH, datetime(2027, 12, 6), datetime(2027, 12, 1), datetime(2028, 1, 1)),
        (QUARTER, datetime(2027, 8, 6), datetime(2027, 7, 1), datetime(2027, 10, 1)),
        (YEAR, datetime(2027, 8, 6), datetime(2027, 1, 1), datetime(2028, 1, 1)),
    ],
)
def test_units_floor_and_step(unit: Unit, moment: datetime, floor: datetime, after: datetime) -> None:
    assert unit.floor(moment) == floor
    assert unit.next(floor) == after


def test_a_drag_snaps_to_the_nearest_unit_boundary() -> None:
    assert DAY.nearest(datetime(2027, 1, 6, 11, 59)) == datetime(2027, 1, 6)
    assert DAY.nearest(datetime(2027, 1, 6, 12, 1)) == datetime(2027, 1, 7)
    assert TimeScale(ORIGIN, 45.0).snap_unit == DAY
    assert TimeScale(ORIGIN, 900.0).snap_unit.kind == "hour"


def test_spans_cover_the_range() -> None:
    spans = list(WEEK.spans(datetime(2027, 1, 6), datetime(2027, 1, 20)))
    assert spans[0] == (datetime(2027, 1, 4), datetime(2027, 1, 11))
    assert spans[-1] == (datetime(2027, 1, 18), datetime(2027, 1, 25))


@pytest.mark.parametrize(
    ("unit", "zoom", "label"),
    [
        (DAY, 1440.0, "Monday 4 January 2027"),
        (DAY, 60.0, "Mon 4"),
        (DAY, 30.0, "4"),
        (DAY, 17.0, "M"),
        (WEEK, 12.0, "4 Jan 2027"),
        (WEEK, 4.0, "4"),
        (MONTH, 4.0, "January 2027"),
        (MONTH, 1.6, "Jan"),
        (QUARTER, 1.6, "Q1 2027"),
        (QUARTER, 0.3, "Q1"),
        (YEAR, 0.3, "2027"),
    ],
)
def test_labels_are_the_longest_form_that_fits(unit: Unit, zoom: float, label: str) -> None:
    start = unit.floor(ORIGIN)
    width = unit.min_days * zoom
    level = label_level(unit, zoom, measure)
    assert pick_label(unit.labels(start)[level:], width, measure) == label


def test_one_tier_never_mixes_label_forms() -> None:
    """At a zoom where `Mon 4` fits but `Wed 29` does not, every day shows its number only."""
    level = label_level(DAY, 47.0, measure)
    assert DAY.labels(ORIGIN)[level] == "4"


@pytest.mark.parametrize("zoom", sorted({*ZOOM_STEPS, *(lowest for lowest, _, _ in TIERS if lowest > 0)}))
def test_no_zoom_leaves_a_tier_blank(zoom: float) -> None:
    """At every preset, and at the very lowest zoom of each tier pair, both tiers have labels."""
    for unit in TimeScale(ORIGIN, zoom).tiers():
        assert label_level(unit, zoom, measure) < len(unit.labels(ORIGIN)), (zoom, unit)

"""How a printed Gantt fits its pages: text scale, time axis, rows per page, and what is refused."""

from __future__ import annotations

from datetime import datetime

import pytest

from planner.core.errors import InputError
from planner.core.model.page_setup import PageSetup, check_page_setup, paper_named
from planner.core.printing.fit import BASE_PT, MIN_PT, NATURAL_PX_PER_DAY, Area, fit_pages

# A4 landscape with 10 mm margins, in 1/96 inch: 277 x 190 mm
A4_LANDSCAPE = dict(width=1047.0, height=718.0, row=18.0, fixed=60.0, timescale=44.0)


def area(columns: float, days: float) -> Area:
    return Area(columns=columns, days=days, **A4_LANDSCAPE)


def test_as_many_pages_as_the_timescale_needs_at_full_size():
    fit = fit_pages(area(columns=600, days=200), 0)
    assert fit.scale == 1 and fit.points == BASE_PT
    assert fit.pages_wide == 3  # 200 days x 6 px = 1200 px over 447 px of chart a page
    assert fit.px_per_day >= NATURAL_PX_PER_DAY
    assert fit.pages_wide * fit.chart_width == pytest.approx(200 * fit.px_per_day)
    assert fit.rows_per_page == (718 - 60 - 44) // 18


def test_fewer_pages_wide_compress_the_time_axis_before_the_text():
    fit = fit_pages(area(columns=600, days=200), 1)
    assert fit.scale == 1 and fit.pages_wide == 1
    assert fit.px_per_day == pytest.approx(447 / 200)


def test_past_the_densest_time_axis_the_whole_page_shrinks_down_to_7_pt():
    fit = fit_pages(area(columns=600, days=500), 1)
    assert MIN_PT <= fit.points < BASE_PT
    assert fit.rows_per_page > (718 - 60 - 44) // 18  # smaller rows: more on a page


def test_a_request_that_would_print_under_7_pt_is_refused_with_what_would_do():
    with pytest.raises(InputError) as refused:
        fit_pages(area(columns=600, days=1100), 1)
    message = str(refused.value)
    assert message.startswith("At 1 page wide the task names and bar labels would be 5.")
    assert "choose 2 pages wide or at most 106 weeks" in message
    fit_pages(area(columns=600, days=1100), 2)  # what it proposes works
    fit_pages(area(columns=600, days=106 * 7), 1)


def test_columns_that_leave_no_room_for_the_chart_are_refused():
    with pytest.raises(InputError, match="the columns leave no room for the chart even at 7 pt"):
        fit_pages(area(columns=1400, days=100), 1)


def test_the_page_setup_is_checked_in_one_line_each():
    assert paper_named("letter") == "Letter" and paper_named(" a4 ") == "A4"
    with pytest.raises(InputError, match="paper 'A3' is not one Planner prints on; choose A4 or Letter"):
        paper_named("A3")
    with pytest.raises(InputError, match="pages wide must be from 1 to 50"):
        check_page_setup(PageSetup(pages_wide=51))
    with pytest.raises(InputError, match="margins must be from 0 to 40 mm, not -1"):
        check_page_setup(PageSetup(margin_mm=-1))
    with pytest.raises(InputError, match=r"the date range ends \(2027-01-31\) before it starts \(2027-03-01\)"):
        check_page_setup(PageSetup(date_from=datetime(2027, 3, 1), date_to=datetime(2027, 2, 1)))
    with pytest.raises(InputError, match="choose at least one column"):
        check_page_setup(PageSetup(columns=()))
    assert PageSetup().paper_mm == (297.0, 210.0) and PageSetup(paper="Letter", landscape=False).paper_mm[0] == 215.9


def test_rows_close_up_a_little_rather_than_start_a_row_of_pages_for_a_few_tasks():
    per_page = (718 - 60 - 44) // 18  # 34
    fit = fit_pages(Area(columns=600, days=200, rows=2 * per_page + 2, **A4_LANDSCAPE), 0)
    assert fit.rows_per_page == per_page + 1 and fit.row_height < 18
    assert fit.row_height >= 18 * 0.9
    apart = fit_pages(Area(columns=600, days=200, rows=2 * per_page + 20, **A4_LANDSCAPE), 0)
    assert apart.rows_per_page == per_page and apart.row_height == 18  # too many to close up: 3 rows of pages

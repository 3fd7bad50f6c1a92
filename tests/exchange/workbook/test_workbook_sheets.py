"""The demo's workbook read back with openpyxl: what a stakeholder opening it finds on each sheet."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from itertools import pairwise

from openpyxl import load_workbook

from planner.core.status.assess import assess
from planner.core.summary.key_dates import key_dates
from planner.core.summary.milestones import milestone_lines
from planner.exchange.schedule_report import outline_rows
from planner.exchange.workbook.schedule_sheet import COLUMNS, FIRST_WEEK

IMPORT_PROGRESS_TITLES = ["ID", "Name", "% Complete", "Actual Start", "Actual Finish", "Remaining Duration"]


def test_the_summary_comes_first_then_schedule_and_milestones(demo_book) -> None:
    book = load_workbook(demo_book)
    assert book.sheetnames[:3] == ["Summary", "Schedule", "Milestones"]
    assert book.active.title == "Summary"


def test_document_properties_name_the_project(demo_book) -> None:
    props = load_workbook(demo_book).properties
    assert props.title == "Customer Portal Rollout"
    assert props.subject == "Project status workbook, status date 2027-02-15"
    assert props.creator and props.created is not None


def test_schedule_rows_are_the_wbs_with_its_outline_levels(demo_book, demo_schedule) -> None:
    sheet = load_workbook(demo_book)["Schedule"]
    titles = [c.value for c in sheet[1][: len(COLUMNS)]]
    assert titles == [c.title for c in COLUMNS]
    assert all(t in titles for t in IMPORT_PROGRESS_TITLES)
    project = demo_schedule.project
    rows = list(outline_rows(demo_schedule.outline))
    assert sheet.max_row == len(rows) + 1
    for at, (task_id, code, level) in enumerate(rows, start=2):
        assert (sheet[f"A{at}"].value, sheet[f"B{at}"].value) == (at - 1, code)
        assert sheet[f"C{at}"].value == project.tasks[task_id].name
        assert sheet[f"N{at}"].value == level
        assert sheet.row_dimensions[at].outline_level == level - 1
        summary = demo_schedule.outline.is_summary(task_id)
        assert sheet[f"C{at}"].font.b is summary and sheet[f"E{at}"].font.b is summary
    assert sheet.sheet_properties.outlinePr.summaryBelow is False


def test_schedule_cells_hold_the_computed_dates_and_figures(demo_book, demo_schedule) -> None:
    sheet = load_workbook(demo_book)["Schedule"]
    uid = 9  # 2.2 Business requirements specification: 12d, 75% done, critical
    at = 1 + [t for t, _, _ in outline_rows(demo_schedule.outline)].index(uid) + 1
    dates = demo_schedule.dates(uid)
    assert sheet[f"D{at}"].value == 12 and sheet[f"D{at}"].number_format == 'General" d"'
    assert (sheet[f"E{at}"].value, sheet[f"F{at}"].value) == (dates.start, dates.finish)
    assert sheet[f"E{at}"].is_date and sheet[f"E{at}"].style == "Planner Date"
    assert sheet[f"G{at}"].value == 0.75 and sheet[f"G{at}"].number_format == "0%"
    assert sheet[f"I{at}"].value == "Yes"
    assert sheet[f"M{at}"].value == 3  # a quarter of 12 days left
    assert sheet[f"K{at}"].value == demo_schedule.project.tasks[uid].actual_start


def test_the_gantt_is_weeks_of_conditional_formatting(demo_book, demo_schedule) -> None:
    sheet = load_workbook(demo_book)["Schedule"]
    dates = key_dates(demo_schedule)
    first = sheet.cell(1, FIRST_WEEK).value
    assert first == datetime(2027, 1, 4) and first.weekday() == 0
    weeks = [sheet.cell(1, c).value for c in range(FIRST_WEEK, sheet.max_column + 1)]
    assert all((b - a).days == 7 for a, b in pairwise(weeks))
    assert weeks[-1] <= dates.forecast_finish < weeks[-1] + timedelta(days=7)
    status = [c for c in range(FIRST_WEEK, sheet.max_column + 1) if sheet.cell(1, c).style == "Planner Week Status"]
    assert [sheet.cell(1, c).value for c in status] == [datetime(2027, 2, 15)]
    formulas = [r.formula[0] for cf in sheet.conditional_formatting for r in cf.rules]
    assert any('$I2="Yes"' in f for f in formulas) and any("$N3>$N2" in f for f in formulas)
    assert any(f.startswith("AND($D2=0") for f in formulas)


def test_every_sheet_prints_landscape_with_repeated_headers_and_page_numbers(demo_book) -> None:
    book = load_workbook(demo_book)
    for sheet in book:
        assert sheet.page_setup.orientation == "landscape", sheet.title
        assert sheet.oddFooter.center.text == "Page &P of &N"
        assert sheet.oddFooter.left.text == "Customer Portal Rollout"
        assert sheet.freeze_panes
        assert sheet.print_title_rows
    for title in ("Schedule", "Milestones"):
        sheet = book[title]
        assert sheet.auto_filter.ref.startswith("A1:")
        assert sheet.page_setup.fitToWidth == 1 and sheet.sheet_properties.pageSetUpPr.fitToPage


def test_columns_fit_their_content(demo_book) -> None:
    sheet = load_workbook(demo_book)["Schedule"]
    longest = max(len(c.value) for c in sheet["C"][1:])
    assert sheet.column_dimensions["C"].width >= min(longest, 58)
    assert sheet.column_dimensions["A"].width < 10


def test_milestones_slip_is_a_formula_of_baseline_and_forecast(demo_book, demo_schedule) -> None:
    sheet = load_workbook(demo_book)["Milestones"]
    lines = milestone_lines(demo_schedule)
    assert sheet.max_row == len(lines) + 1
    for at, line in enumerate(lines, start=2):
        assert sheet[f"C{at}"].value == line.name
        assert (sheet[f"D{at}"].value, sheet[f"E{at}"].value) == (line.baseline, line.forecast)
        assert sheet[f"F{at}"].value == f'=IF(ISNUMBER(D{at}),ROUND(E{at}-D{at},1),"")'
    late = [r for cf in sheet.conditional_formatting for r in cf.rules]
    assert any("N($F2)>0" in r.formula[0] for r in late)


def test_summary_refers_to_the_sheets_and_names_its_key_dates(demo_book, demo_schedule) -> None:
    book = load_workbook(demo_book)
    sheet = book["Summary"]
    values: dict = {}
    for r in range(1, sheet.max_row + 1):
        values.setdefault(sheet[f"A{r}"].value, sheet[f"B{r}"])  # the first row of each label
    assert values["Forecast finish"].value == "=MAX('Schedule'!$F$2:$F$89)"
    assert values["Start"].value == "=MIN('Schedule'!$E$2:$E$89)"
    assert values["Baseline finish"].value == datetime(2027, 7, 21, 17, 0)
    status = assess(demo_schedule, date.today())  # the dashboard's and the status report's rule set
    for rating in (status.overall, *status.ratings):
        assert values[rating.area].value == rating.rag.label
        assert values[rating.area].comment.text == f"{rating.area}: {rating.rule}."
        assert rating.rule in values[rating.area].offset(0, 1).value
    assert [values[a].value for a in ("Overall", "Schedule", "Cost", "Risk", "Quality")][:4] == ["Red"] * 4
    assert {"Key_Start", "Key_Finish", "Key_Baseline_Finish", "Key_Slip"} <= set(book.defined_names)
    assert values["Late tasks"].value == 6
    assert "Requirements signed off" in str(values["Tasks past their deadline"].offset(0, 1).value)
    texts = [sheet[f"A{r}"].value for r in range(1, sheet.max_row + 1)]
    assert "='Milestones'!C2" in texts  # the next milestone, Requirements signed off
    assert """="R"&'Risks'!A2&" "&'Risks'!B2""" in texts  # the top risk: the Risks sheet's first row


def test_an_empty_project_still_gets_a_readable_workbook(tmp_path) -> None:
    from planner.core.model.factory import new_project
    from planner.core.schedule.loops import LoopBreaker
    from planner.exchange.project_formats import export_project

    schedule = LoopBreaker().schedule_first(new_project("Nothing yet", datetime(2027, 1, 4, 8, 0)))
    book = load_workbook(export_project(schedule, tmp_path / "empty.xlsx"))
    assert book.sheetnames[:3] == ["Summary", "Schedule", "Milestones"]
    assert book["Schedule"].max_row == 1 and book["Schedule"]["C1"].value == "Name"
    assert book["Milestones"]["C2"].value == "The project has no milestones."
    summary = book["Summary"]
    labels = [summary[f"A{r}"].value for r in range(1, summary.max_row + 1)]
    assert "No milestones ahead" in labels and "Baseline finish" in labels


def test_a_long_project_draws_three_years_and_tiles_its_printout(tmp_path) -> None:
    from planner.core.model.duration import Duration
    from planner.core.model.entities import Task
    from planner.core.model.factory import new_project
    from planner.core.schedule.loops import LoopBreaker
    from planner.exchange.project_formats import export_project
    from planner.exchange.workbook.schedule_sheet import MAX_WEEKS

    project = new_project("Long haul", datetime(2027, 1, 4, 8, 0))
    project.tasks = {1: Task(1, "Programme", position=1, duration=Duration(1000 * 480))}  # four years
    sheet = load_workbook(export_project(LoopBreaker().schedule_first(project), tmp_path / "long.xlsx"))["Schedule"]
    assert sheet.max_column == FIRST_WEEK + MAX_WEEKS - 1
    last = sheet.cell(1, sheet.max_column)
    assert "first 156 weeks" in last.comment.text and "2030" in last.comment.text
    assert not sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.print_title_cols == "$A:$C"

"""The Risk tab as a PM uses it: typed in place, refusals beside the cell, undo, sort, filter, heat map."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from planner.ui.risks.columns import column_index

from ..helpers import close_and_reload


def register(window):
    return window.page("risks").register


def type_cell(qtbot, window, risk_id: int, key: str, text: str) -> None:
    page = register(window)
    table = page.table
    assert table.select_risk(risk_id, column_index(key))
    table.setFocus()
    qtbot.keyClicks(table, text[0])
    editor = QApplication.focusWidget()
    assert editor is not table, "typing did not open an editor"
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def shown_titles(window) -> list[str]:
    proxy = register(window).proxy
    return [proxy.index(r, column_index("title")).data() for r in range(proxy.rowCount())]


def test_the_risk_tab_comes_after_the_budget_with_the_register(risk_window):
    tabs = risk_window.tabs
    titles = [tabs.tabText(i).replace("&", "") for i in range(tabs.count())]
    assert titles[0] == "Gantt" and titles.index("Risk") == titles.index("Budget") + 1
    assert shown_titles(risk_window) == ["Vendor API late", "Key person leaves", "Reuse login component"]
    page = register(risk_window)
    assert page.inherent.counts[(4, 4)] == 1  # 60% is "High" (4), schedule impact 4
    assert page.top.texts()[0][:2] == ["16", "R1 Vendor API late"]


def test_typing_scores_owner_and_review_survives_a_reopen(qtbot, risk_window):
    type_cell(qtbot, risk_window, 2, "probability", "45%")
    type_cell(qtbot, risk_window, 2, "owner", "al")
    type_cell(qtbot, risk_window, 2, "review", "2027-02-01")
    type_cell(qtbot, risk_window, 2, "category", "People")
    score = register(risk_window).table.proxy_index(2, column_index("score")).data()
    assert score == "9"
    project = close_and_reload(risk_window)
    risk = project.risks[2]
    assert (risk.probability, risk.owner_id, risk.review.isoformat()) == (0.45, 1, "2027-02-01")
    assert project.risk_categories[risk.category_id].name == "People"
    assert [h.probability for h in project.risk_history.values() if h.risk_id == 2] == [0.2, 0.45]


def test_a_bad_value_is_refused_beside_the_cell_and_nothing_changes(qtbot, risk_window):
    type_cell(qtbot, risk_window, 1, "probability", "120%")
    note = register(risk_window).table.refusal_note
    assert note.isVisible() and note.text() == "probability 120% is over 100%"
    type_cell(qtbot, risk_window, 1, "impact_cost", "7")
    assert note.text() == "cost impact 7 is outside the scale 1 to 5"
    type_cell(qtbot, risk_window, 1, "cost_impact", "lots")
    assert "is not an amount" in note.text()
    assert risk_window.session.undo_stack.count() == 0
    risk = close_and_reload(risk_window).risks[1]
    assert (risk.probability, risk.impact_cost, risk.cost_impact) == (0.6, 1, 40_000)


def test_insert_types_a_title_and_delete_is_undone(qtbot, risk_window):
    table = register(risk_window).table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    editor = QApplication.focusWidget()
    assert editor is not table  # the new risk's title is open for typing
    qtbot.keyClicks(editor, "Data protection finding")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert shown_titles(risk_window)[-1] == "Data protection finding"
    assert table.select_risk(1)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert "Vendor API late" not in shown_titles(risk_window)
    assert len(risk_window.session.project.tasks) == 5  # a Delete here never touches tasks
    risk_window.session.undo_stack.undo()
    assert shown_titles(risk_window)[0] == "Vendor API late"
    project = close_and_reload(risk_window)
    assert [r.title for r in project.risks.values()] == [
        "Vendor API late", "Key person leaves", "Reuse login component", "Data protection finding",
    ]  # fmt: skip
    assert [t.task_id for t in project.risk_tasks.values()] == [4]  # the undo brought the link back too


def test_a_heat_map_click_filters_the_table_and_a_second_click_clears(qtbot, risk_window):
    page = register(risk_window)
    cell = page.inherent.cell_rect((4, 4)).center()
    qtbot.mouseClick(page.inherent, Qt.MouseButton.LeftButton, pos=cell)
    assert shown_titles(risk_window) == ["Vendor API late"]
    assert page.cell_note.isVisible() and "probability 4 × impact 4" in page.cell_note.text()
    qtbot.mouseClick(page.inherent, Qt.MouseButton.LeftButton, pos=cell)
    assert len(shown_titles(risk_window)) == 3 and not page.cell_note.isVisible()


def test_sorting_by_score_and_filtering_by_kind(qtbot, risk_window):
    page = register(risk_window)
    header = page.table.horizontalHeader()
    score = column_index("score")
    x = header.sectionViewportPosition(score) + header.sectionSize(score) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center().__class__(x, 5))
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center().__class__(x, 5))
    assert shown_titles(risk_window)[0] == "Vendor API late"  # descending: the 16 first
    page.kind.setCurrentIndex(page.kind.findText("Open opportunities"))
    assert shown_titles(risk_window) == ["Reuse login component"]
    page.search.setText("key")
    assert shown_titles(risk_window) == []
    page.kind.setCurrentIndex(0)
    assert shown_titles(risk_window) == ["Key person leaves"]


def test_deleting_a_linked_task_says_it_unlinks_the_risk(qtbot, risk_window):
    from ..helpers import select_cell, table_of

    risk_window.tabs.setCurrentIndex(0)
    select_cell(risk_window, 4, "name")
    qtbot.keyClick(table_of(risk_window), Qt.Key.Key_Delete)
    assert risk_window.session.undo_stack.text(0) == "Delete task (unlinks risk R1)"
    assert risk_window.session.project.risk_tasks == {} and 1 in risk_window.session.project.risks

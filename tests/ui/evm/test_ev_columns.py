"""The earned-value columns of the task table on the worked example: what a PM reads per task."""

from __future__ import annotations

import pytest

from planner.store.projectfile import ProjectFile
from tests.core.evm.worked import BUILD, DESIGN, TEST, baselined_with_progress

from ..helpers import cell_text, type_into
from .test_baselines_window import show_columns

EV_KEYS = ("bcws", "bcwp", "acwp", "sv", "cv", "spi", "cpi", "eac", "vac", "baseline_cost", "cost_variance")


@pytest.fixture
def project_file(tmp_path):
    path = tmp_path / "worked.plandb"
    ProjectFile.create(path, baselined_with_progress()).close()
    return path


def test_earned_value_per_task_matches_the_hand_figures(window) -> None:
    show_columns(window, EV_KEYS)
    assert [cell_text(window, BUILD, k) for k in ("bcws", "bcwp", "acwp")] == ["4,000.00", "3,200.00", "3,200.00"]
    assert cell_text(window, BUILD, "spi") == "0.80" and cell_text(window, BUILD, "cpi") == "1.00"
    assert cell_text(window, DESIGN, "baseline_cost") == "10,000.00"
    assert cell_text(window, TEST, "spi") == "NA" and cell_text(window, TEST, "eac") == "4,000.00"


def test_progress_typed_in_the_table_moves_earned_value_at_once(qtbot, window) -> None:
    show_columns(window, ("percent", "bcwp", "spi"))
    type_into(qtbot, window, BUILD, "percent", "50")
    assert cell_text(window, BUILD, "bcwp") == "4,000.00" and cell_text(window, BUILD, "spi") == "1.00"

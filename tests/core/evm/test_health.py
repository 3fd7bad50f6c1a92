"""The KPI strip's signs follow the stated rules, and a missing figure says why."""

from __future__ import annotations

from planner.core.evm.figures import Figures
from planner.core.evm.health import Sign, index_sign, kpis, overrun_sign


def test_index_thresholds():
    assert [index_sign(v) for v in (1.02, 0.95, 0.93, 0.90, 0.89, None)] == [
        Sign.GREEN, Sign.GREEN, Sign.AMBER, Sign.AMBER, Sign.RED, Sign.NONE,
    ]  # fmt: skip


def test_overrun_thresholds():
    assert overrun_sign(100, 10_000) is Sign.GREEN
    assert overrun_sign(-500, 10_000) is Sign.AMBER
    assert overrun_sign(-501, 10_000) is Sign.RED


def test_the_worked_example_reads_amber_and_red():
    strip = {k.key: k for k in kpis(Figures(22_000, 14_000, 13_200, 15_000))}
    assert strip["spi"].sign is Sign.AMBER and strip["cpi"].sign is Sign.RED
    assert strip["vac"].sign is Sign.RED and strip["eac"].text("EUR") == "25,000 EUR"
    assert "EV / AC" in strip["cpi"].rule and "0.90" in strip["cpi"].rule


def test_nothing_spent_yet_has_no_cpi_and_says_why():
    strip = {k.key: k for k in kpis(Figures(22_000, 1_000, 500, 0))}
    assert strip["cpi"].value is None and strip["cpi"].sign is Sign.NONE and strip["cpi"].text("EUR") == "—"
    assert "AC is 0" in strip["cpi"].rule

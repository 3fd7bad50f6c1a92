"""The earned-value figures of one task, phase or project, and the rules that derive them.

From four amounts at the status date, BAC (budget at completion), PV (planned value,
BCWS), EV (earned value, BCWP) and AC (actual cost, ACWP), follow the variances, the
indices and the forecasts. A ratio whose denominator is zero is None (never inf), and
`why_none` says in words why, for the window and the command line.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


def ratio(top: float, bottom: float) -> float | None:
    """top / bottom, None when bottom is (about) zero or the quotient is too large to be a figure."""
    if abs(bottom) < 1e-9:
        return None
    found = top / bottom
    return found if math.isfinite(found) else None


@dataclass(frozen=True)
class Figures:
    bac: float
    pv: float
    ev: float
    ac: float
    bottom_up: float | None = None  # the forecast cost: actual + remaining (the cost part's forecast)

    @property
    def sv(self) -> float:
        return self.ev - self.pv

    @property
    def cv(self) -> float:
        return self.ev - self.ac

    @property
    def spi(self) -> float | None:
        return ratio(self.ev, self.pv)

    @property
    def cpi(self) -> float | None:
        return ratio(self.ev, self.ac)

    @property
    def eac(self) -> float | None:
        """BAC / CPI (MS Project's EAC: the cost efficiency so far goes on); BAC while nothing is
        earned or spent (the plan stands); None when value is earned at no cost yet."""
        if self.ev == 0 and self.ac == 0:
            return self.bac
        return None if self.cpi is None else ratio(self.bac, self.cpi)

    @property
    def eac_atypical(self) -> float:
        """AC + (BAC - EV): the variance so far was a one-off, the rest goes as planned."""
        return self.ac + (self.bac - self.ev)

    @property
    def eac_cpi_spi(self) -> float | None:
        """AC + (BAC - EV) / (CPI x SPI): both cost and schedule performance weigh on the rest."""
        if self.ev == 0 and self.ac == 0:
            return self.bac
        if self.cpi is None or self.spi is None:
            return None
        rest = ratio(self.bac - self.ev, self.cpi * self.spi)
        return None if rest is None else self.ac + rest

    @property
    def etc(self) -> float | None:
        """Estimate to complete: EAC - AC."""
        return None if self.eac is None else self.eac - self.ac

    @property
    def vac(self) -> float | None:
        """Variance at completion: BAC - EAC (negative: over budget)."""
        return None if self.eac is None else self.bac - self.eac

    @property
    def tcpi(self) -> float | None:
        """To-complete performance index: (BAC - EV) / (BAC - AC), the efficiency the rest needs."""
        return ratio(self.bac - self.ev, self.bac - self.ac)

    def __add__(self, other: Figures) -> Figures:
        bottom_up = None
        if self.bottom_up is not None and other.bottom_up is not None:
            bottom_up = self.bottom_up + other.bottom_up
        return Figures(self.bac + other.bac, self.pv + other.pv, self.ev + other.ev, self.ac + other.ac, bottom_up)

    def why_none(self, key: str) -> str:
        """Why figure `key` (spi, cpi, eac, etc, vac, tcpi, eac_cpi_spi) has no value, in a PM's words."""
        if self.bac == 0 and key in ("spi", "tcpi", "eac_cpi_spi") and self.pv == 0:
            return "no baseline cost: save a baseline (Project > Set Baseline) with costed work"
        if key in ("eac", "etc", "vac") and self.cpi is not None and self.ev != 0:
            return f"CPI is {self.cpi:.2g}, too close to 0 for BAC / CPI to be a forecast"
        if key in ("eac", "etc", "vac", "eac_cpi_spi") and self.ac != 0 and self.ev == 0:
            return "nothing has been earned yet (EV is 0) though money was spent, so BAC / CPI has no value"
        reasons = {
            "spi": "nothing was planned by the status date (PV is 0)",
            "cpi": "nothing has been spent yet (AC is 0)",
            "eac": "value was earned at no actual cost, so there is no cost efficiency to project (AC is 0)",
            "etc": "there is no EAC (AC is 0)",
            "vac": "there is no EAC (AC is 0)",
            "tcpi": "the budget is spent exactly (BAC - AC is 0)",
            "eac_cpi_spi": "CPI or SPI has no value (AC or PV is 0)",
        }
        return reasons.get(key, "")


ZERO = Figures(0.0, 0.0, 0.0, 0.0, 0.0)

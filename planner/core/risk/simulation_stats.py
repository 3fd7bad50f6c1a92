"""The figures a simulation reports: mean and percentiles, chances, rank correlations."""

from __future__ import annotations

import numpy as np

PERCENTILES = {"p10": 10, "p50": 50, "p80": 80, "p90": 90}


def summary(values: np.ndarray) -> dict[str, float]:
    """Mean, P10, P50, P80 and P90. A percentile is a value some run reached (P80: 80% of runs
    are at or below it), not an interpolation between two runs."""
    found = {"mean": float(np.mean(values))}
    for key, q in PERCENTILES.items():
        found[key] = float(np.percentile(values, q, method="inverted_cdf"))
    return found


def average_ranks(values: np.ndarray) -> np.ndarray:
    """Ranks 1..n, ties sharing their average rank (finish dates tie often: whole minutes)."""
    _values, inverse, counts = np.unique(values, return_inverse=True, return_counts=True)
    ends = np.cumsum(counts)
    return ((ends - (counts - 1) / 2)[inverse]).astype(float)


def spearman(draws: np.ndarray, outcome: np.ndarray) -> np.ndarray:
    """Spearman's rank correlation of each row of `draws` (continuous, so without ties) with
    `outcome`; 0 for a row that does not vary."""
    if draws.size == 0:
        return np.zeros(len(draws))
    n = draws.shape[1]
    ranks = np.empty_like(draws, dtype=float)
    order = np.argsort(draws, axis=1)
    np.put_along_axis(ranks, order, np.broadcast_to(np.arange(1, n + 1, dtype=float), draws.shape), axis=1)
    outcome_ranks = average_ranks(outcome)
    x = ranks - ranks.mean(axis=1, keepdims=True)
    y = outcome_ranks - outcome_ranks.mean()
    spread = np.sqrt((x * x).sum(axis=1) * (y * y).sum())
    flat = np.ptp(draws, axis=1) == 0
    with np.errstate(divide="ignore", invalid="ignore"):
        result = np.where(spread > 0, (x @ y) / spread, 0.0)
    result[flat] = 0.0
    return result

"""Permutation inference against exact null distributions enumerated by hand."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from scipy.sparse import csr_array

from layers.analysis.permutation import conditional_lags, pseudo_p, shuffled


def binomial_tolerance(p: float, draws: int) -> float:
    """Four standard errors of a Monte Carlo share (plus the 1/(R+1) offset)."""
    return 4 * np.sqrt(p * (1 - p) / draws) + 2 / draws


def folded_exact(null: np.ndarray, observed: float) -> float:
    """The exact folded p of ``observed`` when ``null`` lists every equally likely outcome."""
    share = (null >= observed).mean()
    return min(share, 1 - share)


def test_pseudo_p_counts_as_esda_does():
    simulated = np.array([[1.0, 2.0, 3.0, 4.0], [1.0, 2.0, 3.0, 4.0]])
    # 4 ≥ 3.5 once: M = 1 → 2/5; 0 ≥ 5 → M = min(0, 4) = 0 → 1/5
    np.testing.assert_allclose(pseudo_p(simulated, np.array([3.5, 5.0])), [0.4, 0.2])
    # every draw ≥ 0.5: M = min(4, 0) = 0 → folded to the other tail
    assert pseudo_p(simulated, np.array([0.5, 0.5]))[0] == pytest.approx(0.2)


def test_shuffled_rows_are_seeded_permutations():
    values = np.arange(10.0)
    first, again = shuffled(values, 50, 7), shuffled(values, 50, 7)
    np.testing.assert_array_equal(first, again)
    np.testing.assert_array_equal(np.sort(first, axis=1), np.tile(values, (50, 1)))
    assert not np.array_equal(first, shuffled(values, 50, 8))


def test_conditional_lags_match_the_exact_null_of_a_corner():
    # a 4 × 4 lattice, rook; the corner (0) has neighbours 1 and 4, weight 1/2 each
    values = np.array([9.0, 1, 4, 2, 7, 3, 8, 5, 6, 0, 11, 2.5, 10, 1.5, 12, 3.5])
    rows, cols = [], []
    for i in range(16):
        r, c = divmod(i, 4)
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            if 0 <= r + dr < 4 and 0 <= c + dc < 4:
                rows.append(i)
                cols.append((r + dr) * 4 + c + dc)
    binary = csr_array((np.ones(len(rows)), (rows, cols)), shape=(16, 16))
    weights = csr_array(binary / binary.sum(axis=1)[:, None])
    draws = 20_000
    lags = conditional_lags(values, weights, draws, seed=3)
    observed = weights @ values
    for unit in (0, 5):
        others = np.delete(values, unit)
        size = int(binary[[unit]].sum())
        exact_null = np.array([np.mean(pick) for pick in itertools.combinations(others, size)])
        assert lags[unit].mean() == pytest.approx(exact_null.mean(), abs=0.05)
        exact = folded_exact(exact_null, observed[unit])
        found = min((lags[unit] >= observed[unit]).mean(), (lags[unit] < observed[unit]).mean())
        assert found == pytest.approx(exact, abs=binomial_tolerance(exact, draws))


def test_conditional_lags_never_draw_the_unit_itself():
    values = np.array([1000.0, 1, 2, 3, 4, 5])
    everyone = csr_array(np.ones((6, 6)) - np.eye(6)) / 5.0
    lags = conditional_lags(values, csr_array(everyone), 200, seed=1)
    # unit 0 draws all five others: its lag is always their mean, never includes 1000
    np.testing.assert_allclose(lags[0], 3.0)
    # every other unit draws all but itself, 1000 included
    np.testing.assert_allclose(lags[1], (1000 + 2 + 3 + 4 + 5) / 5)


def test_same_seed_same_lags_other_seed_other_lags():
    values = np.arange(30.0)
    ring = csr_array(
        (
            np.full(60, 0.5),
            (
                [*range(30), *range(30)],
                [*((i + 1) % 30 for i in range(30)), *((i - 1) % 30 for i in range(30))],
            ),
        ),
        shape=(30, 30),
    )
    np.testing.assert_array_equal(
        conditional_lags(values, ring, 99, 5), conditional_lags(values, ring, 99, 5)
    )
    assert not np.array_equal(
        conditional_lags(values, ring, 99, 5), conditional_lags(values, ring, 99, 6)
    )

"""One two-proportion test for the whole app: hand-worked values, the undefined cases,
and the engine's segment comparison and the A/B analysis giving the same answer."""

from __future__ import annotations

import math

import pytest

from retention_desktop.core.abtest import stats as ab_stats
from retention_desktop.core.abtest.analysis import Variant, analyze
from retention_desktop.core.engine import compare, inference


def _p_by_hand(z: float) -> float:
    """Two-sided normal p-value, 2·(1 − Φ(|z|)) = erfc(|z|/√2) (not the app's norm_sf)."""
    return math.erfc(abs(z) / math.sqrt(2))


def test_one_implementation():
    assert ab_stats.two_proportion_z is inference.two_proportion_z


def test_hand_worked_issue_reference():
    # 120/1000 vs 150/1000: pooled p = 270/2000 = 0.135,
    # se = sqrt(0.135 · 0.865 · (1/1000 + 1/1000)) = sqrt(0.00023355) = 0.0152823...
    # z = (0.15 − 0.12) / se = 1.96305..., p = 0.0496 (the A/B issue's published value)
    se = math.sqrt(0.135 * 0.865 * 0.002)
    z, p = inference.two_proportion_z(120, 1000, 150, 1000)
    assert z == pytest.approx(0.03 / se, rel=1e-12)
    assert z == pytest.approx(1.96305, abs=1e-5)
    assert p == pytest.approx(_p_by_hand(0.03 / se), rel=1e-9)
    assert round(p, 4) == 0.0496


def test_hand_worked_small_groups_and_direction():
    # 5/20 vs 15/20: pooled 0.5, se = sqrt(0.25 · 0.1) = sqrt(0.025), z = 0.5 / se = √10
    z, p = inference.two_proportion_z(5, 20, 15, 20)
    assert z == pytest.approx(math.sqrt(10), rel=1e-12)
    assert p == pytest.approx(math.erfc(math.sqrt(5)), rel=1e-9)  # erfc(√10/√2)
    assert p == pytest.approx(0.0015654, abs=1e-7)
    z2, p2 = inference.two_proportion_z(15, 20, 5, 20)  # groups swapped: sign flips only
    assert z2 == pytest.approx(-z) and p2 == pytest.approx(p)


@pytest.mark.parametrize("counts", [(0, 10, 0, 25), (10, 10, 25, 25), (0, 1, 0, 1)])
def test_no_variance_means_no_evidence_of_a_difference(counts):
    # Both 0 % or both 100 %: the rates are equal. Fisher's exact test on such a table
    # (one margin zero: only one table is possible) is 1, and so is ours; never NaN.
    assert inference.two_proportion_z(*counts) == (0.0, 1.0)


@pytest.mark.parametrize("counts", [(0, 0, 3, 10), (3, 10, 0, 0), (0, 0, 0, 0)])
def test_an_empty_group_is_not_defined(counts):
    assert inference.two_proportion_z(*counts) == (None, None)


def _engine_p(xa: int, na: int, xb: int, nb: int) -> float | None:
    """The p-value the segment comparison writes into a segment's repeat-rate cell."""

    def row(x: int, n: int) -> dict:
        cells = {k: inference.rate_cell(x, n) for k in compare.RATE_KEYS}
        cells.update({k: inference.clustered_rate_cell([x], [n]) for k in compare.CLUSTERED_KEYS})
        cells["revenue_per_customer"] = inference.mean_cell(None, None, 0)
        return cells

    segment, baseline = row(xb, nb), row(xa, na)
    compare._significance(segment, baseline, 0.05)
    return segment["repeat_purchase_rate"]["p_value"]


@pytest.mark.parametrize("xa,na,xb,nb", [(120, 1000, 150, 1000), (5, 20, 15, 20),
                                         (0, 40, 0, 60), (40, 40, 60, 60), (0, 40, 4, 40)])
def test_segment_comparison_and_ab_test_give_the_same_answer(xa, na, xb, nb):
    ab = analyze([Variant("control", na, xa), Variant("B", nb, xb)])["comparisons"][0]
    engine = _engine_p(xa, na, xb, nb)
    assert engine is not None and not math.isnan(engine)
    assert ab["p_value"] == pytest.approx(engine, rel=1e-12)

"""RFM scores/segments and lifecycle stages on hand-built shops with hand-worked answers."""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
import pytest

from retention_desktop.core.clv import rfm, stages

AS_OF = pd.Timestamp("2024-12-31")


def _daily(spec: dict[str, list[tuple[int, float]]]) -> pd.DataFrame:
    """{customer: [(days before AS_OF, revenue), ...]} -> one row per purchase day."""
    rows = [(c, AS_OF - pd.Timedelta(days=d), rev) for c, items in spec.items() for d, rev in items]
    return pd.DataFrame(rows, columns=["customer_id", "day", "revenue"])


def _customer(recency: int, n: int, total: float) -> list[tuple[int, float]]:
    return [(recency + k, total / n) for k in range(n)]


RFM_SHOP = {  # recency days, purchase days, total revenue
    "A": _customer(1, 10, 1000), "B": _customer(5, 1, 50), "C": _customer(10, 8, 800),
    "D": _customer(20, 2, 100), "E": _customer(30, 6, 500), "F": _customer(60, 3, 150),
    "G": _customer(90, 9, 20), "H": _customer(120, 1, 900), "I": _customer(200, 7, 600),
    "J": _customer(300, 1, 10),
}
# Worked by hand: score = 1 + floor(5 (rank_min − 1) / 10); FM = (F + M + 1) // 2.
EXPECTED = {
    #     R  F  M  FM  segment
    "A": (5, 5, 5, 5, "Champions"),
    "B": (5, 1, 2, 2, "Potential loyalists"),
    "C": (4, 4, 4, 4, "Loyal"),
    "D": (4, 2, 2, 2, "Potential loyalists"),
    "E": (3, 3, 3, 3, "Need attention"),
    "F": (3, 3, 3, 3, "Need attention"),
    "G": (2, 5, 1, 3, "At risk"),
    "H": (2, 1, 5, 3, "At risk"),
    "I": (1, 4, 4, 4, "At risk"),
    "J": (1, 1, 1, 1, "Lost"),
}


def test_rfm_scores_and_segments_hand_worked():
    table = rfm.rfm_table(_daily(RFM_SHOP), AS_OF)
    for cid, (r, f, m, fm, segment) in EXPECTED.items():
        row = table.loc[cid]
        assert (row["R"], row["F"], row["M"], row["FM"], row["segment"]) == (r, f, m, fm, segment), cid
    assert table.loc["A", "rfm_score"] == "555"
    assert table.loc["H", "recency_days"] == 120
    assert table.loc["C", "frequency"] == 8
    assert table.loc["I", "monetary"] == pytest.approx(600)


def test_rfm_does_not_depend_on_row_order():
    daily = _daily(RFM_SHOP)
    a = rfm.rfm_table(daily, AS_OF)
    b = rfm.rfm_table(daily.sample(frac=1.0, random_state=4), AS_OF)
    pd.testing.assert_frame_equal(a, b)


def test_ties_share_the_score_of_their_lowest_rank():
    assert rfm.quintile_scores([1, 1, 1, 1, 2]).tolist() == [1, 1, 1, 1, 5]
    assert rfm.quintile_scores([3, 1, 2, 2, 5]).tolist() == [4, 1, 2, 2, 5]
    assert rfm.quintile_scores([10, 20, 30], higher_is_better=False).tolist() == [4, 2, 1]
    assert rfm.quintile_scores(range(10)).tolist() == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]


def test_rule_table_covers_every_cell_exactly_once():
    for r, fm in itertools.product(range(1, 6), repeat=2):
        hits = [rule.segment for rule in rfm.SEGMENT_RULES
                if rule.matches(np.array(r), np.array(fm))]
        assert len(hits) == 1, (r, fm, hits)
    assert {rule.segment for rule in rfm.SEGMENT_RULES} == set(rfm.SEGMENTS)
    assert len(rfm.SEGMENTS) == 11
    records = rfm.rule_table()
    assert records[0]["segment"] == "Champions" and "r_min" in records[0]


STAGE_SHOP = {
    "new": [(10, 5.0)],
    "steady": [(130, 5), (100, 5), (70, 5), (40, 5), (10, 5)],         # gap 30, 10 days ago
    "overdue": [(100, 5), (80, 5), (60, 5)],                           # gap 20, 60 > 30
    "gone": [(400, 5), (370, 5), (340, 5)],                            # gap 30, 340 days
    "slow": [(700, 5), (500, 5), (300, 5), (100, 5)],                  # gap 200, 100 days
    "back": [(400, 5), (380, 5), (20, 5)],                             # away 360, back 20 ago
    "fading": [(100, 5), (70, 5), (40, 5)],                            # on rhythm, low P(alive)
    "once_old": [(200, 5)],                                            # shop gap 30
}


def test_lifecycle_stages_hand_worked():
    rules = stages.StageRules(window_days=90, overdue_factor=1.5, p_alive_threshold=0.3)
    p_alive = pd.Series({"fading": 0.1, "steady": 0.9, "overdue": 0.8})
    t = stages.lifecycle_stages(_daily(STAGE_SHOP), AS_OF, rules, p_alive=p_alive)
    assert t["stage"].to_dict() == {
        "new": "new", "steady": "active", "overdue": "at risk", "gone": "churned",
        "slow": "active", "back": "reactivated", "fading": "at risk", "once_old": "churned",
    }
    # Shop rhythm = median of [20, 30, 30, 30, 190, 200] = 30 days for one-time buyers.
    assert t.loc["once_old", "rhythm_days"] == 30
    assert t.loc["back", "median_gap_days"] == 190
    assert t.loc["steady", "next_due"] == AS_OF + pd.Timedelta(days=20)
    assert t.loc["overdue", "overdue_days"] == 40


def test_editing_the_rules_changes_the_stage():
    strict = stages.StageRules(window_days=90, overdue_factor=4.0)
    t = stages.lifecycle_stages(_daily(STAGE_SHOP), AS_OF, strict)
    assert t.loc["overdue", "stage"] == "active"  # 60 days < 4 × 20
    assert stages.rule_table(strict)[3]["rule"].startswith("Overdue: more than 4×")


def test_transition_matrix_counts_movers():
    before = pd.Series({"a": "active", "b": "active", "c": "at risk", "d": "churned"})
    after = pd.Series({"a": "active", "b": "at risk", "c": "churned", "d": "reactivated",
                       "e": "new"})
    m = stages.transition_matrix(before, after, stages.STAGES)
    assert m.loc["active", "active"] == 1
    assert m.loc["active", "at risk"] == 1
    assert m.loc["at risk", "churned"] == 1
    assert m.loc["churned", "reactivated"] == 1
    assert m.loc[stages.NOT_YET, "new"] == 1
    assert int(m.to_numpy().sum()) == 5


def test_stage_transitions_between_two_dates():
    daily = _daily(STAGE_SHOP)
    m = stages.stage_transitions(daily, AS_OF - pd.Timedelta(days=30), AS_OF,
                                 stages.StageRules(window_days=90))
    # 30 days earlier "new" had not bought yet; "back" was churned (350 days away).
    assert m.loc[stages.NOT_YET, "new"] == 1
    assert m.loc["churned", "reactivated"] == 1

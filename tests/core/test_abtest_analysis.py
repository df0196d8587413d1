"""analyze(): keys, reference values through the whole pipeline, verdicts, edge cases."""

import math

import pytest
from scipy import stats
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.proportion import proportions_ztest

from retention_desktop.core.abtest.analysis import ABInputError, Variant, analyze


def _ref():
    return analyze([Variant("control", 1000, 120), Variant("B", 1000, 150)])


def test_reference_values_through_analyze():
    r = _ref()
    c, b = r["variants"]
    assert (round(c["ci_low"], 5), round(c["ci_high"], 5)) == (0.10130, 0.14161)
    comp = r["comparisons"][0]
    assert round(comp["p_value"], 5) == 0.04964
    assert (round(comp["diff_ci_low"], 6), round(comp["diff_ci_high"], 6)) == (0.000014, 0.060008)
    assert comp["lift_pct"] == pytest.approx(25.0)
    # the lift interval is the difference interval over the control's 12 %:
    # 0.000014 / 0.12 = 0.0001, 0.060008 / 0.12 = 0.5001 (it agrees with the verdict)
    assert (round(comp["lift_ci_low"], 4), round(comp["lift_ci_high"], 4)) == (0.0001, 0.5001)
    assert round(comp["prob_beat_control"], 4) == 0.9751
    assert comp["p_holm"] == comp["p_value"] and r["correction"] == "none"
    assert r["mode"] == "fixed"
    assert r["verdicts"][0]["status"] == "better"
    assert "unlikely to be chance" in r["verdict"]


def test_holm_with_three_variants():
    vs = [Variant("A", 2000, 200), Variant("B", 2000, 245), Variant("C", 2000, 230)]
    r = analyze(vs)
    raw = [proportions_ztest([v.conversions, 200], [2000, 2000])[1] for v in vs[1:]]
    assert [c["p_value"] for c in r["comparisons"]] == pytest.approx(raw)
    assert [c["p_holm"] for c in r["comparisons"]] == pytest.approx(
        list(multipletests(raw, method="holm")[1]))
    assert r["correction"] == "holm"


def test_inconclusive_says_how_many_more():
    r = analyze([Variant("control", 500, 60), Variant("B", 500, 70)])
    v = r["verdicts"][0]
    assert v["status"] == "inconclusive"
    # Independent: Evan Miller n for 0.12 -> 0.14 at alpha .05, power .8.
    za, zb = stats.norm.ppf(0.975), stats.norm.ppf(0.8)
    n = (za * math.sqrt(2 * .12 * .88) + zb * math.sqrt(.12 * .88 + .14 * .86)) ** 2 / .02**2
    assert v["more_needed_per_variant"] == math.ceil(n) - 500
    assert f"about {math.ceil(n) - 500:,} more customers per variant" in r["verdict"]


def test_worse_variant_and_churn_direction():
    r = analyze([Variant("control", 1000, 150), Variant("B", 1000, 100)])
    assert r["verdicts"][0]["status"] == "worse" and "Keep control" in r["verdict"]
    churn = analyze([Variant("control", 1000, 150), Variant("B", 1000, 100)],
                    higher_is_better=False)
    assert churn["verdicts"][0]["status"] == "better"
    assert churn["comparisons"][0]["prob_beat_control"] > 0.99
    assert "lost fewer customers" in churn["verdict"]


def test_zero_conversions_everywhere():
    r = analyze([Variant("control", 200, 0), Variant("B", 200, 0)])
    comp = r["comparisons"][0]
    assert comp["p_value"] == 1.0 and comp["lift"] is None
    assert r["variants"][0]["ci_low"] == 0.0 and 0 < r["variants"][0]["ci_high"] < 0.02
    assert comp["prob_beat_control"] == pytest.approx(0.5)
    assert r["verdicts"][0]["status"] == "no_difference"


def test_zero_control_conversions_lift_undefined_but_test_runs():
    r = analyze([Variant("control", 200, 0), Variant("B", 200, 9)])
    comp = r["comparisons"][0]
    assert comp["lift_pct"] is None
    assert comp["p_value"] == pytest.approx(proportions_ztest([9, 0], [200, 200])[1])


def test_all_converted():
    r = analyze([Variant("control", 50, 50), Variant("B", 50, 50)])
    assert r["variants"][0]["ci_high"] == 1.0 and r["variants"][0]["ci_low"] < 1.0
    assert r["comparisons"][0]["p_value"] == 1.0


def test_small_n_warns_and_gives_fisher():
    r = analyze([Variant("control", 12, 2), Variant("B", 14, 8)])
    assert any(w["code"] == "small_n" for w in r["warnings"])
    ref = stats.fisher_exact([[8, 6], [2, 10]])[1]
    assert r["comparisons"][0]["p_fisher"] == pytest.approx(ref)


def test_unequal_split_srm():
    ok = analyze([Variant("control", 200, 20), Variant("B", 800, 100)], split=[20, 80])
    assert not ok["srm"]["warning"] and ok["srm"]["p_value"] == pytest.approx(1.0)
    bad = analyze([Variant("control", 200, 20), Variant("B", 800, 100)])
    assert bad["srm"]["warning"]
    assert bad["verdict"].startswith("Warning")


def test_single_variant_clear_message():
    with pytest.raises(ABInputError, match="at least two variants"):
        analyze([Variant("control", 100, 10)])


@pytest.mark.parametrize("variants,msg", [
    ([Variant("a", 10, 11), Variant("b", 10, 1)], "between 0"),
    ([Variant("a", 10, 1), Variant("a", 10, 1)], "unique"),
    ([Variant("a", 0, 0), Variant("b", 10, 1)], "at least one"),
    ([Variant("a", 10, mean=float("nan"), sd=1.0), Variant("b", 10, mean=1.0, sd=1.0)], "finite"),
])
def test_bad_input_messages(variants, msg):
    with pytest.raises(ABInputError, match=msg):
        analyze(variants)


def test_continuous_metric_welch():
    r = analyze([Variant("control", 400, mean=31.0, sd=40.0),
                 Variant("B", 380, mean=37.5, sd=52.0)])
    ref = stats.ttest_ind_from_stats(37.5, 52.0, 380, 31.0, 40.0, 400, equal_var=False)
    comp = r["comparisons"][0]
    assert r["metric"] == "continuous"
    assert comp["p_value"] == pytest.approx(ref.pvalue)
    assert comp["lift_pct"] == pytest.approx((37.5 / 31 - 1) * 100)
    se = math.hypot(40 / 20, 52 / math.sqrt(380))
    assert comp["prob_beat_control"] == pytest.approx(stats.norm.cdf(6.5 / se))


def test_sequential_mode_labels_and_is_more_cautious():
    fixed = _ref()["comparisons"][0]
    seq = analyze([Variant("control", 1000, 120), Variant("B", 1000, 150)],
                  sequential_mode=True)
    comp = seq["comparisons"][0]
    assert seq["mode"] == "sequential" and "always-valid" in comp["p_method"]
    assert comp["p_value"] > fixed["p_value"]
    assert comp["diff_ci_low"] < fixed["diff_ci_low"]
    assert comp["fixed_p_value"] == pytest.approx(fixed["p_value"])
    assert seq["verdicts"][0]["status"] == "inconclusive"


def test_lift_interval_never_contradicts_the_difference_interval():
    """Whether the lift interval contains zero is decided by the difference interval.

    A separate delta-method lift interval said "-2.9 % to +52.9 %" next to "the
    difference is unlikely to be chance" for 120/1000 vs 150/1000.
    """
    import random

    rng = random.Random(11)
    for _ in range(300):
        na, nb = rng.randint(20, 3000), rng.randint(20, 3000)
        xa, xb = rng.randint(1, na - 1), rng.randint(0, nb)
        for seq in (False, True):
            comp = analyze([Variant("A", na, xa), Variant("B", nb, xb)],
                           sequential_mode=seq)["comparisons"][0]
            diff_has_zero = comp["diff_ci_low"] <= 0 <= comp["diff_ci_high"]
            lift_has_zero = comp["lift_ci_low"] <= 0 <= comp["lift_ci_high"]
            assert diff_has_zero == lift_has_zero
            assert comp["lift_ci_low"] <= comp["lift"] <= comp["lift_ci_high"]

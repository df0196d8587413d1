"""Definition cards of every A/B number, registered with the engine's registry.

The cards live here (one place for A/B definitions); importing this module registers
them with ``retention_desktop.core.engine.definitions``. :data:`CARDS` is the plain list
(keys match the JSON keys of ``abtest --json`` where there is one).
"""

from __future__ import annotations

from retention_desktop.core.engine.definitions import Definition, register

_T = "the test period: from each customer's assignment to the end of the outcome window"

CARDS: tuple[dict[str, str], ...] = (
    dict(key="ab_rate", name="Conversion rate (A/B)", unit="rate",
         formula="converted customers / customers in the variant",
         denominator="customers assigned to the variant and observed for the whole window",
         window=_T,
         description="Share of the variant's customers who did the target action."),
    dict(key="ab_rate_ci", name="Rate interval (Wilson 95 %)", unit="rate",
         formula="Wilson score interval: (p + z²/2n ± z·sqrt(p(1−p)/n + z²/4n²)) / (1 + z²/n)",
         denominator="customers in the variant", window=_T,
         description="Where the true rate probably lies; stays sensible at 0 % and 100 %."),
    dict(key="ab_diff", name="Difference vs control", unit="rate",
         formula="rate(variant) − rate(control); interval: Newcombe hybrid score "
                 "(built from both Wilson intervals)",
         denominator="customers in each variant", window=_T,
         description="How many percentage points the variant adds over the control."),
    dict(key="ab_lift", name="Relative lift", unit="ratio",
         formula="(variant − control) / control × 100; interval by the delta method: "
                 "Var ≈ (se_v² + R²·se_c²) / control², R = variant / control",
         denominator="the control's rate (or mean)", window=_T,
         description="How much better the variant is, in percent of the control. "
                     "Undefined when the control is 0."),
    dict(key="ab_p_value", name="p-value", unit="ratio",
         formula="conversions: pooled two-proportion z-test, z = (p_v − p_c) / "
                 "sqrt(p̄(1−p̄)(1/n_v + 1/n_c)); means: Welch t-test; two-sided",
         denominator="-", window=_T,
         description="If the variants were truly equal, the chance of a gap at least this "
                     "big. Below alpha (0.05) = unlikely to be chance."),
    dict(key="ab_p_holm", name="p-value, Holm-corrected", unit="ratio",
         formula="Holm step-down: sort the k p-values, multiply the i-th smallest by "
                 "(k − i + 1), keep them increasing, cap at 1",
         denominator="the k variant-vs-control comparisons", window=_T,
         description="Protects against a false winner when several variants are tested "
                     "at once. Equals the p-value with one variant."),
    dict(key="ab_prob_beat_control", name="Chance to beat control", unit="rate",
         formula="P(rate_variant > rate_control) with Beta(1 + converted, 1 + not converted) "
                 "posteriors (uniform prior), computed exactly; means: normal approximation",
         denominator="-", window=_T,
         description="How sure we are that the variant is really better."),
    dict(key="ab_expected_loss", name="Expected loss", unit="rate",
         formula="E[max(rate_control − rate_variant, 0)] under the same posteriors",
         denominator="-", window=_T,
         description="What you expect to give up (in rate points) by switching to the "
                     "variant if it is in fact worse. Small = a safe switch."),
    dict(key="ab_srm", name="Sample ratio mismatch (SRM)", unit="score",
         formula="chi² = Σ (customers − expected)² / expected, expected from the planned "
                 "split; warning when p < 0.001",
         denominator="all customers in the test", window=_T,
         description="Checks that customers were split as planned. A mismatch means the "
                     "assignment is broken and the results cannot be trusted."),
    dict(key="ab_sequential", name="Always-valid interval (sequential mode)", unit="rate",
         formula="normal-mixture confidence sequence on I = 1/Var(diff): "
                 "|I·(d̂ − d)| ≤ sqrt((I + 1/ρ²)(2·ln(1/α) + ln(1 + ρ²I)))",
         denominator="customers in each variant so far", window="every look, at any time",
         description="Safe to check every day: the chance it ever misses the true "
                     "difference stays below alpha. Wider than the fixed interval."),
    dict(key="ab_cuped", name="CUPED adjustment", unit="money",
         formula="y − θ·(x − mean x), θ = cov(x, y) / var(x), x = spend up to assignment",
         denominator="all customers in the test", window="history up to the assignment",
         description="Removes the part of the outcome explained by what customers spent "
                     "before the test, so the same test needs fewer customers."),
    dict(key="ab_sample_size", name="Sample size per variant", unit="count",
         formula="Evan Miller: (z_α·sqrt(2p(1−p)) + z_β·sqrt(p(1−p) + p₂(1−p₂)))² / δ²; "
                 "alpha split by Bonferroni when more than 2 variants",
         denominator="-", window="-",
         description="Customers each variant needs to detect the expected change with "
                     "the chosen power."),
    dict(key="ab_outcome_repeat", name="Repeat within N days (A/B outcome)", unit="rate",
         formula="customers with an order other than their first in (t0, t0 + N days] / "
                 "customers", denominator="customers observed for N days after assignment t0",
         window="N days after assignment", description="Did the customer come back?"),
    dict(key="ab_outcome_active", name="Active at day N (A/B outcome)", unit="rate",
         formula="customers with a repeat order in (t0 + N − W, t0 + N], after t0 / customers",
         denominator="customers observed for N days after assignment t0",
         window="activity window W ending N days after assignment",
         description="Is the customer still buying N days after the test started?"),
    dict(key="ab_outcome_churn", name="Churned by day N (A/B outcome)", unit="rate",
         formula="1 − active at day N", denominator="customers observed for N days",
         window="activity window W ending N days after assignment",
         description="Lower is better."),
    dict(key="ab_outcome_revenue", name="Revenue per customer in N days (A/B outcome)",
         unit="money", formula="sum of revenue in (t0, t0 + N days] / customers",
         denominator="customers observed for N days after assignment t0",
         window="N days after assignment",
         description="Money per customer after the test started (revenue policy applies)."),
)


for _card in CARDS:
    register(Definition(**_card))

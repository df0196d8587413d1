"""Definition cards of the customer-value metrics (one place; shown by the app).

The cards are plain data (:data:`CARDS`); importing this module registers them with
``core/engine/definitions.py`` (which imports it lazily for the glossary).
"""

from __future__ import annotations

from retention_desktop.core.engine.definitions import Definition, register

CARDS: tuple[dict[str, str], ...] = (
    {
        "key": "clv_p_alive",
        "unit": "rate",
        "name": "P(alive)",
        "formula": "BG/NBD: 1 / (1 + [x > 0] · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x))",
        "denominator": "—: a probability per customer",
        "window": "All purchase days up to the as-of date (same-day orders count once)",
        "description": "Chance the customer has not silently stopped buying. The model lets people "
                 "stop only right after a purchase, so one-time buyers always show 1; judge "
                 "them by expected purchases instead.",
    },
    {
        "key": "clv_expected_purchases",
        "unit": "count",
        "name": "Expected purchases",
        "formula": "BG/NBD conditional expectation E[X(t) | x, t_x, T] for t = the horizon",
        "denominator": "—: purchase days per customer",
        "window": "The next horizon months after the as-of date",
        "description": "x = repeat purchase days, t_x = time of the last one, T = time since the "
                 "first purchase, in weeks (days / 7).",
    },
    {
        "key": "clv_expected_spend",
        "unit": "money",
        "name": "Expected spend per order",
        "formula": "Gamma-Gamma: p·(v + x·m̄) / (p·x + q − 1); no repeats: p·v / (q − 1)",
        "denominator": "Repeat orders of the customer (m̄ = their mean repeat spend)",
        "window": "All orders up to the as-of date",
        "description": "Fitted on customers with repeat orders and positive spend. Assumes spend "
                 "does not depend on how often someone buys; the app warns when it does.",
    },
    {
        "key": "clv",
        "unit": "money",
        "name": "Customer lifetime value (CLV)",
        "formula": "margin · Σ_k E[M] · (E[X(k·f)] − E[X((k−1)·f)]) / (1+d)^k, k = 1…H months",
        "denominator": "—: gross profit per customer",
        "window": "The next H months (default 12), f = one month in weeks, d = monthly "
                  "discount rate",
        "description": "Predicted gross profit, not revenue. With fewer than 300 repeat customers "
                 "the app marks it rough and shows an 80 % interval. Under the 'net' revenue "
                 "policy each customer's predicted spend is scaled by their share of spend "
                 "kept after returns. When the model does not fit (a degenerate fit, "
                 "parameters the data cannot pin down, or a holdout check more than 15 % "
                 "off) the app says so and shows the historical value instead.",
    },
    {
        "key": "historical_value",
        "unit": "money",
        "name": "Historical value per customer (last 12 months)",
        "formula": "margin · revenue of the last 12 months / customers who ordered in them",
        "denominator": "Customers with an order in the last 12 months of the data",
        "window": "The 12 months ending on the data end; revenue under the project's policy",
        "description": "What a customer actually brought in gross profit over the last year. "
                 "Shown instead of the predicted CLV when the prediction model does not "
                 "fit the shop.",
    },
    {
        "key": "clv_rfm_scores",
        "unit": "score",
        "name": "RFM scores",
        "formula": "score = 1 + floor(5 · (rank − 1) / n), ties take their lowest rank; "
                   "R ranks days since last order (fewer is better), F purchase days, "
                   "M total revenue",
        "denominator": "All customers with an order up to the as-of date",
        "window": "All history up to the as-of date",
        "description": "FM = (F + M) / 2 rounded half up; the segment comes from the R × FM rule table.",
    },
    {
        "key": "clv_rfm_segment",
        "unit": "score",
        "name": "RFM segment",
        "formula": "First rule of the segment table whose R and FM ranges contain the customer",
        "denominator": "All customers with an order up to the as-of date",
        "window": "All history up to the as-of date",
        "description": "Eleven segments from Champions to Lost; the table is shown in the app.",
    },
    {
        "key": "clv_lifecycle_stage",
        "unit": "score",
        "name": "Lifecycle stage",
        "formula": "new → churned → reactivated → at risk → active (first matching rule)",
        "denominator": "All customers with an order up to the as-of date",
        "window": "Activity window W (settings) and each customer's median gap between "
                  "purchase days (one-time buyers: the shop's median gap)",
        "description": "At risk: more than 1.5× their usual gap since the last order "
                       "(optionally also P(alive) below a threshold). Rules are editable.",
    },
    {
        "key": "clv_stage_transitions",
        "unit": "count",
        "name": "Stage movement",
        "formula": "Customers counted by (stage at date A, stage at date B)",
        "denominator": "Customers with an order by date B",
        "window": "Date A = as-of date − W, date B = as-of date",
        "description": "Customers who had not bought yet at date A appear as 'not yet a customer'.",
    },
)


for _card in CARDS:
    register(Definition(**_card))

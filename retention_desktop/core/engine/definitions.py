"""The one place where every metric is defined.

Each metric has a :class:`Definition` card (name, formula, denominator, window). GUI
tooltips, the printed glossary and ``retention-desktop metrics --list`` read the cards
from this registry; nothing else restates a definition.

Other areas add their cards from their own modules (``core/abtest/definitions.py``,
``core/clv/definitions.py``) by calling :func:`register`; :func:`all_definitions` imports
those modules lazily so that every card is present when the glossary is built.
"""

from __future__ import annotations

import importlib
from dataclasses import asdict, dataclass
from typing import Literal

Unit = Literal["rate", "money", "count", "days", "ratio", "score"]
_UNITS = ("rate", "money", "count", "days", "ratio", "score")

# Modules of other areas that register cards; imported lazily by all_definitions().
EXTERNAL_CARD_MODULES: tuple[str, ...] = (
    "retention_desktop.core.abtest.definitions",
    "retention_desktop.core.clv.definitions",
    "retention_desktop.core.engine.cards_growth",
)


@dataclass(frozen=True)
class Definition:
    """A metric definition card.

    Parameters
    ----------
    key : str
        Stable identifier (``snake_case``), used in JSON and tooltips.
    name : str
        Short English name (the UI translates it).
    formula : str
        The formula in words/symbols, e.g. ``"(E - N) / S0"``.
    denominator : str
        Who is counted below the line.
    window : str
        Which time window the metric looks at.
    description : str
        One or two sentences a shop owner understands.
    unit : {'rate', 'money', 'count', 'days', 'ratio', 'score'}
        How the value is formatted.
    """

    key: str
    name: str
    formula: str
    denominator: str
    window: str
    description: str
    unit: Unit = "rate"

    def __post_init__(self) -> None:
        if self.unit not in _UNITS:
            raise ValueError(f"unknown unit {self.unit!r} for definition {self.key!r}")

    def to_dict(self) -> dict[str, str]:
        """The card as a JSON-ready dict."""
        return asdict(self)


_REGISTRY: dict[str, Definition] = {}


def register(defn: Definition) -> Definition:
    """Add a card. Re-registering an identical card is allowed; a different card under an
    existing key is an error (a metric is defined once)."""
    old = _REGISTRY.get(defn.key)
    if old is not None and old != defn:
        raise ValueError(f"definition {defn.key!r} is already registered differently")
    _REGISTRY[defn.key] = defn
    return defn


def _load_external() -> None:
    for name in EXTERNAL_CARD_MODULES:
        importlib.import_module(name)


def get(key: str) -> Definition:
    """The card for ``key`` (raises ``KeyError`` with the known keys when missing)."""
    if key not in _REGISTRY:
        _load_external()
    try:
        return _REGISTRY[key]
    except KeyError:
        raise KeyError(f"no metric definition {key!r}") from None


def all_definitions() -> list[Definition]:
    """Every registered card (including other areas'), sorted by key."""
    _load_external()
    return [_REGISTRY[k] for k in sorted(_REGISTRY)]


#: The figures a shop owner reads first (Overview cards, report headline), in that order:
#: Help > Definitions lists them before everything else.
HEADLINE_KEYS = ("crr_strict", "churn_rate", "customers", "orders", "revenue", "aov",
                 "repeat_purchase_rate", "returning_customer_rate", "purchase_frequency",
                 "time_to_second", "clv", "historical_value", "too_few", "enough_history")


def ordered_definitions() -> list[Definition]:
    """Every card, headline figures first (:data:`HEADLINE_KEYS`), then the rest by key."""
    cards = all_definitions()
    rank = {k: i for i, k in enumerate(HEADLINE_KEYS)}
    return sorted(cards, key=lambda d: (rank.get(d.key, len(rank)), d.key))


def card(key: str, name: str, formula: str, denominator: str, window: str,
         description: str, unit: Unit = "rate") -> Definition:
    """Register a definition card (shorthand used by the card modules)."""
    return register(Definition(key, name, formula, denominator, window, description, unit))



_RANGE = "orders dated inside the selected date range"
_ACTIVE = ("active at instant t = ordered on a day in (t - W, t], W = activity window "
           "(default 90 days)")

# ----------------------------------------------------------------------------- KPIs
card("orders", "Orders", "count of purchase documents of kind 'order'",
      "-", _RANGE,
      "Purchases by identified customers. Returns and cancellations adjust revenue but are "
      "not orders; guest checkouts are left out.", "count")
card("customers", "Customers", "count of distinct customer ids with >= 1 order",
      "-", _RANGE, "People who bought at least once in the range (guests excluded).", "count")
card("revenue", "Revenue", "sum of order revenue, minus returns/cancellations under the "
      "'net' revenue policy", "-", _RANGE + " (returns on the day they happened)",
      "Money taken from identified customers.", "money")
card("aov", "Average order value (AOV)", "revenue / orders", "orders in the range", _RANGE,
      "What an order brings in on average.", "money")
card("purchase_frequency", "Purchase frequency", "orders / customers",
      "customers with >= 1 order in the range", _RANGE,
      "How many times the average customer bought in the range.", "ratio")
card("revenue_per_customer", "Revenue per customer", "revenue / customers",
      "customers with >= 1 order in the range", _RANGE,
      "What the average customer spent in the range.", "money")
card("repeat_purchase_rate", "Repeat purchase rate",
      "customers with >= 2 orders in the range / customers with >= 1 order in the range",
      "customers with >= 1 order in the range", _RANGE + " only (earlier history ignored)",
      "Share of this range's customers who bought more than once inside it.")
card("returning_customer_rate", "Returning-customer rate",
      "customers ordering in the range who had an earlier order (before the range or "
      "earlier in it) / customers ordering in the range",
      "customers with >= 1 order in the range", "whole history up to the range end",
      "Shopify-style: share of this range's customers who are not buying for the first "
      "time. Over the whole history it always equals the repeat purchase rate (every "
      "earlier order is then inside the range); over one period it also counts customers "
      "whose earlier order was before it.")
card("share_of_spend", "Share of spend", "revenue of the segment / revenue of all segments",
      "revenue of all values of the dimension", _RANGE,
      "Which segment brings in the money.")

# ----------------------------------------------------------------------------- CRR
card("active_customer", "Active customer", "ordered on a day in (t - W, t]", "-",
      "W = activity window setting (default 90 days)",
      "Someone who bought recently enough to count as a current customer.", "count")
card("crr_strict", "Retention rate", "R / S0, R = customers active at the period start "
      "AND at its end", "S0 = customers active at the period start",
      "per period; " + _ACTIVE,
      "Of the customers active at the start of the period, the share still active at its "
      "end. Never above 100 %; churn rate is its complement. Customers who came back after "
      "lapsing are not counted (see CRR (E - N) / S0).")
card("crr", "CRR (E - N) / S0", "(E - N) / S0",
      "S0 = customers active at the period start",
      "per period; " + _ACTIVE + "; N = customers whose first-ever order is in the period; "
      "E = customers active at the period end",
      "The textbook CRR formula, kept in the CRR table. It is not the share of starting "
      "customers kept: E - N also counts customers who lapsed before the period and came "
      "back in it (resurrected), so it can exceed 100 %; and with a window shorter than "
      "the period, new customers can lapse before the period ends, so it can drop below "
      "0. Use the retention rate R / S0 as the headline.")
card("retained", "Retained customers (R)", "|active at start AND active at end|", "-",
      "per period; " + _ACTIVE, "Starting customers who are still active at the end.",
      "count")
card("churned", "Churned customers", "S0 - R", "-", "per period; " + _ACTIVE,
      "Starting customers who are no longer active at the period end.", "count")
card("churn_rate", "Churn rate", "(S0 - R) / S0 = 1 - retention rate",
      "S0 = customers active at the period start", "per period; " + _ACTIVE,
      "Of the customers active at the start of the period, the share no longer active at "
      "its end. Retention rate + churn rate = 100 %.")
card("enough_history", "Not enough history",
      "period start - W < first day of the export", "-",
      "per period",
      "The export does not reach far enough back to know who was active at the start of "
      "this period: customers who bought only before the export began are missing and "
      "nobody can have lapsed yet, so retention reads 100 % and churn 0 %. Such periods "
      "are marked and left out of headlines.", "count")
card("too_few", "Too few customers",
      "customers behind the figure < minimum (Settings, default 30)", "-",
      "the figure's own base (S0, customers, new customers, cohort size)",
      "A rate, median or change computed from fewer customers than the minimum is shown "
      "as 'too few' instead of a number: one or two customers can swing it anywhere.",
      "count")
card("resurrected", "Resurrected customers", "E - N - R (active at end, not new, not "
      "active at start)", "-", "per period; " + _ACTIVE,
      "Lapsed customers who came back during the period.", "count")

# ----------------------------------------------------------------------------- second order
card("time_to_second", "Time to second purchase",
      "Kaplan-Meier median of days from 1st to 2nd order (no 2nd order yet = censored)",
      "customers whose first-ever order is in the range",
      "first order in the range; second order looked for up to the data end (past the "
      "range end)",
      "How long new customers take to come back: half of them have ordered again by "
      "this many days. Customers who have not come back yet are counted as waiting, not "
      "left out. Empty when fewer than half have come back by the data end; 'too few' "
      "below the minimum number of customers.", "days")
card("second_within_n", "Second order within N days",
      "customers with a 2nd order within N days of the first / customers observed for "
      "N days",
      "customers whose first order is in the range and at least N days before the data end",
      "N = 30, 60, 90 days after the first order; second order looked for up to the data "
      "end",
      "Share of new customers who came back within N days, among those the data follow "
      "for at least N days.")
card("aov_by_order_number", "AOV of 1st vs 2nd vs 3rd+ orders",
      "revenue of k-th orders / number of k-th orders (k = 1, 2, 3+ in each customer's "
      "whole history)", "orders of that rank in the range", _RANGE,
      "Do later purchases get bigger or smaller?", "money")
card("nday_repeat", "N-day repeat rate",
      "customers with another order within N days of their first / eligible customers",
      "customers whose first order is in the range and at least N days before the data end",
      "N days after the first order; later orders looked for up to the data end",
      "Share of new customers who buy again within N days; shown overall and per cohort.")

# ----------------------------------------------------------------------------- cohorts
_COH = ("cohort = period of the first order (or the value of a dimension on the first "
        "order); age k = periods since the first order's period")
card("cohort_return_on", "Return on period k",
      "cohort customers who ordered in period k / cohort size", "cohort size", _COH,
      "Classic cohort retention curve (k = 0 is 100%). Wilson 95% interval per cell.")
card("cohort_on_or_after", "Return on or after period k",
      "cohort customers with an order in period k or later / cohort size", "cohort size",
      _COH, "Unbounded retention: still buying at age k or later.")
card("cohort_repurchase", "Repurchase by period k",
      "cohort customers with >= 2 orders by the end of period k / cohort size",
      "cohort size", _COH, "Share of the cohort that has bought a second time by age k.")
card("cohort_revenue", "Revenue per cohort customer in period k",
      "revenue of the cohort in period k / cohort size", "cohort size", _COH,
      "What each acquired customer spends at age k.", "money")
card("cohort_ltv", "Cumulative LTV through period k",
      "revenue of the cohort in periods 0..k / cohort size", "cohort size", _COH,
      "Realised lifetime value per acquired customer by age k.", "money")
card("cohort_weighted_mean", "Weighted mean cohort",
      "sum of value x n / sum of n over complete cells at age k (first cohort left out)",
      "customers in complete cells at age k", _COH,
      "The average cohort, weighting bigger cohorts more. The export's first cohort is "
      "everyone already active when the data starts, not new customers, so it is left "
      "out; where fewer than 3 cohorts remain the curve stops instead of following one "
      "cohort.", "ratio")
card("cohort_already_active", "Already active when the data starts",
      "cohort of the export's first period", "-", _COH,
      "Customers whose first order in the export falls in its first period: most of "
      "them were customers before the export began, so this row is not a cohort of new "
      "customers. It is labelled and kept out of the mean curve.", "count")
card("cohort_health", "Cohort health score",
      "100 x cell value / weighted mean at the same age", "weighted mean at age k", _COH,
      "100 = an average cohort; above 100 the cohort does better than usual.", "score")

# ----------------------------------------------------------------------------- lifecycle
_LC = "per period; 'ordered' = has an order in the period"
card("lifecycle_new", "New customers", "first-ever order in the period", "-", _LC,
      "Customers acquired in the period.", "count")
card("lifecycle_returning", "Continuing customers",
      "ordered in this and in the previous period (not new)", "-", _LC,
      "Customers who keep buying period after period. Not the same as the "
      "returning-customer rate, which counts anyone with an earlier order at any time.",
      "count")
card("lifecycle_resurrected", "Resurrected customers",
      "ordered in this period, not in the previous one, not new", "-", _LC,
      "Customers who came back after a break.", "count")
card("lifecycle_dormant", "Dormant customers",
      "ordered in the previous period but not in this one", "-", _LC,
      "Customers lost in the period (shown as a negative bar).", "count")
card("quick_ratio", "Quick ratio", "(new + resurrected) / dormant", "dormant customers",
      _LC, "Growth efficiency: above 1 the customer base grows.", "ratio")

# ----------------------------------------------------------------------------- products
_FIRST = ("customers whose first-ever order is in the range and contained the product "
          "(or a product of the category)")
_FOLLOW = "later orders looked for up to the data end"
card("product_repeat_rate", "Repeat rate by first product",
      "customers with a 2nd order within N days of the first / customers observed for N "
      "days", _FIRST + ", first order at least N days before the data end",
      "N = 30, 90, 180, 365 days after the first order; " + _FOLLOW,
      "Of the new customers whose first order contained this product, the share who came "
      "back within N days. Compared with all new customers: the difference has a "
      "Newcombe 95% interval; 'above'/'below' only when it excludes zero.")
card("product_time_to_second", "Time to second order by first product",
      "Kaplan-Meier median of days from 1st to 2nd order (no 2nd order yet = censored)",
      _FIRST, "first order in the range; " + _FOLLOW,
      "How long these customers take to come back: half of them have ordered again by "
      "this many days. Empty when fewer than half have come back by the data end.", "days")
card("product_revenue_per_customer", "Revenue per customer by first product",
      "revenue in the first N days after the first order / customers observed for N days",
      _FIRST + ", first order at least N days before the data end",
      "N = 90 and 365 days, the first order included; returns subtract under the 'net' "
      "revenue policy",
      "What a customer won with this product brings in over their first N days. 95% "
      "bootstrap interval.", "money")
card("product_repurchase_rate", "Repurchase rate of a product",
      "buyers who bought it again on a later day / buyers", "customers who bought it",
      "orders up to the range end",
      "Of the customers who bought this product, the share who bought it again.")
card("product_reorder_interval", "Reorder interval",
      "median of the days between consecutive purchase days of the product",
      "repurchases of the product", "orders up to the range end",
      "How long customers usually wait before buying it again; drives the 'due to "
      "reorder' list.", "days")
card("next_product_share", "Next product share",
      "customers whose 2nd order contains Y / customers whose 1st order contained X and "
      "who placed a 2nd order", "new customers with X in the first order and a 2nd order",
      "first order in the range; " + _FOLLOW,
      "What customers who started with X bought next.")
card("next_product_lift", "Next product lift",
      "next product share of Y after X / share of all 2nd orders containing Y",
      "all new customers' 2nd orders", "first order in the range; " + _FOLLOW,
      "Above 1: after X, customers pick Y more often than second orders usually do.",
      "ratio")
